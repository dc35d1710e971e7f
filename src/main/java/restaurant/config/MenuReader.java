package restaurant.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import restaurant.model.Distribution;
import restaurant.model.Menu;

/**
 * Reads {@code restaurant.menu}: each product either {@code burger = 7.5s} (free) or
 * {@code burger { time = 7.5s, price = 6.50, distribution = exponential }} (the time is then the mean).
 */
final class MenuReader {
  /** Akka's scheduler takes delays of weeks; a day of wall time is plenty for any kitchen. */
  static final Duration LONGEST_SCALED_PREPARATION = Duration.ofHours(24);
  static final BigDecimal HIGHEST_PRICE = new BigDecimal("1000000");
  private static final List<String> ENTRY_KEYS = List.of("time", "price", "distribution");
  private static final String MENU_PRODUCT = "restaurant.menu product ";

  private MenuReader() {}

  static Menu read(Config config, double timeScale) {
    ConfigValue menuValue = SettingsReader.value(config, Settings.MENU);
    if (menuValue.valueType() != ConfigValueType.OBJECT) {
      throw SettingsReader.bad(Settings.MENU, menuValue,
          "must be a table of products, e.g. { burger { time = 7.5s, price = 6.50 } }");
    }
    ConfigObject menuObject = (ConfigObject) menuValue;
    if (menuObject.isEmpty()) {
      throw SettingsReader.bad(Settings.MENU, menuValue, "is empty: the kitchen needs at least one product");
    }
    Map<String, Duration> times = new LinkedHashMap<>();
    Map<String, Long> prices = new LinkedHashMap<>();
    Map<String, Distribution> distributions = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigValue> entry : menuObject.entrySet()) {
      String product = name(entry.getKey(), entry.getValue(), times.keySet());
      String key = ConfigUtil.joinPath("restaurant", "menu", product);
      ConfigValue time = entry.getValue();
      ConfigValue price = null;
      if (time.valueType() == ConfigValueType.OBJECT) {
        ConfigObject item = (ConfigObject) time;
        for (String itemKey : item.keySet()) {
          if (!ENTRY_KEYS.contains(itemKey)) {
            throw new BadInputException(key + "." + itemKey + " (" + item.get(itemKey).origin().description()
                + ") is not a menu setting; a product has time, price and distribution");
          }
        }
        time = item.get("time");
        price = item.get("price");
        if (item.get("distribution") != null) {
          distributions.put(product, distribution(ConfigUtil.joinPath("restaurant", "menu", product, "distribution"),
              item.get("distribution")));
        }
        if (time == null) {
          throw SettingsReader.bad(key, entry.getValue(), "has no time: write e.g. { time = 7.5s, price = 6.50 }");
        }
        key = key + ".time";
      }
      Duration duration = preparationTime(key, time, timeScale);
      times.put(product, duration);
      prices.put(product, price == null ? 0 : priceCents(ConfigUtil.joinPath("restaurant", "menu", product, "price"),
          price));
    }
    return new Menu(times, prices, distributions);
  }

  /**
   * A product's name as orders must write it: printable (a line break in a name would forge a
   * log line), not blank, without the + the trace puts between products, in Unicode's composed form (NFC), so that "café" typed on any keyboard
   * is the same product.
   */
  static String name(String written, ConfigValue value, Set<String> earlier) {
    return name(written, value, earlier, MENU_PRODUCT);
  }

  /** @param what "restaurant.menu product ": what the name is of, to begin an error message */
  static String name(String written, ConfigValue value, Set<String> earlier, String what) {
    String where = " (" + value.origin().description() + ")";
    String shown = "\"" + BadInputException.shown(written) + "\"";
    if (written.isBlank()) {
      throw new BadInputException(what + shown + where + " has a blank name; "
          + (what.equals(MENU_PRODUCT) ? "a product" : "a station") + " needs a name"
          + " with at least one letter, digit or sign");
    }
    for (int i = 0; i < written.length(); ) {
      int codePoint = written.codePointAt(i);
      if (!BadInputException.isPrintable(codePoint)) {
        throw new BadInputException(what + shown + where + " has a name with an unprintable character ("
            + String.format("U+%04X", codePoint) + ", " + Objects.requireNonNullElse(Character.getName(codePoint),
            "unassigned") + "); names must be"
            + " printable: no control, invisible or line-breaking characters");
      }
      i += Character.charCount(codePoint);
    }
    if (what.equals(MENU_PRODUCT) && written.indexOf('+') >= 0) {
      throw new BadInputException(what + shown + where + " has a + in its name, which the trace (--trace) writes"
          + " between an order's products; name it without one (\"fish and chips\", \"fish&chips\")");
    }
    String product = Normalizer.normalize(written, Normalizer.Form.NFC);
    if (earlier.contains(product)) {
      throw new BadInputException(what + shown + where + " is "
          + (what.equals(MENU_PRODUCT) ? "on the menu" : "there") + " twice, written in two"
          + " Unicode forms (composed and decomposed); keep one");
    }
    return product;
  }

  private static Duration preparationTime(String key, ConfigValue time, double timeScale) {
    String allowed = "must be a preparation time above 0 with a unit, e.g. 7.5s or 1200ms";
    if (time.valueType() != ConfigValueType.STRING) {
      throw SettingsReader.bad(key, time, allowed);
    }
    Duration duration;
    try {
      duration = time.atKey("time").getDuration("time");
    } catch (ConfigException e) {
      throw SettingsReader.bad(key, time, allowed);
    }
    if (duration.isNegative() || duration.isZero()) {
      throw SettingsReader.bad(key, time, allowed);
    }
    Duration scaled = Duration.ofNanos(Math.round(duration.toNanos() * timeScale));
    if (scaled.compareTo(LONGEST_SCALED_PREPARATION) > 0) {
      throw SettingsReader.bad(key, time, "times " + Settings.TIME_SCALE + " " + timeScale
          + " is longer than the kitchen's limit of " + LONGEST_SCALED_PREPARATION.toHours() + " h");
    }
    return duration;
  }

  private static Distribution distribution(String key, ConfigValue value) {
    String written = value.valueType() == ConfigValueType.STRING ? ((String) value.unwrapped()).trim() : "";
    for (Distribution distribution : Distribution.values()) {
      if (distribution.toString().equals(written)) {
        return distribution;
      }
    }
    throw SettingsReader.bad(key, value, "must be fixed (always the time) or exponential (drawn with the time as mean)");
  }

  /** Exact money: a decimal with at most two places, read from its text, never through a double. */
  private static long priceCents(String key, ConfigValue price) {
    String allowed = "must be a price from 0 to " + HIGHEST_PRICE.toPlainString()
        + " with at most two decimals, e.g. 6.50";
    if (price.valueType() != ConfigValueType.NUMBER && price.valueType() != ConfigValueType.STRING) {
      throw SettingsReader.bad(key, price, allowed);
    }
    BigDecimal amount;
    try {
      // A number's render() is its text as written: 6.50 stays 6.50, not the double 6.5.
      String text = price.valueType() == ConfigValueType.NUMBER ? price.render() : (String) price.unwrapped();
      amount = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw SettingsReader.bad(key, price, allowed);
    }
    if (amount.signum() < 0 || amount.compareTo(HIGHEST_PRICE) > 0 || amount.stripTrailingZeros().scale() > 2) {
      throw SettingsReader.bad(key, price, allowed);
    }
    return amount.movePointRight(2).longValueExact();
  }
}
