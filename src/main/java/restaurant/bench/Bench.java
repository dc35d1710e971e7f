package restaurant.bench;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import restaurant.actors.ActorRestaurant;
import restaurant.config.BadInputException;
import restaurant.config.Settings;
import restaurant.model.Order;
import restaurant.model.Pacing;
import restaurant.model.Orders;
import restaurant.model.Seconds;
import restaurant.model.StopRequest;
import restaurant.report.Progress;
import restaurant.report.RunReport;

/**
 * The actor restaurant on generated workloads. The full grid runs each row in a JVM of its own,
 * so every row starts from a cold heap and its peak RSS is its own. The heap of idle waiters
 * (--idle-waiters) is {@link IdleWaiterHeap}'s to measure.
 */
public final class Bench {
  static final int[] GRID_ORDERS = {10_000, 100_000, 1_000_000};
  static final int[] GRID_WAITERS = {1_000, 10_000, 100_000};
  static final String GRID_TIME_SCALE = "0.001";
  static final int GRID_IDLE_WAITERS = 100_000;
  static final int WARM_UP_ORDERS = 20_000;
  /**
   * Set on the JVM of each row of the grid: it logs to no file (restaurant.cli.LogFile), for bench
   * keeps only its table line, and a log of its own would be left behind.
   */
  public static final String ROW_PROPERTY = "bench.row";
  /** What a JVM of the grid exits with on bad input, having said what in one line. */
  private static final int BAD_INPUT = 2;

  static final String HEADER = """
      | orders | waiters | max-open | time-scale | makespan s | bound s | makespan / bound | orders/s | CPU s | peak heap MB | peak threads | peak RSS MB | virtual: wall s | orders/s | CPU µs / order | µs / order past the start |
      |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|""";

  private Bench() {}

  /**
   * Refuses, before anything starts, what bench cannot measure: the virtual clock (its columns are
   * wall seconds, and it runs the orders on the virtual clock itself), and a grid row or idle
   * waiters that this JVM's settings and heap cannot take.
   *
   * @param idleWaiters measure the heap of this many idle waiters, or null
   * @param ownWorkload the orders came from --generate or --orders: one row on them
   */
  public static void check(Integer idleWaiters, boolean ownWorkload, Settings settings, Config config) {
    if (idleWaiters != null) {
      IdleWaiterHeap.checkFits(idleWaiters);
      return;
    }
    if (settings.timing().clock().virtual()) {
      throw new BadInputException(Settings.CLOCK + " = virtual (" + config.getValue(Settings.CLOCK).origin()
          .description() + "): bench times the actors on the real clock, in wall seconds, and runs the same orders"
          + " on the virtual clock itself for its virtual: columns; give --clock real");
    }
    if (!ownWorkload) {
      for (GridRow row : gridRows()) {
        try {
          row.check(config);
        } catch (BadInputException e) {
          throw new BadInputException("the grid's row " + String.join(" ", row.args()) + ": " + e.getMessage());
        }
      }
    }
  }

  /**
   * @param idleWaiters measure the heap of this many idle waiters, or null
   * @param ownWorkload the orders came from --generate or --orders: one row on them
   * @param args        the command line's bench options, which each of the grid's JVMs gets too
   * @param stop        SIGINT / SIGTERM: the bench ends after the rows it has, saying so
   */
  public static void run(Integer idleWaiters, boolean ownWorkload, List<String> args, Settings settings,
      Config config, PrintStream out, StopRequest stop) throws IOException, InterruptedException {
    if (idleWaiters != null) {
      out.println(IdleWaiterHeap.measure(idleWaiters, settings, config, stop));
      return;
    }
    if (ownWorkload) {
      // The header after the run: the run's log lines come before the table, not inside it.
      String row = row(settings, config, stop);
      out.println(HEADER);
      out.println(row);
      return;
    }
    grid(gridRows(), args, out, stop);
  }

  /** A row of the grid: {@code orders} served by {@code waiters}, or with no orders, the heap of idle ones. */
  record GridRow(int orders, int waiters) {
    /** The options of the bench that runs the row. */
    List<String> args() {
      if (orders == 0) {
        return List.of("--idle-waiters", Integer.toString(waiters), "--quiet");
      }
      return List.of("--generate", Integer.toString(orders), "--waiters", Integer.toString(waiters),
          "--max-open-orders", "1", "--time-scale", GRID_TIME_SCALE, "--quiet");
    }

    /** Refuses what a JVM like this one, with the config's settings, would refuse of the row. */
    void check(Config config) {
      if (orders == 0) {
        IdleWaiterHeap.checkFits(waiters);
        return;
      }
      Settings.from(config.withValue(Settings.WAITERS, ConfigValueFactory.fromAnyRef(waiters))
          .withValue(Settings.MAX_OPEN_ORDERS, ConfigValueFactory.fromAnyRef(1))
          .withValue(Settings.TIME_SCALE, ConfigValueFactory.fromAnyRef(GRID_TIME_SCALE)),
          Settings.OrderSource.generated(orders));
    }
  }

  static List<GridRow> gridRows() {
    List<GridRow> rows = new ArrayList<>();
    for (int orders : GRID_ORDERS) {
      for (int waiters : GRID_WAITERS) {
        rows.add(new GridRow(orders, waiters));
      }
    }
    rows.add(new GridRow(0, GRID_IDLE_WAITERS));
    return rows;
  }

  /** Each row in a JVM of its own, its table line printed as it comes; their log lines are left out. */
  static void grid(List<GridRow> rows, List<String> args, PrintStream out, StopRequest stop)
      throws IOException, InterruptedException {
    out.println(HEADER);
    for (GridRow row : rows) {
      List<String> printed = child(args, row.args(), stop);
      if (stop.isRequested()) {
        out.println("stopped: the rows after it did not run.");
        return;
      }
      out.println(lastLine(printed));
    }
  }

  /**
   * One row: the actors serve the settings' orders; times are wall seconds. A warm-up run on the
   * first {@value #WARM_UP_ORDERS} orders comes first, on each clock, so the row measures compiled
   * code, not the JIT compiler at work.
   */
  static String row(Settings settings, Config config, StopRequest stop) throws InterruptedException {
    List<Order> all = settings.orders();
    Settings warmUp = settings.withOrders(all.subList(0, Math.min(all.size(), WARM_UP_ORDERS)));
    ActorRestaurant.run(warmUp, config, new Progress(warmUp.orders().size()), stop);
    ActorRestaurant.run(onVirtualTime(warmUp), config, new Progress(warmUp.orders().size()), stop);
    ResourceMeter meter = ResourceMeter.start();
    RunReport report = ActorRestaurant.run(settings, config, new Progress(settings.orders().size()), stop);
    ResourceMeter.Usage usage = meter.stop();
    if (report.stopped()) {
      return "stopped: the row did not finish.";
    }
    String peakRss = peakRssMegabytes(); // the real-time run's, before the virtual one adds its own
    // The same orders on virtual time: as fast as the CPU allows, so wall time is the cost.
    Settings onVirtualTime = onVirtualTime(settings);
    ResourceMeter virtualMeter = ResourceMeter.start();
    boolean stopped = ActorRestaurant.run(onVirtualTime, config, new Progress(settings.orders().size()), stop)
        .stopped();
    ResourceMeter.Usage virtual = virtualMeter.stop();
    // What a run costs whatever its orders (starting the actor system, spawning the waiters, stopping
    // them): one order on the same staff. Past it, the cost per order is the service's own.
    ResourceMeter startMeter = ResourceMeter.start();
    stopped |= ActorRestaurant.run(onVirtualTime.withOrders(all.subList(0, 1)), config, new Progress(1), stop)
        .stopped();
    double start = startMeter.stop().wallSeconds();
    if (stopped) {
      return "stopped: the row did not finish.";
    }
    int orders = settings.orders().size();
    double makespan = report.wallMillis() / 1000;
    Settings.Staff staff = settings.staff();
    double bound = Orders.lowerBoundSeconds(settings.orders(), settings.menu(), settings.seed(),
        (long) staff.waiters() * staff.maxOpenOrders(), Seconds.of(staff.deliveryTime())) * settings.timing().timeScale();
    return String.format(Locale.ROOT, "| %,d | %,d | %d | %s | %.3f | %.3f | %.2f | %,.0f | %.1f | %.0f | %d | %s "
        + "| %.3f | %,.0f | %.1f | %.1f |",
        orders, staff.waiters(), staff.maxOpenOrders(), settings.timing().timeScale(), makespan, bound,
        makespan / bound, orders / makespan, usage.cpuSeconds(), usage.peakHeapBytes() / 1e6,
        usage.peakThreads(), peakRss, virtual.wallSeconds(), orders / virtual.wallSeconds(),
        virtual.cpuSeconds() * 1e6 / orders, Math.max(0, virtual.wallSeconds() - start) * 1e6 / orders);
  }

  private static Settings onVirtualTime(Settings settings) {
    return settings.withClock(new Pacing(Pacing.Kind.VIRTUAL, settings.timing().clock().opensAt()));
  }

  /** The most resident memory this process has had (Linux VmHWM), including JVM start-up. */
  private static String peakRssMegabytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return String.format(Locale.ROOT, "%.0f", Long.parseLong(line.replaceAll("\\D", "")) / 1e3);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux: no figure
    }
    return "n/a";
  }

  /**
   * Runs this jar again in a JVM of its own, with this JVM's options, bench's args and the row's:
   * what it printed, its stderr among it. A row that fails ends the bench with the row's one line:
   * exit 2 for its bad input, else exit 1.
   */
  private static List<String> child(List<String> args, List<String> row, StopRequest stop)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-D" + ROW_PROPERTY + "=true");
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "restaurant.Main", "bench"));
    args.stream().filter(arg -> !arg.equals("--")).forEach(command::add); // after a --, the row's would be no options
    command.addAll(row);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    // SIGTERM to the row, which ends with what it has; Process.destroy would also close its output under the reader.
    stop.whenRequested(() -> process.toHandle().destroy());
    List<String> lines = new ArrayList<>();
    int exit;
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      reader.lines().forEach(lines::add);
      exit = process.waitFor();
    } finally {
      stop.clear();
    }
    if (exit == 0 || stop.isRequested()) {
      return lines;
    }
    String said = lines.stream().filter(line -> line.startsWith("restaurant: ")).reduce((first, last) -> last)
        .map(line -> line.substring("restaurant: ".length())).orElse("it said nothing");
    String which = "the grid's row " + String.join(" ", row);
    if (exit == BAD_INPUT) {
      throw new BadInputException(which + ": " + said);
    }
    throw new RowFailed(which + " ended with exit code " + exit + ": " + said + "; bench "
        + String.join(" ", row) + " runs it alone, with a log");
  }

  /** A row of the grid failed in its JVM, not on bad input: bench ends with exit 1 and the row's line. */
  public static final class RowFailed extends RuntimeException {
    RowFailed(String message) {
      super(message);
    }
  }

  private static String lastLine(List<String> lines) {
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }
}
