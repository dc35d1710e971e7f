package restaurant.model;

import java.time.Duration;
import java.util.Locale;

/** Seconds as the logs and the report show them. */
public final class Seconds {
  private Seconds() {}

  public static double of(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  /** 7.5 s -> "7.5", 1 s -> "1", 0.25 s -> "0.25": the menu's own precision, no trailing zeros. */
  public static String format(Duration duration) {
    return java.math.BigDecimal.valueOf(duration.toNanos(), 9).stripTrailingZeros().toPlainString();
  }

  /** Three decimals, for measured times: "15.004". */
  public static String format3(double seconds) {
    return String.format(Locale.ROOT, "%.3f", seconds);
  }

  /**
   * A time as people say it: "7.5s", "14s", "9m12s", "1h02m05s" (to the tenth of a second below a
   * minute, to the second above).
   */
  public static String spoken(double seconds) {
    return spoken(seconds, false);
  }

  /**
   * The same, rounded up: for a bound compared with a user's target, which must never read as
   * within the target when it is not ("up to 10m01s", not "10m00s", for 600.3 s).
   */
  public static String spokenUp(double seconds) {
    return spoken(seconds, true);
  }

  /** A user's target as said: spoken when that is exact, else to the nanosecond ("7.49995s"). */
  public static String spokenExactly(Duration target) {
    long nanos = target.toNanos();
    boolean exact = nanos < 60_000_000_000L ? nanos % 100_000_000 == 0 : nanos % 1_000_000_000 == 0;
    return exact ? spoken(of(target)) : format(target) + "s";
  }

  private static String spoken(double seconds, boolean up) {
    if (up ? Math.ceil(seconds * 10) < 600 : seconds < 59.95) {
      long tenths = up ? (long) Math.ceil(seconds * 10) : Math.round(seconds * 10);
      return java.math.BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString() + "s";
    }
    long whole = up ? (long) Math.ceil(seconds) : Math.round(seconds);
    long hours = whole / 3600;
    long minutes = whole % 3600 / 60;
    return hours > 0 ? String.format(Locale.ROOT, "%dh%02dm%02ds", hours, minutes, whole % 60)
        : String.format(Locale.ROOT, "%dm%02ds", minutes, whole % 60);
  }
}
