package restaurant.model;

import java.time.LocalTime;

/**
 * The clock a run is paced by. {@link Kind#REAL}: the wall clock, the service as it happens.
 * {@link Kind#VIRTUAL}: the same actors as a discrete-event simulation, time jumping from one
 * event to the next as fast as the CPU allows, exact and the same on every run.
 *
 * @param opensAt the simulated time of day the restaurant opens at: the logs of a virtual run
 *     read like that day
 */
public record Pacing(Kind kind, LocalTime opensAt) {
  public enum Kind {
    REAL,
    VIRTUAL;

    /** "real", "virtual": the word of the setting. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The wall clock; a virtual run of the same settings would open at noon. */
  public static final Pacing REAL = new Pacing(Kind.REAL, LocalTime.NOON);

  public boolean virtual() {
    return kind == Kind.VIRTUAL;
  }
}
