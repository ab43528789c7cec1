package org.multitracker.config;

/** How much scraping the tracker allows (option scrape_allowed). */
public enum ScrapeAllowed {
  NONE,
  SPECIFIC,
  FULL
}
