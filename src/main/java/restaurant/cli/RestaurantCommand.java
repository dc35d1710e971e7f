package restaurant.cli;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import restaurant.config.AkkaSettings;
import restaurant.config.BadInputException;
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
   * The pre-flight step's last part: refuses what this command cannot run on these settings,
   * before anything starts.
   */
  abstract void preflight(Setup setup);

  /**
   * Starts the run ({@link Cli#start}), on settings the pre-flight step passed.
   *
   * @return the exit code
   */
  abstract int run(Setup setup) throws IOException, InterruptedException;

  /** What a command runs on: what it asked for, the configuration, and the settings read from it. */
  record Setup(Options options, Config config, Settings settings) {}

  /**
   * The pre-flight step every command runs: reads and checks what {@code options} name, before
   * anything runs: the files, the configuration (Akka's settings too) and the settings, then what
   * the command itself refuses ({@link #preflight}). Empty once --dump-orders wrote the orders:
   * nothing runs.
   */
  private Optional<Setup> setUp(Options options) throws IOException {
    options.checkFiles(); // before any is read: regular files, outputs writable, no output an input
    List<Path> configFilesRead = new ArrayList<>();
    boolean clustered = options.command() == Options.Command.NODE || options.command() == Options.Command.CLUSTER;
    Config config = Configuration.load(options.configFile(), options.overrides(), configFilesRead, clustered);
    options.checkNoOutputIsAnInclude(configFilesRead);
    options.checkNoOutputReplacesAnotherFile();
    AkkaSettings.check(config);
    checkCooksAtStationsConfigured(options, config);
    Settings settings = Settings.from(config, options.orderSource());
    if (options.overrides().containsKey(Settings.ARRIVAL_RATE) && options.ordersFile() != null
        && settings.service().arrivals().atOnce()) { // the file's own times won over the flag's process
      throw new BadInputException("--arrival-rate would replace the arrival times of the orders file "
          + options.ordersFile() + ": give one of them");
    }
    if (options.dumpOrdersFile() != null) {
      OutputKind.ORDERS_DUMP.write(options.dumpOrdersFile(), file -> JsonWriter.writeOrders(settings.orders(), file));
      cli.out.println("wrote " + settings.orders().size() + " orders to " + options.dumpOrdersFile());
      return Optional.empty();
    }
    Setup setup = new Setup(options, config, settings);
    preflight(setup);
    return Optional.of(setup);
  }

  /**
   * Each --cooks names a station the configuration has: else it would make one with cooks and no
   * products, which the settings would refuse without saying the flag made it.
   */
  private static void checkCooksAtStationsConfigured(Options options, Config config) {
    Map<String, Object> cooks = new TreeMap<>(); // by station: the value given
    options.overrides().forEach((key, value) -> {
      List<String> path = ConfigUtil.splitPath(key);
      if (key.startsWith(Settings.STATIONS + ".") && path.size() == 5 && path.get(4).equals("cooks")) {
        cooks.put(path.get(3), value.unwrapped());
      }
    });
    if (options.sweep() != null) { // the sweep's ranges: its first point's cooks, as its first run would have
      options.sweep().plan().points().get(0).cooks().forEach(cooks::putIfAbsent);
    }
    for (Map.Entry<String, Object> station : cooks.entrySet()) {
      if (!config.hasPath(ConfigUtil.joinPath("restaurant", "kitchen", "stations", station.getKey(), "products"))) {
        List<String> known = !config.hasPath(Settings.STATIONS) ? List.of() : config.getObject(Settings.STATIONS)
            .entrySet().stream().filter(other -> other.getValue() instanceof ConfigObject table
                && table.get("products") != null).map(Map.Entry::getKey).sorted().toList();
        throw new BadInputException("--cooks " + station.getKey() + "=" + station.getValue() + ": the kitchen has no"
            + " station " + station.getKey() + (known.isEmpty() ? "; " + Settings.STATIONS + " configures none"
            : "; its stations are " + String.join(", ", known)));
      }
    }
  }

  /** The exit code of the run; with --dump-orders, 0 once the orders are written: nothing runs. */
  @Override
  public final Integer call() throws IOException, InterruptedException {
    Optional<Setup> setup = setUp(options());
    return setup.isEmpty() ? Cli.OK : run(setup.get());
  }
}
