package restaurant.cli;

import com.typesafe.config.Config;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import restaurant.config.Configuration;
import restaurant.config.Settings;
import restaurant.report.JsonWriter;

/**
 * What every command shares: the run options, the command line it is part of, and its steps. A
 * command reads what it asks for from its options ({@link #options}); its call reads and checks
 * the settings, then runs ({@link #run}), and gives the exit code.
 */
abstract class RestaurantCommand implements Callable<Integer> {
  @Mixin
  RunOptions runOptions;

  @ParentCommand
  Cli cli;

  /** What the command line asks for; bad input is refused here with its one line. */
  abstract Options options();

  /**
   * Refuses what this command cannot run on the settings, then starts the run ({@link
   * Cli#start}).
   *
   * @return the exit code
   */
  abstract int run(Setup setup) throws IOException, InterruptedException;

  /** What a command runs on: what it asked for, the configuration, and the settings read from it. */
  record Setup(Options options, Config config, Settings settings) {}

  /**
   * Reads and checks what {@code options} name, before anything runs: the files, then the
   * configuration and the settings. Empty once --dump-orders wrote the orders: nothing runs.
   */
  private Optional<Setup> setUp(Options options) throws IOException {
    options.checkFiles(); // before any is read: regular files, outputs writable, no output an input
    List<Path> configFilesRead = new ArrayList<>();
    boolean clustered = options.command() == Options.Command.NODE || options.command() == Options.Command.CLUSTER;
    Config config = Configuration.load(options.configFile(), options.overrides(), configFilesRead, clustered);
    options.checkNoOutputIsAnInclude(configFilesRead);
    options.checkNoOutputReplacesAnotherFile();
    Settings settings = Settings.from(config, options.orderSource());
    if (options.dumpOrdersFile() != null) {
      OutputKind.ORDERS_DUMP.write(options.dumpOrdersFile(), file -> JsonWriter.writeOrders(settings.orders(), file));
      cli.out.println("wrote " + settings.orders().size() + " orders to " + options.dumpOrdersFile());
      return Optional.empty();
    }
    return Optional.of(new Setup(options, config, settings));
  }

  /** The exit code of the run; with --dump-orders, 0 once the orders are written: nothing runs. */
  @Override
  public final Integer call() throws IOException, InterruptedException {
    Optional<Setup> setup = setUp(options());
    return setup.isEmpty() ? Cli.OK : run(setup.get());
  }
}
