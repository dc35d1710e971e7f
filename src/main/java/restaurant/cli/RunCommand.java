package restaurant.cli;

import java.io.IOException;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import restaurant.config.BadInputException;
import restaurant.model.Mode;
import restaurant.report.RunReport;

/** run, the command the options go to when none is named: one day in one design, and its report. */
@Command(name = RunCommand.NAME, description = "Runs the restaurant once, in the --mode given, and prints the report.")
final class RunCommand extends RestaurantCommand {
  static final String NAME = "run";

  @Option(names = "--mode", paramLabel = "M",
      description = "sync, threads or actors (the default): which design runs")
  Mode mode = Mode.ACTORS;

  @Mixin
  ReportFiles files;

  @Override
  Options options() {
    return runOptions.options(Options.Command.RUN, mode, files);
  }

  @Override
  void preflight(Setup setup) {
    Runner.check(mode, setup.settings(), false);
    if (files.trace != null && mode != Mode.ACTORS) {
      throw new BadInputException("--trace records the actors' run: --mode " + mode
          + " keeps no trace; use --mode actors");
    }
  }

  /** Exits 0 when the run completed and its invariant holds. */
  @Override
  int run(Setup setup) throws IOException, InterruptedException {
    return cli.start(setup, Duration.ZERO, () -> {
      RunReport report = files.traced(trace -> Runner.run(mode, setup.settings(), setup.config(), runOptions.quiet,
          trace, cli.stop));
      return files.report(report, cli.out, cli.err);
    });
  }
}
