package restaurant.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.model.Seconds;
import restaurant.report.RunReport;

/** The three designs one after another on the same workload, in one table. */
public final class Comparison {
  private record Row(Mode mode, RunReport report, ResourceMeter.Usage usage) {}

  /** Runs one mode on the workload; the command line's, with its progress line. */
  public interface ModeRunner {
    RunReport run(Mode mode) throws InterruptedException;
  }

  private Comparison() {}

  public static void run(Settings settings, ModeRunner runner, PrintStream out) throws InterruptedException {
    List<Row> rows = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      ResourceMeter meter = ResourceMeter.start();
      RunReport report = runner.run(mode);
      rows.add(new Row(mode, report, meter.stop()));
      if (report.stopped()) { // SIGINT or SIGTERM: the table shows what ran
        break;
      }
    }

    RunReport sync = rows.get(0).report();
    out.printf(Locale.ROOT, "%nSame %d orders, %d waiters (%d open order%s each for actors), %stime-scale %s%n",
        settings.orders().size(), settings.staff().waiters(), settings.staff().maxOpenOrders(),
        settings.staff().maxOpenOrders() == 1 ? "" : "s", settings.staff().deliveryTime().isZero() ? ""
            : Seconds.format(settings.staff().deliveryTime()) + " s to each table, ",
        java.math.BigDecimal.valueOf(settings.timing().timeScale()).stripTrailingZeros().toPlainString()); // not 1.0E-4
    String format = "%-18s  %12s  %12s  %9s  %12s  %10s  %9s%n";
    out.printf(Locale.ROOT, format, "mode", "makespan", "wall time", "CPU time", "peak threads", "peak heap",
        "speed-up");
    for (Row row : rows) {
      RunReport report = row.report();
      // A speed-up compares whole services: not a stopped one, nor one that served nothing.
      boolean comparable = !sync.stopped() && !report.stopped() && report.makespanSeconds() > 0
          && report.dispatched() > 0;
      out.printf(Locale.ROOT, format, row.mode() + (report.stopped() ? " (STOPPED)" : ""),
          String.format(Locale.ROOT, "%.3f s", row.report().makespanSeconds()),
          String.format(Locale.ROOT, "%.3f s", row.usage().wallSeconds()),
          String.format(Locale.ROOT, "%.2f s", row.usage().cpuSeconds()),
          row.usage().peakThreads(),
          String.format(Locale.ROOT, "%.0f MB", row.usage().peakHeapBytes() / 1e6),
          comparable ? String.format(Locale.ROOT, "%.2f x", sync.makespanSeconds() / report.makespanSeconds())
              : "-");
    }
    if (rows.get(rows.size() - 1).report().stopped()) {
      out.println("stopped: the modes after it did not run.");
    }
    out.println("makespan: simulated, opening to last order done; wall time: the whole run, "
        + "start-up included; sync has 1 waiter, threads 1 open order per waiter.");
    List<String> inflated = rows.stream().filter(row -> row.report().timerLateness() != null
        && !row.report().timerLateness().trustworthy()).map(row -> row.mode().toString()).toList();
    if (!inflated.isEmpty()) { // as a run's own report says it: its times, and the speed-ups, are not the model's
      out.printf(Locale.ROOT, "WARNING: the makespans of %s are inflated: their timers fired late, more than %s%% of the"
          + " shortest timed interval on average (see each run's report); give a larger --time-scale%n",
          String.join(", ", inflated), java.math.BigDecimal.valueOf(100 * restaurant.report.TimerLateness.BOUND)
              .stripTrailingZeros().toPlainString());
    }
  }
}
