package restaurant.bench;

import akka.actor.typed.ActorSystem;
import com.typesafe.config.Config;
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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import restaurant.actors.ActorRestaurant;
import restaurant.config.BadInputException;
import restaurant.config.Settings;
import restaurant.model.Order;
import restaurant.model.Clock;
import restaurant.model.Orders;
import restaurant.model.Seconds;
import restaurant.model.StopRequest;
import restaurant.report.Progress;
import restaurant.report.RunReport;

/**
 * The actor restaurant on generated workloads. The full grid runs each row in a JVM of its own,
 * so every row starts from a cold heap and its peak RSS is its own.
 */
public final class Bench {
  static final int[] GRID_ORDERS = {10_000, 100_000, 1_000_000};
  static final int[] GRID_WAITERS = {1_000, 10_000, 100_000};
  static final String GRID_TIME_SCALE = "0.001";
  static final int GRID_IDLE_WAITERS = 100_000;
  static final int WARM_UP_ORDERS = 20_000;
  /** Heap per idle waiter, rounded up from the 850 bytes measured (docs/benchmarks.md). */
  static final long BYTES_PER_IDLE_WAITER = 1_000;
  /** What a measurement of the heap returns when a signal stopped it. */
  private static final long STOPPED = -1;

  static final String HEADER = """
      | orders | waiters | max-open | time-scale | makespan s | bound s | makespan / bound | orders/s | CPU s | peak heap MB | peak threads | peak RSS MB | virtual: wall s | orders/s | CPU µs / order | µs / order past the start |
      |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|""";

  private Bench() {}

  /**
   * @param idleWaiters   measure the heap of this many idle waiters, or null
   * @param ownWorkload   the orders came from --generate or --orders: one row on them
   * @param configFile    the --config file, handed on to the grid's child JVMs, or null
   * @param stop          SIGINT / SIGTERM: the bench ends after the rows it has, saying so
   */
  public static void run(Integer idleWaiters, boolean ownWorkload, Path configFile, Settings settings,
      Config config, PrintStream out, StopRequest stop) throws IOException, InterruptedException {
    if (idleWaiters != null) {
      checkIdleWaitersFit(idleWaiters);
      out.println(idleWaiters(idleWaiters, settings, config, stop));
      return;
    }
    if (ownWorkload) {
      // The header after the run: the run's log lines come before the table, not inside it.
      String row = row(settings, config, stop);
      out.println(HEADER);
      out.println(row);
      return;
    }
    out.println(HEADER); // the rows come from JVMs of their own, their log lines left out
    List<List<String>> rows = new ArrayList<>();
    for (int orders : GRID_ORDERS) {
      for (int waiters : GRID_WAITERS) {
        rows.add(List.of("--generate", Integer.toString(orders), "--waiters", Integer.toString(waiters),
            "--max-open-orders", "1", "--time-scale", GRID_TIME_SCALE, "--quiet"));
      }
    }
    rows.add(List.of("--idle-waiters", Integer.toString(GRID_IDLE_WAITERS), "--quiet"));
    for (List<String> row : rows) {
      List<String> printed = child(configFile, settings, stop, row);
      if (stop.isRequested()) {
        out.println("stopped: the rows after it did not run.");
        return;
      }
      out.println(lastLine(printed));
    }
  }

  /** About 850 bytes each, measured, twice over for the heap's own room: refused before it starts. */
  private static void checkIdleWaitersFit(int count) {
    long fits = Runtime.getRuntime().maxMemory() / 2 / BYTES_PER_IDLE_WAITER;
    if (count > fits) {
      throw new BadInputException(String.format(Locale.ROOT, "--idle-waiters %d: this JVM's heap (%.1f GB) "
          + "holds at most %,d idle waiters; give it more with java -Xmx", count,
          Runtime.getRuntime().maxMemory() / 1e9, fits));
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
    double bound = Orders.lowerBoundSeconds(settings.orders(), settings.menu(), settings.seed(),
        (long) settings.waiters() * settings.maxOpenOrders(), Seconds.of(settings.deliveryTime())) * settings.timeScale();
    return String.format(Locale.ROOT, "| %,d | %,d | %d | %s | %.3f | %.3f | %.2f | %,.0f | %.1f | %.0f | %d | %s "
        + "| %.3f | %,.0f | %.1f | %.1f |",
        orders, settings.waiters(), settings.maxOpenOrders(), settings.timeScale(), makespan, bound,
        makespan / bound, orders / makespan, usage.cpuSeconds(), usage.peakHeapBytes() / 1e6,
        usage.peakThreads(), peakRss, virtual.wallSeconds(), orders / virtual.wallSeconds(),
        virtual.cpuSeconds() * 1e6 / orders, Math.max(0, virtual.wallSeconds() - start) * 1e6 / orders);
  }

  private static Settings onVirtualTime(Settings settings) {
    return settings.withClock(new Clock(Clock.Kind.VIRTUAL, settings.clock().opensAt()));
  }

  /** Heap per idle waiter: the heap in use with {@code count} waiters, less that with none. */
  static String idleWaiters(int count, Settings settings, Config config, StopRequest stop)
      throws InterruptedException {
    long without = heapInUseWithIdleWaiters(0, settings, config, stop);
    long with = without == STOPPED ? STOPPED : heapInUseWithIdleWaiters(count, settings, config, stop);
    if (with == STOPPED) {
      return "stopped: the idle waiters were not all in; nothing measured.";
    }
    return String.format(Locale.ROOT, "%,d idle waiters: %,.0f bytes of heap each (%.1f MB in all)",
        count, (with - without) / (double) count, (with - without) / 1e6);
  }

  /** The heap in use once {@code count} idle waiters are in, or {@link #STOPPED}. */
  private static long heapInUseWithIdleWaiters(int count, Settings settings, Config config, StopRequest stop)
      throws InterruptedException {
    CompletableFuture<Void> allIdle = new CompletableFuture<>();
    stop.whenRequested(() -> allIdle.cancel(false));
    ActorSystem<?> system = ActorSystem.create(IdleCashier.create(count, settings, allIdle), "idle", config);
    boolean stopped = false;
    try {
      allIdle.get(); // the bench's own thread, not an actor's
      return heapInUseAfterGc();
    } catch (CancellationException signal) {
      stopped = true;
      return STOPPED;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      stop.clear();
      system.terminate();
      if (!stopped) { // a stopped bench does not wait for a million actors to stop: the JVM is ending
        system.getWhenTerminated().toCompletableFuture().join();
      }
    }
  }

  private static long heapInUseAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
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

  /** Runs this jar again in a JVM of its own, with this JVM's options and config, and the args. */
  private static List<String> child(Path configFile, Settings settings, StopRequest stop, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "restaurant.Main", "bench"));
    if (configFile != null) {
      command.addAll(List.of("--config", configFile.toString()));
    }
    command.addAll(List.of("--seed", Long.toString(settings.seed())));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    stop.whenRequested(process::destroy);
    List<String> lines = new ArrayList<>();
    int exit;
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      reader.lines().forEach(lines::add);
      exit = process.waitFor();
    } finally {
      stop.clear();
    }
    if (exit != 0 && !stop.isRequested()) {
      throw new IllegalStateException("bench row " + String.join(" ", args) + " failed with exit code " + exit);
    }
    return lines;
  }

  private static String lastLine(List<String> lines) {
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }
}
