package restaurant.cli;

import java.io.IOException;
import java.time.Duration;
import picocli.CommandLine.Command;
import restaurant.bench.Comparison;
import restaurant.model.Mode;

/** compare: the three designs on one workload, one table. */
@Command(name = "compare",
    description = "Runs sync, threads and actors one after another on the same workload, and prints one table.")
final class CompareCommand extends RestaurantCommand {
  @Override
  Options options() {
    return runOptions.options(Options.Command.COMPARE, Mode.ACTORS, null, null, null, null, null);
  }

  @Override
  void preflight(Setup setup) {
    for (Mode mode : Mode.values()) {
      Runner.check(mode, setup.settings(), true);
    }
  }

  /** Exits 0 once the table is printed. */
  @Override
  int run(Setup setup) throws IOException, InterruptedException {
    return cli.start(setup, Duration.ZERO, () -> {
      Comparison.run(setup.settings(),
          mode -> Runner.run(mode, setup.settings(), setup.config(), runOptions.quiet, cli.stop), cli.out);
      return Cli.OK;
    });
  }
}
