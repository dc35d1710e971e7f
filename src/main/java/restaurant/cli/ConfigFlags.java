package restaurant.cli;

import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import restaurant.config.Settings;

/**
 * The flags that set a config key, in one table. A flag passes its text on as it is, with
 * "command line --flag" as the origin, so that Settings checks it like the config file's and its
 * message names the flag. The options themselves, and their --help, are the mixins' ({@link
 * RunOptions}, {@link StaffOptions}); --cooks STATION=N sets a key that depends on its value, and
 * StaffOptions sets it.
 */
final class ConfigFlags {
  /** Each flag, and the key it sets. */
  private static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry("--waiters", Settings.WAITERS),
      Map.entry("--max-open-orders", Settings.MAX_OPEN_ORDERS),
      Map.entry("--time-scale", Settings.TIME_SCALE),
      Map.entry("--seed", Settings.SEED),
      Map.entry("--delivery-time", Settings.DELIVERY_TIME),
      Map.entry("--arrival-rate", Settings.ARRIVAL_RATE),
      Map.entry("--warm-up", Settings.WARM_UP),
      Map.entry("--failure-rate", Settings.FAILURE_RATE),
      Map.entry("--max-retries", Settings.MAX_RETRIES),
      Map.entry("--waiter-crash-rate", Settings.WAITER_CRASH_RATE),
      Map.entry("--kitchen-crash-rate", Settings.KITCHEN_CRASH_RATE),
      Map.entry("--clock", Settings.CLOCK));
  /** What a flag sets besides its own key, to a value of its own: a rate of arrivals makes them Poisson. */
  private static final Map<String, Map.Entry<String, String>> ALSO = Map.of(
      "--arrival-rate", Map.entry(Settings.ARRIVAL_PROCESS, "poisson"));

  private ConfigFlags() {}

  /**
   * The keys the flags given to {@code command} set; the last of a repeated flag counts. Only a
   * mixin's flags set keys: sweep's own --waiters, a range, sets none.
   */
  static Map<String, ConfigValue> overrides(CommandSpec command) {
    Map<String, ConfigValue> overrides = new LinkedHashMap<>();
    for (OptionSpec option : command.commandLine().getParseResult().matchedOptions()) {
      String flag = option.longestName();
      if (KEYS.containsKey(flag) && command.mixins().values().stream().anyMatch(m -> m.findOption(flag) != null)) {
        Map.Entry<String, String> also = ALSO.get(flag);
        if (also != null) {
          overrides.put(also.getKey(), value(also.getValue(), flag));
        }
        overrides.put(KEYS.get(flag), value(option.getValue(), flag));
      }
    }
    return overrides;
  }

  /** {@code text} as the value of a key, from {@code flag}: "command line --cooks grill" names a --cooks. */
  static ConfigValue value(Object text, String flag) {
    return ConfigValueFactory.fromAnyRef(text, "command line " + flag);
  }
}
