package org.multitracker.config;

/** Who may poll this tracker for peers (option multitracker_allowed). */
public enum MultitrackerAllowed {
  NONE,
  AUTODETECT,
  ALL
}
