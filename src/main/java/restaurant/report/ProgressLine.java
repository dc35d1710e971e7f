package restaurant.report;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A progress line on stderr for runs longer than about 2 s: orders dispatched out of the total,
 * the rate and the time left, redrawn four times a second. Only on a terminal: redirected
 * output stays clean. Only when the event lines are off, too: both would share the terminal.
 */
public final class ProgressLine implements AutoCloseable {
  /** No line at all. */
  public static final ProgressLine NONE = new ProgressLine(null, 0, null, null, false);

  private static final long FIRST_AFTER_MILLIS = 2000;
  private static final long EVERY_MILLIS = 250;

  private final ScheduledExecutorService ticker;
  private final PrintStream err;
  private volatile int width;

  /** @param unit what is counted, "orders" or "runs" */
  private ProgressLine(IntSupplier done, int total, String unit, PrintStream err, boolean shown) {
    this.err = err;
    if (!shown) {
      ticker = null;
      return;
    }
    long start = System.nanoTime();
    ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "progress-line");
      thread.setDaemon(true);
      return thread;
    });
    ticker.scheduleAtFixedRate(() -> {
      String line = line(done.getAsInt(), total, unit, (System.nanoTime() - start) / 1e9);
      width = Math.max(width, line.length());
      err.print("\r" + line);
      err.flush();
    }, FIRST_AFTER_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Shows the line on stderr when the JVM has a terminal (its console), else shows nothing. */
  public static ProgressLine startIfTerminal(Progress progress) {
    return new ProgressLine(progress::dispatched, progress.total(), "orders", System.err, System.console() != null);
  }

  /** A sweep's: runs done of the total. */
  public static ProgressLine startIfTerminal(IntSupplier runsDone, int runs) {
    return new ProgressLine(runsDone, runs, "runs", System.err, System.console() != null);
  }

  static String line(int dispatched, int total, double elapsedSeconds) {
    return line(dispatched, total, "orders", elapsedSeconds);
  }

  static String line(int dispatched, int total, String unit, double elapsedSeconds) {
    double rate = dispatched / Math.max(elapsedSeconds, 1e-9);
    String eta = dispatched == 0 ? "?" : String.format(Locale.ROOT, "%.0f s", (total - dispatched) / rate);
    // A slow run's rate keeps a decimal: 2 orders in 2.5 s is 0.8 orders/s, not 0.
    String rateFormat = rate < 10 ? "%.1f" : "%,.0f";
    return String.format(Locale.ROOT, "%,d / %,d " + unit + (unit.equals("orders") ? " dispatched" : " done") + "  "
        + rateFormat + " " + unit + "/s  ETA %s", dispatched, total, rate, eta);
  }

  @Override
  public void close() {
    if (ticker == null) {
      return;
    }
    ticker.shutdownNow();
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
    }
  }
}
