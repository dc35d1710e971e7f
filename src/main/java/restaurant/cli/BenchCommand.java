package restaurant.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import restaurant.bench.Bench;
import restaurant.config.BadInputException;
import restaurant.model.Mode;

/** bench: the benchmark grid, one row of it, or the heap of idle waiters ({@link Bench}). */
@Command(name = "bench", description = "Benchmarks the actors (docs/benchmarks.md), on the real clock (a row also"
    + " runs its orders on the virtual clock): without --generate, --orders or --idle-waiters its full grid, each"
    + " row in a JVM of its own that gets the other options; with --generate N one row; with --idle-waiters N"
    + " the heap cost of N idle waiters.")
final class BenchCommand extends RestaurantCommand {
  /** What the grid sets for each row itself (--dump-orders would write orders it never serves). */
  private static final List<String> SET_BY_THE_GRID = List.of("--waiters", "--max-open-orders", "--time-scale",
      "--dump-orders");
  /** What idle waiters have no use for: orders, and another count of them. */
  private static final List<String> NOT_FOR_IDLE_WAITERS = List.of("--generate", "--orders", "--dump-orders",
      "--waiters");
  /** What shapes a service, which idle waiters never give: nothing in their heap depends on it. */
  private static final List<String> NO_SERVICE_FOR_IDLE_WAITERS = List.of("--arrival-rate", "--warm-up",
      "--delivery-time", "--failure-rate", "--waiter-crash-rate", "--kitchen-crash-rate", "--max-retries",
      "--time-scale", "--max-open-orders", "--cooks");

  @Option(names = "--idle-waiters", paramLabel = "N", converter = RunOptions.Count.class,
      description = "measure the heap of N idle waiters, 1 to 10000000")
  Integer idleWaiters;

  @Spec
  CommandSpec spec;

  /** The grid passes every other option on to each row's JVM; one row honours them all. */
  @Override
  Options options() {
    Options options = runOptions.options(Options.Command.BENCH, Mode.ACTORS, null, null, null, idleWaiters, null);
    // bench measures whole runs, time and memory: no per-order statistics for a warm-up to leave orders out of
    refuse(List.of("--warm-up"), given -> "bench " + given + ": bench measures whole runs (time, CPU, memory), with"
        + " no per-order statistics a warm-up would leave orders out of; run --warm-up for those");
    if (idleWaiters != null) {
      refuse(NOT_FOR_IDLE_WAITERS, given -> "bench --idle-waiters with " + given + ": idle waiters serve no"
          + " orders, and --idle-waiters is their count; give one of them");
      refuse(NO_SERVICE_FOR_IDLE_WAITERS, given -> "bench --idle-waiters with " + given + ": idle waiters serve"
          + " nothing, so nothing of a service changes what they weigh; leave it out");
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

  @Override
  void preflight(Setup setup) {
    Bench.check(idleWaiters, setup.options().ordersGiven(), setup.settings(), setup.config());
  }

  /** Exits 0 once the table (or the heap's line) is printed; a row that failed, 1 or 2 as its JVM did. */
  @Override
  int run(Setup setup) throws IOException, InterruptedException {
    return cli.start(setup, Duration.ZERO, () -> {
      Bench.run(idleWaiters, setup.options().ordersGiven(), cli.commandArgs(), setup.settings(), setup.config(), cli.out, cli.stop);
      return Cli.OK;
    });
  }
}
