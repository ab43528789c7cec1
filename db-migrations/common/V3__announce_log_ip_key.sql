-- A comparable key for the announce log's address, so that the log query API can find the
-- announces of a subnet (10.0.0.0/8, 2001:db8::/32) with an index range scan: the address as
-- 32 lowercase hex digits of its 16-byte IPv6 form, IPv4 as ::ffff:a.b.c.d (see
-- org.multitracker.network.IpKey). The aggregator fills it on insert; migration 4 (a Java
-- migration, because neither database can parse an IPv6 literal portably) fills existing rows.
ALTER TABLE announce_log ADD COLUMN ip_key CHAR(32);
CREATE INDEX announce_log_ip_key ON announce_log (ip_key, announced_at);
