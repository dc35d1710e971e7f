package restaurant.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.MarkerFilter;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigValue;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import restaurant.bench.Bench;
import restaurant.cluster.ClusterNode;
import restaurant.cluster.Floor;
import restaurant.bench.Comparison;
import restaurant.config.BadInputException;
import restaurant.config.Configuration;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.model.StopRequest;
import restaurant.report.HtmlReport;
import restaurant.report.JsonWriter;
import restaurant.report.ReportPrinter;
import restaurant.plan.Sweep;
import restaurant.plan.SweepPrinter;
import restaurant.report.LostNode;
import restaurant.report.Progress;
import restaurant.report.ProgressLine;
import restaurant.report.RunReport;
import restaurant.report.TraceFile;
import restaurant.report.ServiceEvents;

/** The command line, end to end: flags and config in, a run, the report out, an exit code. */
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

  private Cli() {}

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
    Options options;
    Config config;
    Settings settings;
    try {
      Optional<Options> parsed = Commands.parse(args, out);
      if (parsed.isEmpty()) {
        return OK; // --help or --version, printed
      }
      options = parsed.get();
      options.checkFiles(); // before any is read: regular files, outputs writable, no output an input
      List<Path> configFilesRead = new ArrayList<>();
      boolean clustered = options.command() == Options.Command.NODE || options.command() == Options.Command.CLUSTER;
      config = Configuration.load(options.configFile(), options.overrides(), configFilesRead, clustered);
      options.checkNoOutputIsAnInclude(configFilesRead);
      options.checkNoOutputReplacesAnotherFile();
      settings = Settings.from(config, options.orderSource());
      if (options.dumpOrdersFile() != null) {
        Settings dumped = settings;
        OutputKind.ORDERS_DUMP.write(options.dumpOrdersFile(), file -> JsonWriter.writeOrders(dumped.orders(), file));
        out.println("wrote " + settings.orders().size() + " orders to " + options.dumpOrdersFile());
        return OK;
      }
      for (Mode mode : options.command() == Options.Command.COMPARE ? Mode.values() : new Mode[] {options.mode()}) {
        Runner.check(mode, settings);
      }
      if (options.command() == Options.Command.SWEEP) {
        ConfigValue clock = options.overrides().get(Settings.CLOCK);
        if (clock != null && !"virtual".equals(String.valueOf(clock.unwrapped()).trim())) {
          throw new BadInputException("--clock " + BadInputException.shown(String.valueOf(clock.unwrapped()))
              + ": sweep runs on the virtual clock only (sixty runs of a lunch would take days of real time);"
              + " leave --clock out");
        }
      }
      if (options.command() == Options.Command.BENCH) {
        Bench.check(options.idleWaiters(), options.ordersGiven(), settings, config);
      }
      if (clustered) {
        checkClustered(settings, options);
      }
      if (options.traceFile() != null && options.mode() != Mode.ACTORS) {
        throw new BadInputException("--trace records the actors' run: --mode " + options.mode()
            + " keeps no trace; use --mode actors");
      }
    } catch (BadInputException | ConfigException e) {
      err.println("restaurant: " + oneLine(e.getMessage()));
      return BAD_INPUT;
    } catch (IOException e) {
      err.println("restaurant: " + oneLine(e.getMessage()));
      return FAILED;
    }

    beforeTheRun.run();
    if (System.getProperty(ClusterNode.NODE_PROPERTY) == null) {
      System.setProperty(ClusterNode.NODE_PROPERTY, "local"); // the log file's node= (a cluster's node names its own)
    }
    runStarted = true;
    stopTimeout = settings.gracePeriod().plus(ROOM_TO_REPORT);
    if (options.command() == Options.Command.NODE || options.command() == Options.Command.CLUSTER) {
      // The floors leave before the cashier's node does, and the cluster's own leaving takes its time.
      stopTimeout = stopTimeout.plus(ClusterNode.LEAVING_TIME).plus(options.command() == Options.Command.CLUSTER
          ? ClusterDemo.LEAVE_TIME : Duration.ZERO);
    }
    MarkerFilter quiet = options.quiet() ? dropEventLines() : null;
    try {
      switch (options.command()) {
        case SWEEP -> {
          return sweep(options, config, stop, out, err);
        }
        case COMPARE -> Comparison.run(settings,
            mode -> Runner.run(mode, settings, config, options.quiet(), stop), out);
        case BENCH -> Bench.run(options.idleWaiters(), options.ordersGiven(),
            List.of(args).subList(1, args.length), settings, config, out, stop); // args[0] is bench
        case RUN -> {
          RunReport report;
          try (TraceFile trace = options.traceFile() == null ? null : TraceFile.open(options.traceFile())) {
            report = Runner.run(options.mode(), settings, config, options.quiet(), trace, stop);
          } catch (IOException e) {
            throw OutputKind.TRACE.cannotWrite(options.traceFile(), e);
          }
          return report(report, options, out, err);
        }
        case NODE -> {
          ClusterNode.Outcome outcome;
          try (TraceFile trace = options.traceFile() == null ? null : TraceFile.open(options.traceFile())) {
            outcome = ClusterNode.run(options.cluster().node(), settings, config,
                new Progress(settings.orders().size()), trace, stop, () -> { });
          } catch (IOException e) {
            throw OutputKind.TRACE.cannotWrite(options.traceFile(), e);
          }
          return outcome.report() != null ? cashierExit(report(outcome.report(), options, out, err), outcome.report(),
              err) : floorExit(outcome, err);
        }
        case CLUSTER -> {
          RunReport report = ClusterDemo.run(options, settings, config, stop, out);
          return cashierExit(report(report, options, out, err), report, err);
        }
      }
      return OK;
    } catch (BadInputException | ConfigException e) { // found once the run could check them (Akka's settings)
      err.println("restaurant: " + oneLine(e.getMessage()));
      return BAD_INPUT;
    } catch (IOException e) {
      err.println("restaurant: " + oneLine(e.getMessage()));
      return FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("restaurant: interrupted");
      return FAILED;
    } catch (Bench.RowFailed e) { // its JVM said what went wrong, and logged it nowhere
      err.println("restaurant: " + oneLine(e.getMessage()));
      return FAILED;
    } catch (RuntimeException bug) { // the restaurant's own bug: fail fast, the trace in the log file
      LoggerFactory.getLogger(Cli.class).error("The run failed on a bug", bug);
      err.println("restaurant: the run failed on a bug: " + oneLine(bug.toString()) + inTheLog("the stack trace is"));
      return FAILED;
    } finally {
      if (quiet != null) {
        quiet.stop();
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList().remove(quiet);
      }
    }
  }

  /** Prints the report, writes its files, and says what the run exits with. */
  private static int report(RunReport report, Options options, PrintStream out, PrintStream err) throws IOException {
    ReportPrinter.print(report, out);
    OutputKind.RUN_REPORT.write(options.reportFile(), file -> JsonWriter.write(report, file));
    OutputKind.RUN_PAGE.write(options.htmlFile(), file -> HtmlReport.write(report, file));
    return exitCode(report, err);
  }

  /** " (the stack trace is in logs/restaurant.log)": the run's own log, if it has one. */
  private static String inTheLog(String whatIs) {
    String file = System.getProperty(LogFile.FILE_PROPERTY, LogFile.named("restaurant").toString());
    return file.isEmpty() ? "" : " (" + whatIs + " in " + file + ")";
  }

  /** A floor node's exit: 0 once the cashier reported and told it to leave. */
  private static int floorExit(ClusterNode.Outcome outcome, PrintStream err) {
    if (outcome.floorEnd() == Floor.End.SERVED) {
      return OK;
    }
    if (outcome.floorEnd() == Floor.End.CASHIER_LOST) {
      err.println("restaurant: the cashier node was lost mid-run, and the book of the run with it: this floor"
          + " stopped (run again; see README, Across machines)");
      return NODE_LOST;
    }
    err.println("restaurant: this floor node was stopped before the cashier told it to leave; the orders it held,"
        + " if any, go to the other floors' waiters");
    return FAILED; // a signal's exit code (130, 143) wins over this one
  }

  /** The cashier node's exit: its report's, or 4 when every floor node was lost and the run could not go on. */
  private static int cashierExit(int reportsExit, RunReport report, PrintStream err) {
    int waitersLost = report.lostNodes().stream().mapToInt(LostNode::waiters).sum();
    if (reportsExit != OK || waitersLost < report.waiters() || report.waiters() == 0) {
      return reportsExit;
    }
    err.println("restaurant: every floor node was lost mid-run (the last " + report.lostNodes()
        .get(report.lostNodes().size() - 1).node() + "): no waiter was left for the " + report.pending()
        + " orders pending; the report above has what was done");
    return NODE_LOST;
  }

  /** What the cluster cannot run yet, refused before anything starts. */
  private static void checkClustered(Settings settings, Options options) {
    if (settings.clock().virtual()) {
      throw new BadInputException(Settings.CLOCK + " = virtual: the " + options.command().toString()
          .toLowerCase(java.util.Locale.ROOT) + " command runs on the real clock (virtual time cannot span JVMs);"
          + " use --clock real, with --time-scale to go faster");
    }
    if (!settings.service().stations().isEmpty()) {
      throw new BadInputException(Settings.STATIONS + ": kitchen stations do not run across nodes yet (each floor"
          + " node's kitchen cooks without limits); leave the stations out of the configuration for a cluster");
    }
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

  /**
   * Every staffing, each run quiet, several at once; the table and its one line. Exit 0 with a
   * recommendation, 3 without.
   */
  private static int sweep(Options options, Config config, StopRequest stop, PrintStream out, PrintStream err)
      throws IOException, InterruptedException {
    Sweep.Plan plan = options.sweep().plan();
    AtomicInteger runsDone = new AtomicInteger();
    // Sixty runs' event lines, openings and closings would bury the table: warnings and errors only.
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    TurboFilter warningsOnly = new TurboFilter() {
      @Override
      public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
          Object[] params, Throwable t) {
        return level.isGreaterOrEqual(Level.WARN) ? FilterReply.NEUTRAL : FilterReply.DENY;
      }
    };
    warningsOnly.start();
    logging.addTurboFilter(warningsOnly);
    Sweep.Result result;
    try (ProgressLine line = ProgressLine.startIfTerminal(runsDone::get, plan.runs())) {
      result = Sweep.run(plan, config, options.orderSource(), Runtime.getRuntime().availableProcessors(), stop,
          runsDone);
    } finally {
      logging.getTurboFilterList().remove(warningsOnly);
    }
    SweepPrinter.print(result, out);
    OutputKind.SWEEP_REPORT.write(options.reportFile(), file -> SweepPrinter.writeJson(result, file));
    OutputKind.SWEEP_PAGE.write(options.htmlFile(), file -> SweepPrinter.writeHtml(result, file));
    OutputKind.SWEEP_TABLE.write(options.sweep().csvFile(), file -> SweepPrinter.writeCsv(result, file));
    return result.recommendation().isPresent() ? OK : NO_STAFFING_MEETS_THE_TARGET;
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
}
