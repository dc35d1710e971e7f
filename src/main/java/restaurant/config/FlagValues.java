package restaurant.config;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Values given on the command line beside the configuration (a sweep's target, a node's timeouts,
 * --cooks STATION=...), read by the configuration's own rules: what a key refuses, its flag refuses.
 */
public final class FlagValues {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  private FlagValues() {}

  /**
   * Whether a text is a number as people write it: decimal, in ASCII digits, with an optional
   * sign, fraction and exponent ({@code 4}, {@code -0.5}, {@code 1e-3}). Java's own parsers also
   * take {@code 0.01d}, {@code 0x1p-7} and digits of other scripts ({@code ４}), which no one means.
   */
  public static boolean isPlainNumber(String text) {
    return PLAIN_NUMBER.matcher(text).matches();
  }

  /**
   * A --cooks value, STATION=..., as the station and what follows the equals sign.
   *
   * @param expected what the refusal says it should be: "STATION=N, e.g. --cooks grill=2"
   */
  public static Map.Entry<String, String> station(String text, String expected) {
    int equals = text.indexOf('=');
    if (equals <= 0) {
      throw new BadInputException("--cooks " + BadInputException.shown(text) + ": expected " + expected);
    }
    return Map.entry(text.substring(0, equals).trim(), text.substring(equals + 1));
  }

  /** A flag's duration, above 0 with a unit, up to {@code longest} (said as {@code longestText}). */
  public static Duration duration(String flag, String text, Duration longest, String longestText, String examples) {
    String allowed = flag + " " + BadInputException.shown(text) + ": must be a duration above 0 with a unit, up "
        + "to " + longestText + ", e.g. " + examples;
    if (isPlainNumber(text.trim())) { // a bare number would be read as milliseconds
      throw new BadInputException(allowed);
    }
    try {
      Duration duration = ConfigFactory.empty().withValue("target", ConfigValueFactory.fromAnyRef(text.trim()))
          .getDuration("target");
      if (!duration.isNegative() && !duration.isZero() && duration.compareTo(longest) <= 0) {
        return duration;
      }
    } catch (ConfigException e) {
      // falls through to the message below
    }
    throw new BadInputException(allowed);
  }
}
