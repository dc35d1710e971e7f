package restaurant.cli;

import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;
import restaurant.config.BadInputException;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.model.Workloads;
import restaurant.report.TraceFile;

/**
 * The commands and their options, read by picocli, which also generates each command's --help
 * from them: the one place every flag is described. Flags that set a config key pass their text
 * on as it is, so that Settings checks it like the config file's, naming the flag.
 */
@Command(name = "java -jar target/restaurant.jar", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
    versionProvider = Commands.Version.class, abbreviateSynopsis = true,
    subcommands = {Commands.RunCommand.class, Commands.CompareCommand.class, Commands.BenchCommand.class,
        Commands.SweepCommand.class, Commands.NodeCommand.class, Commands.ClusterCommand.class},
    description = {
        "Runs the restaurant: a cashier, waiters and a kitchen. With no command, the options go to run:"
            + " --waiters 3 means run --waiters 3. COMMAND --help lists the options of a command.",
        "",
        "Settings come from conf/application.conf (or the file --config names); flags override it, and JVM"
            + " properties (java -Drestaurant.waiters=4 -jar ...) override the file but not the flags."},
    footer = {
        "",
        "Exit codes: 0 the run completed and its invariant holds; 1 the invariant broke (or anything else went"
            + " wrong); 2 bad input (one line on stderr says what); 3 sweep found no staffing that meets its target;"
            + " 4 node --role floor lost the cashier node mid-run; 130 / 143 stopped by SIGINT / SIGTERM (the report shows what was dispatched and what was pending)."})
final class Commands {
  private static final String DEFAULT_COMMAND = "run";

  private Commands() {}

  /**
   * Parses the command line; empty when it asked for --help or --version, which went to out.
   *
   * @throws BadInputException for a usage error, with the one line that says what is wrong
   */
  static Optional<Options> parse(String[] args, PrintStream out) {
    CommandLine commandLine = new CommandLine(new Commands())
        .setOut(new PrintWriter(out, true))
        .setOverwrittenOptionsAllowed(true) // --waiters 2 --waiters 3: the last one counts
        .registerConverter(Mode.class, Commands::mode)
        .registerConverter(Path.class, Commands::fileName);
    try {
      ParseResult parsed = commandLine.parseArgs(withDefaultCommand(commandLine, args));
      if (CommandLine.printHelpIfRequested(parsed)) {
        return Optional.empty();
      }
      return Optional.of(((Subcommand) parsed.subcommand().commandSpec().userObject()).options());
    } catch (ParameterException e) {
      throw new BadInputException(usageError(e));
    }
  }

  /** Args that start with neither a command nor a top-level option (--help, --version) are run's. */
  private static String[] withDefaultCommand(CommandLine commandLine, String[] args) {
    if (args.length > 0 && (commandLine.getSubcommands().containsKey(args[0])
        || commandLine.getCommandSpec().optionsMap().containsKey(args[0]))) {
      return args;
    }
    return Stream.concat(Stream.of(DEFAULT_COMMAND), Arrays.stream(args)).toArray(String[]::new);
  }

  /** A command of the command line, once parsed. */
  private interface Subcommand {
    Options options();
  }

  @Command(name = DEFAULT_COMMAND,
      description = "Runs the restaurant once, in the --mode given, and prints the report.")
  static final class RunCommand implements Subcommand {
    @Option(names = "--mode", paramLabel = "M",
        description = "sync, threads or actors (the default): which design runs")
    Mode mode = Mode.ACTORS;

    @Mixin
    ReportFiles files;

    @Mixin
    StaffOptions staff;

    @Mixin
    SharedOptions shared;

    @Override
    public Options options() {
      return shared.options(Options.Command.RUN, mode, files.report, files.trace, files.html, null, staff, null);
    }
  }

  @Command(name = "compare",
      description = "Runs sync, threads and actors one after another on the same workload, and prints one table.")
  static final class CompareCommand implements Subcommand {
    @Mixin
    StaffOptions staff;

    @Mixin
    SharedOptions shared;

    @Override
    public Options options() {
      return shared.options(Options.Command.COMPARE, Mode.ACTORS, null, null, null, null, staff, null);
    }
  }

  @Command(name = "bench", description = "Benchmarks the actors (docs/benchmarks.md), on the real clock (a row also"
      + " runs its orders on the virtual clock): without --generate, --orders or --idle-waiters its full grid, each"
      + " row in a JVM of its own that gets the other options; with --generate N one row; with --idle-waiters N"
      + " the heap cost of N idle waiters.")
  static final class BenchCommand implements Subcommand {
    @Option(names = "--idle-waiters", paramLabel = "N", converter = Count.class,
        description = "measure the heap of N idle waiters, 1 to 10000000")
    Integer idleWaiters;

    @Mixin
    StaffOptions staff;

    @Mixin
    SharedOptions shared;

    @Spec
    CommandSpec spec;

    /** What the grid sets for each row itself (--dump-orders would write orders it never serves). */
    private static final List<String> SET_BY_THE_GRID = List.of("--waiters", "--max-open-orders", "--time-scale",
        "--dump-orders");
    /** What idle waiters have no use for: orders, and another count of them. */
    private static final List<String> NOT_FOR_IDLE_WAITERS = List.of("--generate", "--orders", "--dump-orders",
        "--waiters");

    /** The grid passes every other option on to each row's JVM; one row honours them all. */
    @Override
    public Options options() {
      Options options = shared.options(Options.Command.BENCH, Mode.ACTORS, null, null, null, idleWaiters, staff,
          null);
      if (idleWaiters != null) {
        refuse(NOT_FOR_IDLE_WAITERS, given -> "bench --idle-waiters with " + given + ": idle waiters serve no"
            + " orders, and --idle-waiters is their count; give one of them");
      } else if (!options.ordersGiven()) {
        refuse(SET_BY_THE_GRID, given -> "bench " + given + ": the grid sets each row's orders, waiters,"
            + " max-open-orders and time-scale itself; bench --generate N --waiters W --time-scale F runs one row");
      }
      return options;
    }

    /** The first of {@code options} given, refused with the line {@code why} makes of it and its value. */
    private void refuse(List<String> options, Function<String, String> why) {
      for (OptionSpec given : spec.commandLine().getParseResult().matchedOptions()) {
        if (options.contains(given.longestName())) {
          List<String> values = given.originalStringValues();
          throw new BadInputException(why.apply(given.longestName() + " "
              + BadInputException.shown(values.get(values.size() - 1))));
        }
      }
    }
  }

  @Command(name = "sweep", description = "Runs every staffing in the ranges on the virtual clock, a few replications"
      + " each, in parallel across the cores; prints a table and the smallest staff (fewest people, then fewest"
      + " waiters) whose latency p95, at the top of its 95%% confidence interval, meets the target.")
  static final class SweepCommand implements Subcommand {
    @Option(names = "--waiters", paramLabel = "RANGE", required = true,
        description = "the waiters to try: FROM..TO, e.g. 1..12, or one number")
    String waiters;

    @Option(names = "--cooks", paramLabel = "STATION=RANGE", description = "the cooks to try at a station of the"
        + " configuration, e.g. grill=1..3; repeatable")
    java.util.List<String> cooks = new java.util.ArrayList<>();

    @Option(names = "--replications", paramLabel = "N", description = "runs of each staffing, on seeds seed,"
        + " seed+1, ...: 2 to " + SweepRequest.MOST_REPLICATIONS + " (default 5)")
    String replications = "5";

    @Option(names = "--target-p95", paramLabel = "D", required = true,
        description = "the latency (arrival to dispatched) 95%% of customers must not pass, e.g. 10m")
    String target;

    @Option(names = "--report", paramLabel = "FILE", description = "also write the table and the recommendation"
        + " to FILE as JSON")
    Path reportFile;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the table to FILE as CSV")
    Path csvFile;

    @Option(names = "--html", paramLabel = "FILE", description = "also write the table, its charts and the"
        + " recommendation to FILE as one self-contained HTML page")
    Path htmlFile;

    @Mixin
    SharedOptions shared;

    @Override
    public Options options() {
      return shared.options(Options.Command.SWEEP, Mode.ACTORS, reportFile, null, htmlFile, null, null,
          SweepRequest.parse(waiters, cooks, replications, target, csvFile));
    }
  }

  @Command(name = "node", description = "Runs one member of the restaurant's Akka Cluster, on the real clock: the"
      + " cashier node (it waits for --expect-floors floor nodes, serves the workload, prints the report and tells"
      + " the floors to leave) or a floor node (its --waiters and a kitchen of its own).")
  static final class NodeCommand implements Subcommand {
    @Option(names = "--role", paramLabel = "cashier|floor", required = true,
        description = "cashier (the one that takes the orders, once in the cluster) or floor (waiters and a kitchen)")
    String role;

    @Option(names = "--port", paramLabel = "P", description = "the port this node listens on (default: 2551 for"
        + " the cashier, any free one for a floor: 0)")
    String port;

    @Option(names = "--hostname", paramLabel = "H", description = "the address other nodes reach this one at"
        + " (default 127.0.0.1)")
    String hostname = "127.0.0.1";

    @Option(names = "--seed-nodes", paramLabel = "HOST:PORT[,HOST:PORT]", description = "nodes to join the"
        + " cluster through: the cashier node's address (a floor needs it; the cashier defaults to itself)")
    String seedNodes;

    @Option(names = "--expect-floors", paramLabel = "K", description = "cashier: the floor nodes to wait for"
        + " before opening, 1 to " + ClusterRequest.MOST_FLOORS + " (default 1)")
    String expectFloors;

    @Option(names = "--join-timeout", paramLabel = "D", description = "how long the cashier waits for the floors,"
        + " and a floor for the cashier (default 60s)")
    String joinTimeout = "60s";

    @Mixin
    ReportFiles files;

    @Mixin
    StaffOptions staff;

    @Mixin
    SharedOptions shared;

    @Override
    public Options options() {
      ClusterRequest request = ClusterRequest.node(role, port, hostname, seedNodes, expectFloors, joinTimeout);
      Options options = shared.options(Options.Command.NODE, Mode.ACTORS, files.report, files.trace, files.html,
          null, staff, null).withCluster(request);
      if (request.node().role() == restaurant.cluster.NodeRole.FLOOR) {
        refuseOnAFloor(options);
      } else if (options.overrides().containsKey(Settings.WAITERS)) {
        throw new BadInputException("--waiters goes with --role floor: it counts a floor node's waiters; the"
            + " cashier node's are the floors' sum");
      }
      return options;
    }

    /** What only the cashier node does: on a floor it would do nothing, and a user would think it did. */
    private static void refuseOnAFloor(Options options) {
      if (options.reportFile() != null || options.htmlFile() != null || options.traceFile() != null) {
        throw new BadInputException("--report, --html and --trace go with --role cashier: the cashier keeps the"
            + " book, a floor node has no report");
      }
      if (options.ordersFile() != null || options.generate() != null || options.dumpOrdersFile() != null) {
        throw new BadInputException("--orders, --generate and --dump-orders go with --role cashier: the cashier"
            + " takes the orders, a floor node serves what it is handed");
      }
      for (Map.Entry<String, String> flag : Map.of(Settings.ARRIVAL_RATE, "--arrival-rate", Settings.WARM_UP,
          "--warm-up").entrySet()) {
        if (options.overrides().containsKey(flag.getKey())) {
          throw new BadInputException(flag.getValue() + " goes with --role cashier: the cashier takes the customers"
              + " in and keeps the statistics");
        }
      }
    }
  }

  @Command(name = "cluster", description = "The one-command demo of Akka Cluster on this machine: the cashier node"
      + " here and --nodes - 1 floor nodes as child JVMs on loopback (--waiters each), their logs streamed with"
      + " a node prefix; prints the report and stops them all, also on Ctrl-C.")
  static final class ClusterCommand implements Subcommand {
    @Option(names = "--nodes", paramLabel = "N", description = "the nodes in all, the cashier's among them: 2 to "
        + (ClusterRequest.MOST_FLOORS + 1) + " (default 3)")
    String nodes = "3";

    @Option(names = "--kill-node-at", paramLabel = "D", description = "SIGKILL one floor node this long after the"
        + " opening, e.g. 2s: the cluster downs it and its orders go to the other floors' waiters")
    String killNodeAt;

    @Option(names = "--join-timeout", paramLabel = "D", description = "how long the cashier waits for the floor"
        + " nodes to start and join (default 60s)")
    String joinTimeout = "60s";

    @Mixin
    ReportFiles files;

    @Mixin
    StaffOptions staff;

    @Mixin
    SharedOptions shared;

    @Override
    public Options options() {
      return shared.options(Options.Command.CLUSTER, Mode.ACTORS, files.report, files.trace, files.html, null, staff,
          null)
          .withCluster(ClusterRequest.cluster(nodes, killNodeAt, joinTimeout));
    }
  }

  /** The report's files, for the commands that run one day: run, and in a cluster the cashier's node. */
  static final class ReportFiles {
    @Option(names = "--report", paramLabel = "FILE", description = "also write the report to FILE as JSON")
    Path report;

    @Option(names = "--html", paramLabel = "FILE", description = "also write the report to FILE as one"
        + " self-contained HTML page with charts (no network needed to open it)")
    Path html;

    @Option(names = "--trace", paramLabel = "FILE", description = "write one CSV row per order to FILE as it"
        + " finishes: " + TraceFile.HEADER + " (simulated seconds from the opening)")
    Path trace;
  }

  /** --waiters and --cooks of run, compare and bench: one staffing (sweep takes ranges instead). */
  static final class StaffOptions {
    @Option(names = "--waiters", paramLabel = "N", description = "waiters on the floor (" + Settings.WAITERS + ")")
    String waiters; // sets its key through ConfigFlags

    @Option(names = "--cooks", paramLabel = "STATION=N", description = "N cooks at a kitchen station of the"
        + " configuration, e.g. grill=2; repeatable (" + Settings.STATIONS + ".STATION.cooks)")
    List<String> cooks = new ArrayList<>();

    /** Each station's cooks, the last given for a station counting. */
    Map<String, ConfigValue> cooks() {
      Map<String, ConfigValue> overrides = new LinkedHashMap<>();
      for (String text : cooks) {
        Map.Entry<String, String> station = SweepRequest.station(text, "STATION=N, e.g. --cooks grill=2");
        overrides.put(ConfigUtil.joinPath("restaurant", "kitchen", "stations", station.getKey(), "cooks"),
            ConfigFlags.value(station.getValue(), "--cooks " + station.getKey()));
      }
      return overrides;
    }
  }

  /** The options every command takes. */
  static final class SharedOptions {
    /** The command these options are mixed into, whose parse gives the keys. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--orders", paramLabel = "FILE", description = "serve the orders in FILE, JSON lists"
        + " of product names such as [[\"burger\",\"soda\"],[\"beer\"]]; replaces " + Settings.ORDERS)
    Path ordersFile;

    @Option(names = "--generate", paramLabel = "N", converter = Count.class, description = "serve N generated"
        + " orders (1 to 10000000) of 1 to 4 products each, drawn from the menu; replaces " + Settings.ORDERS)
    Integer generate;

    @Option(names = "--dump-orders", paramLabel = "FILE", description = "write the orders (configured, --orders"
        + " or --generate) to FILE in the --orders format, and exit without running")
    Path dumpOrdersFile;

    @Option(names = "--config", paramLabel = "FILE", description = "read FILE instead of conf/application.conf"
        + " (HOCON; .json and .properties work too)")
    Path configFile;

    @Option(names = "--quiet", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
        description = "drop the per-event lines (console and file log); summaries and the report still print")
    boolean quiet;

    @Option(names = "--max-open-orders", paramLabel = "N",
        description = "how many orders one waiter carries at once (" + Settings.MAX_OPEN_ORDERS + ")")
    String maxOpenOrders;

    @Option(names = "--time-scale", paramLabel = "F", description = "multiplies every preparation and delivery"
        + " time:"
        + " 0.01 is 100 times faster (" + Settings.TIME_SCALE + ")")
    String timeScale;

    @Option(names = "--seed", paramLabel = "S",
        description = "what --generate and every fault draw from (" + Settings.SEED + ")")
    String seed;

    @Option(names = "--delivery-time", paramLabel = "D", description = "what a waiter takes to bring an order"
        + " to its table, its slot taken meanwhile: 0s (default) to 1h, e.g. 30s ("
        + Settings.DELIVERY_TIME + ")")
    String deliveryTime;

    @Option(names = "--arrival-rate", paramLabel = "R", description = "customers arrive at random, R orders an"
        + " hour on average (Poisson arrivals: sets " + Settings.ARRIVAL_PROCESS + " = poisson and "
        + Settings.ARRIVAL_RATE + ")")
    String arrivalRate;

    @Option(names = "--warm-up", paramLabel = "D", description = "orders arriving in the first D are served but"
        + " left out of the statistics, e.g. 10m (" + Settings.WARM_UP + ")")
    String warmUp;

    @Option(names = "--failure-rate", paramLabel = "R",
        description = "the chance that a product comes out burnt, 0 to 1 (" + Settings.FAILURE_RATE + ")")
    String failureRate;

    @Option(names = "--max-retries", paramLabel = "N", description = "times a waiter orders a burnt product again"
        + " before the order fails (" + Settings.MAX_RETRIES + ")")
    String maxRetries;

    @Option(names = "--waiter-crash-rate", paramLabel = "R", description = "the chance that a waiter crashes on"
        + " a message, 0 to 1 (" + Settings.WAITER_CRASH_RATE + ")")
    String waiterCrashRate;

    @Option(names = "--kitchen-crash-rate", paramLabel = "R", description = "the chance that the kitchen's cook"
        + " crashes while taking a request or serving a product, 0 to 1 (" + Settings.KITCHEN_CRASH_RATE + ")")
    String kitchenCrashRate;

    @Option(names = "--clock", paramLabel = "C", description = "real (the wall clock, the default) or virtual"
        + " (a simulation, as fast as the CPU allows; actors only) (" + Settings.CLOCK + ")")
    String clock;

    /**
     * @param staff --waiters and --cooks, or null for sweep
     * @param sweep what sweep tries, or null for the other commands
     */
    Options options(Options.Command command, Mode mode, Path reportFile, Path traceFile, Path htmlFile,
        Integer idleWaiters, StaffOptions staff, SweepRequest sweep) {
      Map<String, ConfigValue> all = new LinkedHashMap<>(ConfigFlags.overrides(spec));
      if (staff != null) {
        all.putAll(staff.cooks());
      }
      if (ordersFile != null && generate != null) {
        throw new BadInputException("--orders and --generate both replace the orders: give one of them");
      }
      return new Options(command, mode, configFile, ordersFile, generate, dumpOrdersFile, reportFile, traceFile,
          htmlFile, quiet, idleWaiters, Map.copyOf(all), sweep, null);
    }
  }

  /**
   * --generate and --idle-waiters: a count from 1 to the most orders --generate makes, written in
   * ASCII digits (Integer.parseInt also takes other scripts' digits).
   */
  static final class Count implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      try {
        if (!Settings.isPlainNumber(text.trim())) {
          throw new NumberFormatException(text);
        }
        int n = Integer.parseInt(text.trim());
        if (n >= 1 && n <= Workloads.MAX_GENERATED_ORDERS) {
          return n;
        }
      } catch (NumberFormatException e) {
        // falls through to the message below
      }
      throw new TypeConversionException("must be a whole number from 1 to " + Workloads.MAX_GENERATED_ORDERS);
    }
  }

  private static Mode mode(String text) {
    try {
      return Mode.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("unknown mode; the modes are sync, threads, actors");
    }
  }

  private static Path fileName(String text) {
    if (text.isBlank()) {
      throw new TypeConversionException("needs a file name");
    }
    return Path.of(text);
  }

  /** --version: the project's version, which the build writes into version.properties. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = Commands.class.getResourceAsStream("/restaurant/version.properties")) {
        properties.load(in);
      } catch (IOException | NullPointerException e) {
        return new String[] {"restaurant unknown"};
      }
      return new String[] {"restaurant " + properties.getProperty("version", "unknown")};
    }
  }

  /** A usage error as one line: what is wrong, and which --help tells more. */
  private static String usageError(ParameterException e) {
    // A command's: the top level has only --help and --version, with which picocli reports nothing.
    CommandLine command = e.getCommandLine();
    CommandLine top = command.getParent();
    String help = command.getCommandName() + " --help";
    if (e instanceof MissingParameterException missing) {
      OptionSpec option = (OptionSpec) missing.getMissing().get(0);
      if (e.getMessage().startsWith("Missing required option")) { // not given at all
        return command.getCommandName() + " needs " + option.longestName() + " " + option.paramLabel() + "; see "
            + help;
      }
      return option.longestName() + " needs a value; see " + help;
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      String arg = unmatched.getUnmatched().get(0);
      if (!unmatched.isUnknownOption()) {
        String commands = String.join(", ", top.getSubcommands().keySet()).replaceFirst(", ([^,]+)$", " and $1");
        return "unexpected " + BadInputException.shown(arg) + ": the commands are " + commands + "; see --help";
      }
      String option = BadInputException.shown(arg.split("=", 2)[0]);
      Optional<String> owner = top.getSubcommands().values().stream()
          .filter(other -> other.getCommandSpec().findOption(option) != null)
          .map(CommandLine::getCommandName).findFirst();
      if (owner.filter(command.getCommandName()::equals).isPresent()) { // an option of its own, after "--"
        return option + " after --: what follows -- is not an option, and " + command.getCommandName()
            + " takes no other arguments; put the options before it (see " + help + ")";
      }
      if (owner.isPresent()) {
        return option + " goes with " + owner.get() + ", not " + command.getCommandName() + "; see " + help;
      }
      // picocli suggests the options that start like it; the closest spelling wins, then one it abbreviates
      Comparator<String> closest = Comparator.<String>comparingInt(name -> edits(option, name))
          .thenComparing(name -> !name.startsWith(option));
      return unmatched.getSuggestions().stream().min(closest)
          .map(name -> "unknown option " + option + "; did you mean " + name + "? (see " + help + ")")
          .orElse("unknown option " + option + "; see " + help);
    }
    if (e.getCause() instanceof TypeConversionException invalid && e.getArgSpec() instanceof OptionSpec option) {
      String given = e.getValue().isBlank() ? option.longestName()
          : option.longestName() + " " + BadInputException.shown(e.getValue());
      return given + ": " + invalid.getMessage();
    }
    return e.getMessage() + "; see " + help;
  }

  /** The Levenshtein distance: the fewest one-character edits that turn a into b. */
  private static int edits(String a, String b) {
    int[] row = IntStream.rangeClosed(0, b.length()).toArray();
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        row[j] = Math.min(Math.min(above, row[j - 1]) + 1, diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length()];
  }
}
