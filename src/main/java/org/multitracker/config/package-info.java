/**
 * The tracker's configuration: every bttrack option under its BitTornado name, read once through
 * MicroProfile Config as {@code tracker.<option>} and validated at deployment, so a wrong value
 * stops the deployment instead of being replaced by a default.
 */
package org.multitracker.config;
