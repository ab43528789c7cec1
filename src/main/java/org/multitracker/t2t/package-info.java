/**
 * Tracker-to-tracker (T2T) operation as in BitTornado's multitracker mode: this tracker's identity
 * when it polls others, and the rules for answering other trackers' polls.
 */
package org.multitracker.t2t;
