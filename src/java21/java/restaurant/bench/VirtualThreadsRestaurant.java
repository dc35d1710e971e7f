package restaurant.bench;

import com.typesafe.config.ConfigFactory;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.model.Order;
import restaurant.model.OrderOutcome;
import restaurant.model.Orders;
import restaurant.model.Workloads;
import restaurant.report.Ledger;
import restaurant.report.Progress;
import restaurant.report.RunReport;

/**
 * The yardstick of docs/benchmarks.md: a straightforward Java 21+ virtual-threads restaurant, the
 * same model as the actors (every product of an order cooking at once), on the same generated
 * orders. One virtual thread per waiter and one per product, each product thread sleeping its
 * scaled preparation time. Blocking is cheap on virtual threads; that is the point of the
 * comparison. Compiled only by the {@code java21} Maven profile (the project targets Java 17):
 *
 * <pre>
 * JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -q -Pjava21 -DskipTests package
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp target/restaurant.jar restaurant.bench.VirtualThreadsRestaurant \
 *     ORDERS WAITERS [TIME_SCALE [SEED]]
 * </pre>
 */
public final class VirtualThreadsRestaurant {
  private VirtualThreadsRestaurant() {}

  public static void main(String[] args) throws Exception {
    int orderCount = Integer.parseInt(args[0]);
    int waiters = Integer.parseInt(args[1]);
    double timeScale = args.length > 2 ? Double.parseDouble(args[2]) : 0.001;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    Settings defaults = Settings.from(ConfigFactory.parseMap(java.util.Map.of(Settings.WAITERS, waiters,
        Settings.TIME_SCALE, timeScale, Settings.SEED, seed, Settings.DELIVERY_TIME, "0s"))
        .withFallback(ConfigFactory.defaultReference()));
    Settings settings = defaults.withOrders(Workloads.generate(orderCount, seed, defaults.menu()));

    // Warm-up on the first 20,000 orders, as the actors' bench rows do.
    serve(settings.withOrders(settings.orders().subList(0, Math.min(orderCount, 20_000))));
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    RunReport report = serve(settings);
    double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
    double makespan = report.wallMillis() / 1000;
    double bound = Orders.lowerBoundSeconds(settings.orders(), settings.menu(), settings.seed(), waiters, 0) * timeScale; // no delivery
    System.out.printf("| virtual threads | %,d | %,d | %s | %.3f | %.3f | %.2f | %,.0f | %.1f | %s |%n",
        orderCount, waiters, timeScale, makespan, bound, makespan / bound, orderCount / makespan, cpu, peakRss());
  }

  private static RunReport serve(Settings settings) {
    int waiters = settings.staff().waiters();
    // One thread per waiter, as in the threads design; these threads are virtual.
    Ledger ledger = new Ledger(Mode.THREADS, settings, new Progress(settings.orders().size()));
    Queue<Order> queue = new ConcurrentLinkedQueue<>(settings.orders());
    List<Thread> waiterThreads = new ArrayList<>();
    for (int id = 1; id <= waiters; id++) {
      int waiter = id;
      waiterThreads.add(Thread.ofVirtual().start(() -> {
        for (Order order = queue.poll(); order != null; order = queue.poll()) {
          synchronized (ledger) {
            ledger.handedOut(order, waiter, System.nanoTime());
          }
          List<Thread> cooking = new ArrayList<>();
          for (int item = 0; item < order.products().size(); item++) { // the times the actors' kitchen draws
            long nanos = settings.scaled(java.time.Duration.ofNanos(
                settings.menu().firstPreparationNanos(order, item, settings.seed()))).toNanos();
            cooking.add(Thread.ofVirtual().start(() -> sleep(nanos)));
          }
          cooking.forEach(VirtualThreadsRestaurant::join);
          synchronized (ledger) {
            ledger.done(order.id(), waiter, OrderOutcome.DISPATCHED, null, System.nanoTime());
          }
        }
      }));
    }
    waiterThreads.forEach(VirtualThreadsRestaurant::join);
    return ledger.report(false, null);
  }

  private static void sleep(long nanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String peakRss() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return String.format("%.0f", Long.parseLong(line.replaceAll("\\D", "")) / 1e3);
      }
    }
    return "n/a";
  }
}
