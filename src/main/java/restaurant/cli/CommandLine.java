package restaurant.cli;

import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import restaurant.config.BadInputException;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.model.Workloads;

/** The command line, parsed. Flags that set a config key become overrides of that key. */
public record CommandLine(
    Command command, Mode mode, Path configFile, Path ordersFile, Integer generate, Path dumpOrdersFile,
    Path reportFile, boolean quiet, Integer idleWaiters, Map<String, ConfigValue> overrides,
    boolean help, boolean version) {

  /** What to do: run one mode (the default), compare the three, or benchmark the actors. */
  enum Command { RUN, COMPARE, BENCH }

  static final String USAGE = """
      Usage: java -jar target/restaurant.jar [compare | bench] [options]

      Runs the restaurant: a cashier, waiters and a kitchen. Settings come from
      conf/application.conf; flags override it, and JVM properties
      (java -Drestaurant.waiters=4 -jar ...) override the file but not the flags.

      Commands:
        (none)                run the restaurant once, in the --mode given
        compare               run sync, threads and actors on the same workload; one table
        bench                 benchmark the actors on generated workloads (docs/benchmarks.md);
                              with --generate N: one row; with --idle-waiters N: heap per waiter

      Options:
        --mode M              sync | threads | actors (default actors)
        --waiters N           waiters on the floor (restaurant.waiters)
        --max-open-orders N   orders one waiter carries at once (restaurant.waiter.max-open-orders)
        --time-scale F        multiplies every preparation time; 0.01 runs 100x faster (restaurant.time-scale)
        --orders FILE         serve the orders in FILE, JSON: [["burger","soda"],["beer"]] (replaces restaurant.orders)
        --generate N          serve N generated orders of 1 to 4 products from the menu (replaces restaurant.orders)
        --seed S              the seed --generate and every fault draw from (restaurant.seed)
        --failure-rate R      chance a product comes out burnt, 0 to 1 (restaurant.kitchen.failure-rate)
        --max-retries N       times a burnt product is ordered again (restaurant.waiter.max-retries)
        --waiter-crash-rate R chance a waiter crashes per message (restaurant.faults.waiter-crash-rate)
        --kitchen-crash-rate R chance the kitchen crashes per message (restaurant.faults.kitchen-crash-rate)
        --dump-orders FILE    write the orders to FILE as --orders JSON, and exit without running
        --config FILE         read FILE instead of conf/application.conf
        --report FILE         also write the report to FILE as JSON
        --quiet               no per-event lines; summaries and the report still print
        --idle-waiters N      with bench: heap cost of N idle waiters
        --help                print this help and exit
        --version             print the version and exit

      Exit codes: 0 the run completed and its invariant holds; 1 the invariant broke (or anything
      else went wrong); 2 bad input (one line on stderr says what); 130 / 143 stopped by SIGINT /
      SIGTERM (the report shows what was dispatched and what was pending).
      """;

  /** Flags that set one config key each. */
  private static final Map<String, String> KEY_OF_FLAG = Map.of(
      "--waiters", Settings.WAITERS,
      "--max-open-orders", Settings.MAX_OPEN_ORDERS,
      "--time-scale", Settings.TIME_SCALE,
      "--seed", Settings.SEED,
      "--failure-rate", Settings.FAILURE_RATE,
      "--max-retries", Settings.MAX_RETRIES,
      "--waiter-crash-rate", Settings.WAITER_CRASH_RATE,
      "--kitchen-crash-rate", Settings.KITCHEN_CRASH_RATE);

  public static CommandLine parse(String... args) {
    Command command = Command.RUN;
    Mode mode = null;
    Path configFile = null;
    Path ordersFile = null;
    Integer generate = null;
    Path dumpOrdersFile = null;
    Path reportFile = null;
    boolean quiet = false;
    Integer idleWaiters = null;
    Map<String, ConfigValue> overrides = new LinkedHashMap<>();
    boolean help = false;
    boolean version = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (i == 0 && (arg.equals("compare") || arg.equals("bench"))) {
        command = arg.equals("compare") ? Command.COMPARE : Command.BENCH;
        continue;
      }
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
        case "--quiet" -> quiet = true;
        case "--waiters", "--max-open-orders", "--time-scale", "--seed", "--failure-rate", "--max-retries",
            "--waiter-crash-rate", "--kitchen-crash-rate" -> {
          String text = value != null ? value : valueAfter(args, i++, flag);
          overrides.put(KEY_OF_FLAG.get(flag), ConfigValueFactory.fromAnyRef(text, "command line " + flag));
        }
        case "--mode" -> mode = parseMode(value != null ? value : valueAfter(args, i++, flag));
        case "--generate" -> generate = count(value != null ? value : valueAfter(args, i++, flag), flag,
            Workloads.MAX_GENERATED_ORDERS);
        case "--idle-waiters" -> idleWaiters = count(value != null ? value : valueAfter(args, i++, flag), flag,
            10_000_000);
        case "--config" -> configFile = path(value != null ? value : valueAfter(args, i++, flag), flag);
        case "--orders" -> ordersFile = path(value != null ? value : valueAfter(args, i++, flag), flag);
        case "--dump-orders" -> dumpOrdersFile = path(value != null ? value : valueAfter(args, i++, flag), flag);
        case "--report" -> reportFile = path(value != null ? value : valueAfter(args, i++, flag), flag);
        default -> throw new BadInputException(arg.startsWith("-")
            ? "unknown option " + arg + "; see --help for the options"
            : "unexpected " + arg + ": the commands are compare and bench, and come first; see --help");
      }
    }
    if (ordersFile != null && generate != null) {
      throw new BadInputException("--orders and --generate both replace the orders: give one of them");
    }
    if (mode != null && command != Command.RUN) {
      throw new BadInputException("--mode goes with a single run: " + command.name().toLowerCase()
          + (command == Command.COMPARE ? " runs every mode" : " runs the actors"));
    }
    if (idleWaiters != null && command != Command.BENCH) {
      throw new BadInputException("--idle-waiters goes with bench");
    }
    return new CommandLine(command, mode == null ? Mode.ACTORS : mode, configFile, ordersFile, generate,
        dumpOrdersFile, reportFile, quiet, idleWaiters, Map.copyOf(overrides), help, version);
  }

  private static Mode parseMode(String text) {
    try {
      return Mode.valueOf(text.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--mode " + text + ": unknown mode; the modes are sync, threads, actors");
    }
  }

  private static String valueAfter(String[] args, int i, String flag) {
    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
      throw new BadInputException(flag + " needs a value; see --help");
    }
    return args[i + 1];
  }

  private static int count(String text, String flag, int max) {
    try {
      int n = Integer.parseInt(text.trim());
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new BadInputException(flag + " " + text + ": must be a whole number from 1 to " + max);
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
