package restaurant.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.typesafe.config.ConfigValue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import restaurant.config.BadInputException;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.plan.Sweep;
import restaurant.plan.SweepPrinter;
import restaurant.plan.SweepRequest;
import restaurant.report.ProgressLine;

/** sweep: every staffing in the ranges, and the smallest that meets the target ({@link Sweep}). */
@Command(name = "sweep", description = "Runs every staffing in the ranges on the virtual clock, a few replications"
    + " each, in parallel across the cores; prints a table and the smallest staff (fewest people, then fewest"
    + " waiters) whose latency p95, at the top of its 95%% confidence interval, meets the target.")
final class SweepCommand extends RestaurantCommand {
  // --waiters first: when both required options are missing, picocli names the first one declared.
  @Option(names = "--waiters", paramLabel = "RANGE", required = true,
      description = "the waiters to try: FROM..TO, e.g. 1..12, or one number")
  String waiters;

  @Option(names = "--cooks", paramLabel = "STATION=RANGE", description = "the cooks to try at a station of the"
      + " configuration, e.g. grill=1..3; repeatable")
  List<String> cooks = new ArrayList<>();

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

  @Override
  Options options() {
    return runOptions.options(Options.Command.SWEEP, Mode.ACTORS, reportFile, null, htmlFile, null,
        SweepRequest.parse(waiters, cooks, replications, target, csvFile));
  }

  @Override
  void preflight(Setup setup) {
    ConfigValue clock = setup.options().overrides().get(Settings.CLOCK);
    if (clock != null && !"virtual".equals(String.valueOf(clock.unwrapped()).trim())) {
      throw new BadInputException("--clock " + BadInputException.shown(String.valueOf(clock.unwrapped()))
          + ": sweep runs on the virtual clock only (sixty runs of a lunch would take days of real time);"
          + " leave --clock out");
    }
  }

  /**
   * Every staffing, each run quiet, several at once; the table and its one line. Exit 0 with a
   * recommendation, 3 without.
   */
  @Override
  int run(Setup setup) throws IOException, InterruptedException {
    return cli.start(setup, Duration.ZERO, () -> {
      Sweep.Result result = sweep(setup);
      SweepPrinter.print(result, cli.out);
      OutputKind.SWEEP_REPORT.write(reportFile, file -> SweepPrinter.writeJson(result, file));
      OutputKind.SWEEP_PAGE.write(htmlFile, file -> SweepPrinter.writeHtml(result, file));
      OutputKind.SWEEP_TABLE.write(csvFile, file -> SweepPrinter.writeCsv(result, file));
      return result.recommendation().isPresent() ? Cli.OK : Cli.NO_STAFFING_MEETS_THE_TARGET;
    });
  }

  /** The runs, with a progress line when stderr is a terminal. */
  private Sweep.Result sweep(Setup setup) throws InterruptedException {
    Sweep.Plan plan = setup.options().sweep().plan();
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
    try (ProgressLine line = ProgressLine.startIfTerminal(runsDone::get, plan.runs())) {
      return Sweep.run(plan, setup.config(), setup.options().orderSource(), Runtime.getRuntime().availableProcessors(),
          cli.stop, runsDone);
    } finally {
      logging.getTurboFilterList().remove(warningsOnly);
    }
  }
}
