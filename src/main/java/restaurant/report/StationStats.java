package restaurant.report;

import java.util.ArrayList;
import java.util.List;
import restaurant.model.KitchenStation;

/**
 * One kitchen station's statistics as the run goes: its queue and busy cooks integrated over time
 * from the end of the warm-up, and the wait of each product that joined it after the warm-up.
 * Owned by the kitchen; its memory does not grow with the products.
 */
public final class StationStats {
  private final KitchenStation station;
  private final double timeScale;
  private long windowStart = Long.MAX_VALUE;
  private long lastChange = Long.MIN_VALUE;
  private int queue;
  private int busy;
  private int maxQueue;
  private double queueArea;
  private double busyArea;
  private final TimeSpread waits = new TimeSpread();
  /** The queue over time, for the chart; made when the window is known, from the kitchen's first event. */
  private StepSeries queueSeries;
  /** Its cooks at work over time, likewise. */
  private StepSeries busySeries;
  private long openedAt;
  /** Each product made, for a run short enough to list them; null otherwise. */
  private final List<CookedProduct> cooked;

  /** @param listsProducts keep each product made, for the page's timeline: for runs short enough to list */
  public StationStats(KitchenStation station, double timeScale, boolean listsProducts) {
    this.station = station;
    this.timeScale = timeScale;
    this.cooked = listsProducts ? new ArrayList<>() : null;
  }

  /** The statistics count from {@code windowStart} on: the opening plus the warm-up. */
  public void openWindow(long windowStartNanos, long openedAtNanos) {
    windowStart = windowStartNanos;
    openedAt = openedAtNanos;
    queueSeries = new StepSeries(openedAtNanos, Math.round(1e9 * timeScale));
    busySeries = new StepSeries(openedAtNanos, Math.round(1e9 * timeScale));
  }

  /** The station's queue and busy cooks are now these. */
  public void changed(long nanos, int queueLength, int busyCooks) {
    integrate(nanos);
    if (queueSeries != null && queueLength != queue) {
      queueSeries.change(nanos, queueLength - queue);
    }
    if (busySeries != null && busyCooks != busy) {
      busySeries.change(nanos, busyCooks - busy);
    }
    queue = queueLength;
    busy = busyCooks;
    if (nanos >= windowStart) {
      maxQueue = Math.max(maxQueue, queue);
    }
  }

  /** Cook {@code cook} (from 0) made a product from {@code startNanos} to {@code readyNanos}. */
  public void cooked(int order, String product, int cook, long startNanos, long readyNanos, boolean burnt) {
    if (cooked != null) {
      cooked.add(new CookedProduct(order, product, cook + 1, (startNanos - openedAt) / 1e9 / timeScale,
          (readyNanos - openedAt) / 1e9 / timeScale, burnt));
    }
  }

  /** A cook took a product that had joined the station at {@code joinedNanos}. */
  public void waited(long joinedNanos, long takenNanos) {
    if (joinedNanos >= windowStart) {
      waits.record((takenNanos - joinedNanos) / 1e9 / timeScale);
    }
  }

  public StationReport report(long endNanos) {
    integrate(endNanos);
    // Events the kitchen handled after the cashier's end (the wall clock moves on) are in the areas: count their time.
    double window = Math.max(endNanos, lastChange) - windowStart;
    TimeSummary wait = waits.summary();
    Double meanWait = wait == null ? null : wait.mean();
    Double p95Wait = wait == null ? null : wait.p95();
    if (windowStart == Long.MAX_VALUE || window <= 0) {
      return new StationReport(station.name(), station.cooks(), station.products(), 0, 0, maxQueue, meanWait, p95Wait,
          waits.count(), points(queueSeries), points(busySeries), cookedSoFar());
    }
    return new StationReport(station.name(), station.cooks(), station.products(), busyArea / (station.cooks() * window),
        queueArea / window, maxQueue, meanWait, p95Wait, waits.count(), points(queueSeries), points(busySeries), cookedSoFar());
  }

  private List<CookedProduct> cookedSoFar() {
    return cooked == null ? List.of() : List.copyOf(cooked);
  }

  private List<double[]> points(StepSeries series) {
    return series == null ? List.of() : series.points(timeScale);
  }

  private void integrate(long nanos) {
    long now = Math.max(nanos, lastChange);
    long from = Math.max(lastChange, windowStart);
    if (now > from) {
      queueArea += queue * (double) (now - from);
      busyArea += busy * (double) (now - from);
      if (lastChange < windowStart) { // the window opens on a queue already there
        maxQueue = Math.max(maxQueue, queue);
      }
    }
    lastChange = now;
  }
}
