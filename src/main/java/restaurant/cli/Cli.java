package restaurant.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.MarkerFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.typesafe.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;
import restaurant.bench.Bench;
import restaurant.cluster.ClusterNode;
import restaurant.config.BadInputException;
import restaurant.model.Mode;
import restaurant.model.StopRequest;
import restaurant.report.RunReport;
import restaurant.report.ServiceEvents;

/**
 * The command line, end to end: picocli reads the flags into one of the commands ({@link
 * RunCommand} and the others, each a {@link RestaurantCommand}), which runs and says what it
 * exits with. Here is what they share: the top of the command line and its --help, the start of
 * a run (the log file, --quiet, how long a stop may take), and the one line and exit code of a
 * failure.
 */
@Command(name = "java -jar target/restaurant.jar", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class, abbreviateSynopsis = true,
    subcommands = {RunCommand.class, CompareCommand.class, BenchCommand.class, SweepCommand.class, NodeCommand.class,
        ClusterCommand.class},
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
            + " 4 a node lost a node it could not do without (a floor its cashier node, the cashier every floor node) mid-run; 130 / 143 stopped by SIGINT / SIGTERM (the report"
            + " shows what was dispatched and what was pending)."})
public final class Cli {
  public static final int OK = 0;
  /** Anything else, a broken invariant among it. */
  public static final int FAILED = 1;
  public static final int BAD_INPUT = 2;
  /** sweep: no staffing in the ranges meets the target. */
  public static final int NO_STAFFING_MEETS_THE_TARGET = 3;
  /**
   * node and cluster: a node the run needs was lost mid-run: on a floor node, the cashier's; on
   * the cashier node, every floor node.
   */
  public static final int NODE_LOST = 4;

  /** Set once a run has started, and so logging: bad input and --help leave logging untouched. */
  private static volatile boolean runStarted;
  private static final Duration ROOM_TO_REPORT = Duration.ofSeconds(10);
  private static volatile Duration stopTimeout = Duration.ofSeconds(2).plus(ROOM_TO_REPORT);

  final PrintStream out;
  final PrintStream err;
  final StopRequest stop;
  private final String[] args;
  private final Runnable beforeTheRun;
  /** Whether this command line's run started: before, only bad input is caught here. */
  private boolean started;
  /** What went wrong before the run started, and is no bad input: it goes on to Main, as a bug. */
  private RuntimeException notCaught;

  private Cli(String[] args, PrintStream out, PrintStream err, StopRequest stop, Runnable beforeTheRun) {
    this.out = out;
    this.err = err;
    this.stop = stop;
    this.args = args;
    this.beforeTheRun = beforeTheRun;
  }

  /** The words after the command's name, bench's (args[0] is bench): what its grid hands each row. */
  List<String> commandArgs() {
    return List.of(args).subList(1, args.length);
  }

  /** Whether a run started in this JVM, so there are logs to flush at exit. */
  public static boolean runStarted() {
    return runStarted;
  }

  /**
   * How long a stop (SIGINT, SIGTERM) may take to print its report: the grace period the orders in
   * flight get, and some room to report. Until the settings are read, the default grace.
   */
  public static Duration stopTimeout() {
    return stopTimeout;
  }

  /**
   * @param stop         set by SIGINT / SIGTERM (see Main): the run ends with what it has done, or
   *     never starts if the stop came first, and its report is printed all the same
   * @param beforeTheRun once the input is known to be good, before anything logs: Main picks the
   *     log file here ({@link LogFile}); bad input leaves the log folder untouched
   */
  public static int run(String[] args, PrintStream out, PrintStream err, StopRequest stop, Runnable beforeTheRun) {
    Cli cli = new Cli(args, out, err, stop, beforeTheRun);
    CommandLine commandLine = cli.commandLine()
        .setParameterExceptionHandler((e, given) -> cli.failed(new BadInputException(UsageError.of(e))))
        .setExecutionExceptionHandler((e, command, parsed) -> cli.failed(e));
    int exitCode = commandLine.execute(withDefaultCommand(commandLine, args)); // --help, --version: 0
    if (cli.notCaught != null) {
      throw cli.notCaught;
    }
    return exitCode;
  }

  /** The options a command line asks for, as its command reads them, without running it. */
  static Options options(String... args) {
    CommandLine commandLine = new Cli(args, System.out, System.err, new StopRequest(), () -> { }).commandLine();
    ParseResult parsed = commandLine.parseArgs(withDefaultCommand(commandLine, args));
    return ((RestaurantCommand) parsed.subcommand().commandSpec().userObject()).options();
  }

  private CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(this)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setOverwrittenOptionsAllowed(true) // --waiters 2 --waiters 3: the last one counts
        .registerConverter(Mode.class, Cli::mode)
        .registerConverter(Path.class, Cli::fileName);
    commandLine.getSubcommands().values().forEach(command -> ConfigFlag.addTo(command.getCommandSpec()));
    return commandLine;
  }

  /** Args that start with neither a command nor a top-level option (--help, --version) are run's. */
  private static String[] withDefaultCommand(CommandLine commandLine, String[] args) {
    if (args.length > 0 && (commandLine.getSubcommands().containsKey(args[0])
        || commandLine.getCommandSpec().optionsMap().containsKey(args[0]))) {
      return args;
    }
    return Stream.concat(Stream.of(RunCommand.NAME), Arrays.stream(args)).toArray(String[]::new);
  }

  /** A command's run, once started: what it exits with. */
  @FunctionalInterface
  interface Run {
    int run() throws IOException, InterruptedException;
  }

  /**
   * Starts the run, its input checked: Main picks the log file, a stop may take the grace period
   * and room to report, and with --quiet no per-event line is logged until the run ends.
   *
   * @param leaving what a stop may take besides: the cluster's nodes leaving
   */
  int start(RestaurantCommand.Setup setup, Duration leaving, Run run) throws IOException, InterruptedException {
    beforeTheRun.run();
    if (System.getProperty(ClusterNode.NODE_PROPERTY) == null) {
      System.setProperty(ClusterNode.NODE_PROPERTY, "local"); // the log file's node= (a cluster's node names its own)
    }
    started = true;
    runStarted = true;
    stopTimeout = setup.settings().timing().gracePeriod().plus(ROOM_TO_REPORT).plus(leaving);
    MarkerFilter quiet = setup.options().quiet() ? dropEventLines() : null;
    try {
      return run.run();
    } finally {
      if (quiet != null) {
        quiet.stop();
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList().remove(quiet);
      }
    }
  }

  /** A command's failure, or a usage error: one line on stderr, and its exit code. */
  private int failed(Exception e) {
    if (e instanceof BadInputException || e instanceof ConfigException) { // also once the run checked Akka's
      err.println("restaurant: " + oneLine(e.getMessage()));
      return BAD_INPUT;
    }
    if (e instanceof IOException) {
      err.println("restaurant: " + oneLine(e.getMessage()));
      return FAILED;
    }
    if (!started && e instanceof RuntimeException bug) {
      notCaught = bug;
      return FAILED;
    }
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      err.println("restaurant: interrupted");
      return FAILED;
    }
    if (e instanceof Bench.RowFailed) { // its JVM said what went wrong, and logged it nowhere
      err.println("restaurant: " + oneLine(e.getMessage()));
      return FAILED;
    }
    // The restaurant's own bug: fail fast, the trace in the log file.
    LoggerFactory.getLogger(Cli.class).error("The run failed on a bug", e);
    err.println("restaurant: the run failed on a bug: " + oneLine(e.toString()) + inTheLog("the stack trace is"));
    return FAILED;
  }

  /**
   * What a finished run exits with: 0 when it completed and its invariant holds, else 1 with one
   * line on stderr that says why.
   */
  static int exitCode(RunReport report, PrintStream err) {
    if (report.failure() != null) {
      err.println("restaurant: the run stopped on a bug: " + oneLine(report.failure()) + inTheLog("the details are"));
      return FAILED;
    }
    if (!report.invariantHolds()) {
      err.println("restaurant: the invariant is broken: " + String.join("; ", report.problems()));
      return FAILED;
    }
    return OK;
  }

  /** " (the stack trace is in logs/restaurant.log)": the run's own log, if it has one. */
  private static String inTheLog(String whatIs) {
    String file = System.getProperty(LogFile.FILE_PROPERTY, LogFile.named("restaurant").toString());
    return file.isEmpty() ? "" : " (" + whatIs + " in " + file + ")";
  }

  /** --quiet: a turbo filter drops every line marked as a per-event line, before it is even formatted. */
  private static MarkerFilter dropEventLines() {
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    MarkerFilter filter = new MarkerFilter();
    filter.setMarker(ServiceEvents.EVENT.getName());
    filter.setOnMatch(FilterReply.DENY.name());
    filter.setContext(logging);
    filter.start();
    logging.addTurboFilter(filter);
    return filter;
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replace('\n', ' ').strip();
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
      try (InputStream in = Cli.class.getResourceAsStream("/restaurant/version.properties")) {
        properties.load(in);
      } catch (IOException | NullPointerException e) {
        return new String[] {"restaurant unknown"};
      }
      return new String[] {"restaurant " + properties.getProperty("version", "unknown")};
    }
  }
}
