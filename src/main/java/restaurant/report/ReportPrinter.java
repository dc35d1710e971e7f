package restaurant.report;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import restaurant.model.Clock;
import restaurant.model.Role;
import restaurant.model.Seconds;

/** The report as a table on the console; past a few dozen orders, a summary of them instead. */
public final class ReportPrinter {
  /** More orders than this are summarized: counts and latency percentiles. */
  public static final int ORDERS_LISTED_UP_TO = 40;
  private static final int PRODUCTS_LISTED_UP_TO = 6;

  private ReportPrinter() {}

  public static void print(RunReport report, PrintStream out) {
    out.printf(Locale.ROOT, "%nRestaurant report (%s): %d waiter%s, %d open order%s each, %stime-scale %s%s%n",
        report.mode(), report.waiters(), plural(report.waiters()), report.maxOpenOrders(),
        plural(report.maxOpenOrders()), report.deliverySeconds() == 0 ? ""
            : number(report.deliverySeconds()) + " s to each table, ", number(report.timeScale()),
        ending(report));
    if (report.orders().size() <= ORDERS_LISTED_UP_TO) {
      printOrders(report, out);
    } else {
      printSummary(report, out);
    }
    if (report.clock() == Clock.Kind.VIRTUAL) {
      out.printf(Locale.ROOT, "%nmakespan   %10s  first order handed out to last dispatched, on a virtual clock: "
          + "the whole run took %.1f ms of wall time%n", seconds(report.makespanSeconds()), report.wallMillis());
    } else {
      out.printf(Locale.ROOT, "%nmakespan   %10s  (wall %.1f ms) first order handed out to last dispatched%n",
          seconds(report.makespanSeconds()), report.wallMillis());
    }
    out.printf(Locale.ROOT, "sequential %10s  one blocking waiter serving every order in turn%n",
        seconds(report.sequentialSeconds()));
    out.printf(Locale.ROOT, "floor      %10s  the slowest order on its own%n", seconds(report.floorSeconds()));
    // A run stopped before any order was done has no makespan, and so no speed-up.
    out.printf(Locale.ROOT, "speed-up   %10s  over sequential%n",
        report.makespanSeconds() > 0 ? String.format(Locale.ROOT, "%.2f x", report.speedUp()) : "-");
    out.printf(Locale.ROOT, "orders     %10d  received: %d dispatched, %d failed, %d pending%n",
        report.ordersReceived(), report.dispatched(), report.failed(), report.pending());
    out.printf(Locale.ROOT, "kitchen    %10d  burnt products, %d ordered again%n", report.burntProducts(),
        report.retries());
    out.printf(Locale.ROOT, "restarts   %10s  after crashes%n", restarts(report.restarts()));
    out.printf(Locale.ROOT, "till       %10s  taken; the dispatched orders' prices add up to %s%n",
        report.takings().toPlainString(), report.dispatchedValue().toPlainString());
    if (report.failure() != null) {
      out.printf("failure    %10s  %s%n", "BUG", report.failure());
    }
    if (report.invariantHolds()) {
      out.printf("invariant  %10s  received = dispatched + failed%s, no order dispatched twice, "
          + "no product in the wrong order, till = prices%n", "holds", report.pending() > 0 ? " + pending" : "");
    } else {
      out.printf("invariant  %10s  %s%n", "BROKEN", String.join("; ", report.problems()));
    }
  }

  private static void printOrders(RunReport report, PrintStream out) {
    int productsWidth = "products".length();
    for (ServedOrder order : report.orders()) {
      productsWidth = Math.max(productsWidth, products(order).length());
    }
    String row = "%6s  %6s  %-" + productsWidth + "s  %12s  %12s  %10s  %s%n";
    out.printf(Locale.ROOT, row, "order", "waiter", "products", "handed out", "done", "latency", "outcome");
    for (ServedOrder order : report.orders()) {
      out.printf(Locale.ROOT, row, order.id(), order.waiter() == 0 ? "-" : order.waiter(),
          products(order), seconds(order.takenSeconds()), seconds(order.finishedSeconds()),
          seconds(order.latencySeconds()), order.reason() == null ? order.outcome() : order.outcome() + ": "
              + order.reason());
    }
  }

  private static void printSummary(RunReport report, PrintStream out) {
    // One pass: a big run's orders are made as they are read (see ServedOrders).
    double[] latencies = new double[report.orders().size()];
    int done = 0;
    long products = 0;
    BitSet waitersWhoServed = new BitSet();
    for (ServedOrder order : report.orders()) {
      Double latency = order.latencySeconds();
      if (latency != null) {
        latencies[done++] = latency;
      }
      products += order.products().size();
      if (order.waiter() > 0) {
        waitersWhoServed.set(order.waiter());
      }
    }
    latencies = Arrays.copyOf(latencies, done);
    Arrays.sort(latencies);
    out.printf(Locale.ROOT, "orders     %10d  with %d products, served by %d waiters%n",
        report.orders().size(), products, waitersWhoServed.cardinality());
    if (latencies.length > 0) {
      out.printf(Locale.ROOT, "latency    min %s  p50 %s  p95 %s  p99 %s  max %s  (handed out to done)%n",
          seconds(latencies[0]), seconds(percentile(latencies, 50)), seconds(percentile(latencies, 95)),
          seconds(percentile(latencies, 99)), seconds(latencies[latencies.length - 1]));
    }
  }

  /** An order's products; a long order's first few, and how many in all, so the table stays a table. */
  private static String products(ServedOrder order) {
    List<String> products = order.products();
    return products.size() <= PRODUCTS_LISTED_UP_TO ? String.join(", ", products)
        : String.join(", ", products.subList(0, PRODUCTS_LISTED_UP_TO)) + ", ... (" + products.size() + " in all)";
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double percent) {
    int rank = (int) Math.ceil(percent / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static String restarts(Map<Role, Integer> restarts) {
    return "waiter " + restarts.getOrDefault(Role.WAITER, 0) + ", kitchen " + restarts.getOrDefault(Role.KITCHEN, 0);
  }

  private static String seconds(Double seconds) {
    return seconds == null ? "-" : Seconds.format3(seconds) + " s";
  }

  private static String number(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** How a run that did not simply finish ended: on a bug, or stopped by a signal. */
  private static String ending(RunReport report) {
    return report.failure() != null ? ", FAILED" : report.stopped() ? ", STOPPED" : "";
  }

  private static String plural(long count) {
    return count == 1 ? "" : "s";
  }
}
