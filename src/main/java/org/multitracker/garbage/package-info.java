/**
 * Hostile HTTP that the servlet container would answer with a 500 and a stack trace: too many
 * cookies, parameters or body bytes. On WildFly an Undertow extension of the WAR refuses them with
 * 400 or 413 before any listener or servlet parses them, and logs each cause at most once a minute.
 * Other servers never load this package.
 */
package org.multitracker.garbage;
