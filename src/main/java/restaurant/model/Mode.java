package restaurant.model;

import java.util.Locale;

/** The three designs of the restaurant, run on the same settings and reported the same way. */
public enum Mode {
  /** One blocking waiter does everything (the original's first program). */
  SYNC,
  /** One sleeping OS thread per waiter (the original's second program). */
  THREADS,
  /** Cashier, Waiter and Kitchen actors; nothing blocks. */
  ACTORS;

  /** The mode's name as the command line and the reports write it: "sync", "threads", "actors". */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
