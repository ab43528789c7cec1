/**
 * The admin page at /admin and the login in front of it and of the /api queries: Jakarta Security
 * with one configured account (admin_user, admin_password_hash), sessions only for logged-in
 * operators, a CSRF token on every form that changes state, and every value shown HTML-escaped,
 * since torrent names and peer ids come from attackers.
 */
package org.multitracker.admin;
