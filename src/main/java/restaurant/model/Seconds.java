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
}
