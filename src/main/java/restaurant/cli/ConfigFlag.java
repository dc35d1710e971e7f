package restaurant.cli;

import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import restaurant.config.FlagValues;
import restaurant.config.Settings;

/**
 * The flags that set a config key, in one table: each flag, its value's label in --help, the key
 * it sets and its description there (%s stands for the key). A flag passes its text on as it is,
 * with "command line --flag" as the origin, so that Settings checks it like the config file's and
 * its message names the flag. Every command takes every flag of the table, but one it declares
 * itself: sweep's --waiters and --cooks take ranges.
 */
enum ConfigFlag {
  WAITERS("--waiters", "N", Settings.WAITERS, "waiters on the floor (%s)"),
  /** Repeatable, and the key is the station's: --cooks grill=2 sets restaurant.kitchen.stations.grill.cooks. */
  COOKS("--cooks", "STATION=N", Settings.STATIONS + ".STATION.cooks", "N cooks at a kitchen station of the"
      + " configuration, e.g. grill=2; repeatable (%s)") {
    @Override
    void set(Object value, Map<String, ConfigValue> overrides) {
      for (Object text : (List<?>) value) {
        Map.Entry<String, String> station = FlagValues.station((String) text, "STATION=N, e.g. --cooks grill=2");
        overrides.put(ConfigUtil.joinPath("restaurant", "kitchen", "stations", station.getKey(), "cooks"),
            value(station.getValue(), "--cooks " + station.getKey()));
      }
    }
  },
  MAX_OPEN_ORDERS("--max-open-orders", "N", Settings.MAX_OPEN_ORDERS, "how many orders one waiter carries at once"
      + " (%s)"),
  TIME_SCALE("--time-scale", "F", Settings.TIME_SCALE, "multiplies every preparation and delivery time: 0.01 is 100"
      + " times faster (%s)"),
  SEED("--seed", "S", Settings.SEED, "what --generate and every fault draw from (%s)"),
  DELIVERY_TIME("--delivery-time", "D", Settings.DELIVERY_TIME, "what a waiter takes to bring an order to its"
      + " table, its slot taken meanwhile: 0s (default) to 1h, e.g. 30s (%s)"),
  /** Arrivals at a rate are Poisson arrivals: it sets the process too. */
  ARRIVAL_RATE("--arrival-rate", "R", Settings.ARRIVAL_RATE, "customers arrive at random, R orders an hour on"
      + " average (Poisson arrivals: sets " + Settings.ARRIVAL_PROCESS + " = poisson and %s)") {
    @Override
    void set(Object value, Map<String, ConfigValue> overrides) {
      overrides.put(Settings.ARRIVAL_PROCESS, value("poisson", flag));
      super.set(value, overrides);
    }
  },
  WARM_UP("--warm-up", "D", Settings.WARM_UP, "orders arriving in the first D are served but left out of the"
      + " statistics, e.g. 10m (%s)"),
  FAILURE_RATE("--failure-rate", "R", Settings.FAILURE_RATE, "the chance that a product comes out burnt, 0 to 1"
      + " (%s)"),
  MAX_RETRIES("--max-retries", "N", Settings.MAX_RETRIES, "times a waiter orders a burnt product again before the"
      + " order fails (%s)"),
  WAITER_CRASH_RATE("--waiter-crash-rate", "R", Settings.WAITER_CRASH_RATE, "the chance that a waiter crashes on a"
      + " message, 0 to 1 (%s)"),
  KITCHEN_CRASH_RATE("--kitchen-crash-rate", "R", Settings.KITCHEN_CRASH_RATE, "the chance that the kitchen's cook"
      + " crashes while taking a request or serving a product, 0 to 1 (%s)"),
  CLOCK("--clock", "C", Settings.CLOCK, "real (the wall clock, the default) or virtual (a simulation, as fast as the"
      + " CPU allows; actors only) (%s)");

  final String flag;
  private final String label;
  private final String key;
  private final String description;

  ConfigFlag(String flag, String label, String key, String description) {
    this.flag = flag;
    this.description = String.format(Locale.ROOT, description, key);
    this.label = label;
    this.key = key;
  }

  /** Adds each flag to {@code command}, but one it declares itself. */
  static void addTo(CommandSpec command) {
    for (ConfigFlag flag : values()) {
      if (command.findOption(flag.flag) == null) {
        command.addOption(OptionSpec.builder(flag.flag).paramLabel(flag.label).description(flag.description(command))
            .type(flag == COOKS ? List.class : String.class).auxiliaryTypes(String.class).userObject(flag).build());
      }
    }
  }

  /** What the flag does in {@code command}: the clock is not every command's to choose. */
  private String description(CommandSpec command) {
    if (this != CLOCK) {
      return description;
    }
    return switch (command.name()) {
      case "sweep" -> "virtual only: a sweep always runs on the virtual clock (--clock real is refused, and " + key
          + " in a config is not used)";
      case "bench" -> "real only (the default): bench times the actors on the wall clock, and runs a row's orders"
          + " on the virtual clock itself for its virtual columns (" + key + ")";
      case "node", "cluster" -> "real only (the default): the virtual clock cannot span JVMs (" + key + ")";
      default -> description;
    };
  }

  /** The keys the flags given set; the last of a repeated flag counts (and, for --cooks, of a station). */
  static Map<String, ConfigValue> overrides(ParseResult parsed) {
    Map<String, ConfigValue> overrides = new LinkedHashMap<>();
    for (OptionSpec option : parsed.matchedOptions()) {
      if (option.userObject() instanceof ConfigFlag flag) {
        flag.set(option.getValue(), overrides);
      }
    }
    return overrides;
  }

  /** The value given, as the key's. */
  void set(Object value, Map<String, ConfigValue> overrides) {
    overrides.put(key, value(value, flag));
  }

  /** {@code text} as a key's value, from {@code flag}: its origin says "command line --flag". */
  private static ConfigValue value(Object text, String flag) {
    return ConfigValueFactory.fromAnyRef(text, "command line " + flag);
  }
}
