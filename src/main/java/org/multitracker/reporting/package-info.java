/**
 * The log query and reporting API over the aggregator's database: announces filtered and paged as
 * JSON or streamed as CSV, and the figures the admin page charts. Read-only SQL through plain JDBC
 * on the default datasource, so a CSV export can stream from a forward-only cursor after the
 * resource method has returned.
 */
package org.multitracker.reporting;
