package restaurant.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import restaurant.model.Pacing;
import restaurant.model.Worker;
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
    if (report.ordersReceived() <= ORDERS_LISTED_UP_TO && report.orders().size() == report.ordersReceived()) {
      printOrders(report, out);
    } else {
      printSummary(report, out);
    }
    if (report.clock() == Pacing.Kind.VIRTUAL) {
      out.printf(Locale.ROOT, "%nmakespan   %10s  opening to last order done, on a virtual clock: "
          + "the whole run took %.1f ms of wall time%n", seconds(report.makespanSeconds()), report.wallMillis());
    } else {
      out.printf(Locale.ROOT, "%nmakespan   %10s  (wall %.1f ms) opening to last order done%n",
          seconds(report.makespanSeconds()), report.wallMillis());
    }
    out.printf(Locale.ROOT, "sequential %10s  one blocking waiter serving every order received in turn%n",
        seconds(report.sequentialSeconds()));
    out.printf(Locale.ROOT, "floor      %10s  the slowest dispatched order on its own%n", seconds(report.floorSeconds()));
    // Sequential counts every order received; a speed-up over it only for a day whose every order was dispatched.
    out.printf(Locale.ROOT, "speed-up   %10s  over sequential%s%n", report.speedUp() == null ? "-"
        : String.format(Locale.ROOT, "%.2f x", report.speedUp()), report.pending() > 0
        ? " (none while orders are pending)" : report.notArrived() > 0 ? " (none while orders of the day have not arrived)"
        : report.failed() > 0 ? " (none: " + report.failed() + " orders failed, given up before their time)" : "");
    out.printf(Locale.ROOT, "orders     %10d  received: %d dispatched, %d failed, %d pending%s%n",
        report.ordersReceived(), report.dispatched(), report.failed(), report.pending(), report.notArrived() == 0 ? ""
            : "; " + report.notArrived() + " more of the day had not arrived when it ended");
    out.printf(Locale.ROOT, "kitchen    %10d  burnt products, %d ordered again%n", report.burntProducts(),
        report.retries());
    out.printf(Locale.ROOT, "restarts   %10s  after crashes%n", restarts(report.restarts()));
    for (LostNode lost : report.lostNodes()) {
      out.printf(Locale.ROOT, "lost node  %10s  %s, with %d waiters: its %d orders re-handed to other waiters%n",
          seconds(lost.atSeconds()), lost.node(), lost.waiters(), lost.ordersRehanded());
    }
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
    printService(report.service(), out);
    printLateness(report, out);
  }

  /**
   * On the real clock, how late the timers fired; past the bound, a warning that the times above
   * are inflated. Nothing on the virtual clock, where no timer is late.
   */
  private static void printLateness(RunReport report, PrintStream out) {
    TimerLateness late = report.timerLateness();
    if (late == null) {
      return;
    }
    out.printf(Locale.ROOT, "timers     %10s  late on average; p99 %s  max %s  %s (%d measured; %.3f ms of wall "
        + "time late on average)%n", seconds(late.meanSeconds()), seconds(late.p99Seconds()),
        seconds(late.maxSeconds()), late.measured(), late.timers(), late.meanWallMillis());
    if (!late.trustworthy()) {
      out.printf(Locale.ROOT, "WARNING    %10s  the timers fired %.3f ms late on average, %s at time-scale %s: more "
          + "than %s%% of the shortest timed interval (%s). The times above are inflated: give a larger --time-scale, "
          + "or run on the virtual clock (--clock virtual, one JVM)%n",
          "inflated", late.meanWallMillis(), seconds(late.meanSeconds()), number(report.timeScale()),
          number(100 * TimerLateness.BOUND), seconds(late.shortestTimedSeconds()));
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
    out.printf(Locale.ROOT, "orders     %10d  with %d products, served by %d waiters%n",
        report.ordersReceived(), report.products(), report.waitersWhoServed());
  }

  /** The statistics: every run has them; stations only with stations, the warm-up only with one. */
  private static void printService(ServiceReport service, PrintStream out) {
    out.println();
    printSpread("latency", service.latencySeconds(), "arrival to dispatched", out);
    printSpread("wait", service.waitSeconds(), "arrival to handed to a waiter", out);
    out.printf(Locale.ROOT, "waiters    %8.1f %%  of the slots' time holding an order%n",
        100 * service.waiterUtilization());
    out.printf(Locale.ROOT, "throughput %10.1f  orders dispatched an hour (%s arrivals)%n", service.ordersPerHour(),
        service.arrivals());
    if (service.failedOrders() > 0) {
      out.printf(Locale.ROOT, "failed     %10d  orders: no food; counted as never served, p95 %s%n", service.failedOrders(),
          service.p95ServedSeconds() == null ? "- (more than 5% failed)" : seconds(service.p95ServedSeconds()));
    }
    LittlesLaw little = service.littlesLaw();
    if (little != null && little.arrivalsPerHour() == 0) { // the orders inside all came before the window
      out.printf(Locale.ROOT, "little     %10s  no order arrived after the warm-up: Little's law has nothing to weigh%n",
          "-");
    } else if (little != null) {
      out.printf(Locale.ROOT, "little     %10.3f  orders inside on average; L = λW = %.1f an hour x %s s = %.3f%n",
          little.measured(), little.arrivalsPerHour(), Seconds.format3(little.meanSecondsInside()), little.predicted());
    }
    for (StationReport station : service.stations()) {
      out.printf(Locale.ROOT, "station    %10s  %d cook%s, %.1f %% busy; queue mean %.2f, max %d; wait mean %s, "
          + "p95 %s (%d products)%n", station.name(), station.cooks(), plural(station.cooks()),
          100 * station.utilization(), station.meanQueue(), station.maxQueue(),
          seconds(station.meanWaitSeconds()), seconds(station.p95WaitSeconds()), station.made());
    }
    if (service.warmUpSeconds() > 0) {
      out.printf(Locale.ROOT,
          "warm-up    %10s  the orders that arrived before it are left out of the per-order figures%n",
          seconds(service.warmUpSeconds()));
    }
  }

  private static void printSpread(String name, TimeSummary spread, String what, PrintStream out) {
    if (spread == null) {
      out.printf(Locale.ROOT, "%-10s %10s  %s: no order measured%n", name, "-", what);
      return;
    }
    out.printf(Locale.ROOT, "%-10s %10s  mean; p50 %s  p90 %s  p95 %s  p99 %s  max %s  %s (%d orders)%n", name,
        seconds(spread.mean()), seconds(spread.p50()), seconds(spread.p90()), seconds(spread.p95()),
        seconds(spread.p99()), seconds(spread.max()), what, spread.count());
  }

  /** An order's products; a long order's first few, and how many in all, so the table stays a table. */
  private static String products(ServedOrder order) {
    List<String> products = order.products();
    return products.size() <= PRODUCTS_LISTED_UP_TO ? String.join(", ", products)
        : String.join(", ", products.subList(0, PRODUCTS_LISTED_UP_TO)) + ", ... (" + products.size() + " in all)";
  }

  private static String restarts(Map<Worker, Integer> restarts) {
    return "waiter " + restarts.getOrDefault(Worker.WAITER, 0) + ", kitchen " + restarts.getOrDefault(Worker.KITCHEN, 0);
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
