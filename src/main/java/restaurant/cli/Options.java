package restaurant.cli;

import com.typesafe.config.ConfigValue;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import restaurant.config.BadInputException;
import restaurant.config.Configuration;
import restaurant.config.InputFiles;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.plan.SweepRequest;

/**
 * What the command line asks for, as a command reads it ({@link RestaurantCommand#options}). Null
 * stands for an option not given.
 *
 * @param mode      the design a run uses; bench runs the actors, compare every mode
 * @param reportFile the JSON report's file: run's only, compare and bench write none
 * @param traceFile the per-order CSV (--trace): run's only
 * @param htmlFile  the report as a self-contained page (--html): run's only
 * @param overrides the config keys set by flags, each with its flag as the origin
 * @param sweep     what sweep tries; null for the other commands
 * @param cluster   the member node runs, or the demo cluster runs; null for the other commands
 */
record Options(
    Command command, Mode mode, Path configFile, Path ordersFile, Integer generate, Path dumpOrdersFile,
    Path reportFile, Path traceFile, Path htmlFile, boolean quiet, Integer idleWaiters, Map<String, ConfigValue> overrides,
    SweepRequest sweep, ClusterRequest cluster) {

  private static final String LOGBACK = "logback.configurationFile";
  private static final Path LOGBACK_FILE = Path.of("conf", "logback.xml");
  private static final Path LOG_FILE = Path.of("logs", "restaurant.log");

  /** What to do: run one mode, compare the three, or benchmark the actors. */
  enum Command { RUN, COMPARE, BENCH, SWEEP, NODE, CLUSTER }

  Options withCluster(ClusterRequest request) {
    return new Options(command, mode, configFile, ordersFile, generate, dumpOrdersFile, reportFile, traceFile, htmlFile,
        quiet, idleWaiters, overrides, sweep, request);
  }

  /** Whether --orders or --generate gave the orders: for bench, one row on them. */
  boolean ordersGiven() {
    return ordersFile != null || generate != null;
  }

  /** Where the orders come from: --orders, --generate, or the configuration. */
  Settings.OrderSource orderSource() {
    return new Settings.OrderSource(ordersFile, generate);
  }

  /**
   * The files named, checked before any is read: each input a readable regular file, each
   * output a regular file (or none yet) that can be written, and no output one of the inputs
   * (conf/application.conf among them when no --config is given) or a floor's log of the cluster demo.
   */
  void checkFiles() {
    Map<String, Path> inputs = new LinkedHashMap<>();
    if (configFile != null) {
      InputFiles.checkReadable(configFile, "config file");
      inputs.put("--config", configFile);
    } else if (Files.exists(Configuration.DEFAULT_FILE)) {
      inputs.put("the config file", Configuration.DEFAULT_FILE);
    }
    if (ordersFile != null) {
      InputFiles.checkReadable(ordersFile, "orders file");
      inputs.put("--orders", ordersFile);
    }
    if (command == Command.CLUSTER) { // by name: whether logs/ exists yet or not
      ClusterDemo.checkNoOutputIsAFloorLog(this, cluster.nodes());
    }
    outputKinds().forEach(OutputKind::checkWritable); // with --dump-orders the dump alone: it runs nothing
    // Files the run reads or writes itself: its logging setup, and its log.
    Path logging = System.getProperty(LOGBACK) != null ? Path.of(System.getProperty(LOGBACK)) : LOGBACK_FILE;
    if (Files.exists(logging)) {
      inputs.put("the logging setup", logging);
    }
    if (Files.exists(LOG_FILE)) {
      inputs.put("the run's log", LOG_FILE);
    }
    InputFiles.checkNoOutputIsAnInput(inputs, outputs());
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isEmpty() && Files.isRegularFile(Path.of(entry))) { // the jar this runs from, above all
        InputFiles.checkNoOutputIsAnInput(Map.of("the program's own jar", Path.of(entry)), outputs());
      }
    }
    List<Map.Entry<String, Path>> outputs = List.copyOf(outputs().entrySet());
    for (int i = 0; i < outputs.size(); i++) {
      for (int j = i + 1; j < outputs.size(); j++) {
        if (InputFiles.sameFile(outputs.get(i).getValue(), outputs.get(j).getValue())) { // links and all
          throw new BadInputException(outputs.get(i).getKey() + " and " + outputs.get(j).getKey() + " both name "
              + outputs.get(i).getValue() + ": give each its own file");
        }
      }
    }
  }

  /** Once the config file is read: no output may be a file it included either. */
  void checkNoOutputIsAnInclude(List<Path> configFilesRead) {
    for (Path file : configFilesRead) {
      InputFiles.checkNoOutputIsAnInput(Map.of("the config file's include", file), outputs());
    }
  }

  /**
   * Last, once no output is an input: an output that exists is replaced only when it is empty or
   * an earlier output of its own kind ({@link OutputKind}).
   */
  void checkNoOutputReplacesAnotherFile() {
    outputKinds().forEach((kind, file) -> kind.checkMayReplace(file));
  }

  /** The files written, by their option. */
  private Map<String, Path> outputs() {
    Map<String, Path> outputs = new LinkedHashMap<>();
    outputKinds().forEach((kind, file) -> outputs.put(kind.flag(), file));
    return outputs;
  }

  /** The files written, by what they hold; with --dump-orders the dump alone: it writes the orders, runs nothing. */
  private Map<OutputKind, Path> outputKinds() {
    Map<OutputKind, Path> outputs = new EnumMap<>(OutputKind.class);
    if (dumpOrdersFile != null) {
      outputs.put(OutputKind.ORDERS_DUMP, dumpOrdersFile);
      return outputs;
    }
    boolean sweeping = command == Command.SWEEP;
    if (reportFile != null) {
      outputs.put(sweeping ? OutputKind.SWEEP_REPORT : OutputKind.RUN_REPORT, reportFile);
    }
    if (traceFile != null) {
      outputs.put(OutputKind.TRACE, traceFile);
    }
    if (htmlFile != null) {
      outputs.put(sweeping ? OutputKind.SWEEP_PAGE : OutputKind.RUN_PAGE, htmlFile);
    }
    if (sweep != null && sweep.csvFile() != null) {
      outputs.put(OutputKind.SWEEP_TABLE, sweep.csvFile());
    }
    return outputs;
  }
}
