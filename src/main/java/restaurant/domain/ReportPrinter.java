package restaurant.domain;

import java.io.PrintStream;
import java.util.Locale;

/** The report as a table on the console. */
public final class ReportPrinter {
  private ReportPrinter() {}

  public static void print(RunReport report, PrintStream out) {
    out.printf(Locale.ROOT, "%nRestaurant report: %d waiter%s, %d open order%s each, time-scale %s%n",
        report.waiters(), plural(report.waiters()), report.maxOpenOrders(), plural(report.maxOpenOrders()),
        number(report.timeScale()));
    int productsWidth = "products".length();
    for (ServedOrder order : report.orders()) {
      productsWidth = Math.max(productsWidth, String.join(", ", order.products()).length());
    }
    String row = "%6s  %6s  %-" + productsWidth + "s  %12s  %12s  %10s%n";
    out.printf(Locale.ROOT, row, "order", "waiter", "products", "handed out", "dispatched", "latency");
    for (ServedOrder order : report.orders()) {
      out.printf(Locale.ROOT, row, order.id(), order.waiter(), String.join(", ", order.products()),
          seconds(order.takenSeconds()), seconds(order.dispatchedSeconds()), seconds(order.latencySeconds()));
    }
    out.printf(Locale.ROOT, "%nmakespan   %10s  (wall %.1f ms) first order handed out to last dispatched%n",
        seconds(report.makespanSeconds()), report.wallMillis());
    out.printf(Locale.ROOT, "sequential %10s  one blocking waiter cooking every product in turn%n",
        seconds(report.sequentialSeconds()));
    out.printf(Locale.ROOT, "floor      %10s  the slowest single product%n", seconds(report.floorSeconds()));
    out.printf(Locale.ROOT, "speed-up   %8.2f x  over sequential%n", report.speedUp());
  }

  private static String seconds(double seconds) {
    return Seconds.format3(seconds) + " s";
  }

  private static String number(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String plural(int count) {
    return count == 1 ? "" : "s";
  }
}
