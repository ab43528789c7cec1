/**
 * MicroProfile Health checks for orchestrators and load balancers: readiness (the aggregator's
 * database answers, allowed_dir can be read, the dfile restore has finished) and liveness (the EJB
 * timers still fire, the swarm store started). The server serves them: WildFly at /health/ready and
 * /health/live on its management interface, Payara Micro at /health on its HTTP port. Every check
 * is bounded in time.
 */
package org.multitracker.health;
