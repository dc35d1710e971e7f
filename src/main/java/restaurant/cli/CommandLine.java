package restaurant.cli;

import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import restaurant.domain.BadInputException;
import restaurant.domain.Settings;

/** The command-line flags, parsed. Flags that set a config key become overrides of that key. */
public record CommandLine(
    Path configFile, Path ordersFile, Path reportFile, Map<String, ConfigValue> overrides,
    boolean help, boolean version) {

  static final String USAGE = """
      Usage: java -jar target/restaurant.jar [options]

      Runs the restaurant: a cashier, waiters and a kitchen as Akka Typed actors.
      Settings come from conf/application.conf; flags override it, and JVM properties
      (java -Drestaurant.waiters=4 -jar ...) override the file but not the flags.

        --waiters N           waiters on the floor (restaurant.waiters)
        --max-open-orders N   orders one waiter carries at once (restaurant.waiter.max-open-orders)
        --time-scale F        multiplies every preparation time; 0.01 runs 100x faster (restaurant.time-scale)
        --orders FILE         serve the orders in FILE, JSON: [["burger","soda"],["beer"]] (replaces restaurant.orders)
        --config FILE         read FILE instead of conf/application.conf
        --report FILE         also write the report to FILE as JSON
        --help                print this help and exit
        --version             print the version and exit

      Exit codes: 0 the run completed, 2 bad input (one line on stderr says what), 1 anything else.
      """;

  /** Flags that set one config key each. */
  private static final Map<String, String> KEY_OF_FLAG = Map.of(
      "--waiters", Settings.WAITERS,
      "--max-open-orders", Settings.MAX_OPEN_ORDERS,
      "--time-scale", Settings.TIME_SCALE);

  public static CommandLine parse(String... args) {
    Path configFile = null;
    Path ordersFile = null;
    Path reportFile = null;
    Map<String, ConfigValue> overrides = new LinkedHashMap<>();
    boolean help = false;
    boolean version = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String flag = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        flag = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      switch (flag) {
        case "--help", "-h" -> help = true;
        case "--version" -> version = true;
        case "--waiters", "--max-open-orders", "--time-scale" -> {
          String text = value != null ? value : valueAfter(args, i++, flag);
          overrides.put(KEY_OF_FLAG.get(flag), ConfigValueFactory.fromAnyRef(text, "command line " + flag));
        }
        case "--config" -> configFile = path(value != null ? value : valueAfter(args, i++, flag), flag);
        case "--orders" -> ordersFile = path(value != null ? value : valueAfter(args, i++, flag), flag);
        case "--report" -> reportFile = path(value != null ? value : valueAfter(args, i++, flag), flag);
        default -> throw new BadInputException("unknown option " + arg + "; see --help for the options");
      }
    }
    return new CommandLine(configFile, ordersFile, reportFile, Map.copyOf(overrides), help, version);
  }

  private static String valueAfter(String[] args, int i, String flag) {
    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
      throw new BadInputException(flag + " needs a value; see --help");
    }
    return args[i + 1];
  }

  private static Path path(String text, String flag) {
    if (text.isBlank()) {
      throw new BadInputException(flag + " needs a file name; see --help");
    }
    try {
      return Path.of(text);
    } catch (java.nio.file.InvalidPathException e) {
      throw new BadInputException(flag + " " + text + ": not a valid file name");
    }
  }
}
