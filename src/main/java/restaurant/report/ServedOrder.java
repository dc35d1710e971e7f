package restaurant.report;

import java.math.BigDecimal;
import java.util.List;
import restaurant.model.OrderOutcome;

/**
 * One order in the report. Times are simulated seconds from the opening;
 * {@code takenSeconds} is null for an order never handed out, {@code finishedSeconds} for one
 * neither dispatched nor failed.
 *
 * @param reason          why a failed order failed ("burger burnt 4 times"); null for any other
 * @param reordered       a product of it was ordered again (it came out burnt, or a kitchen crash lost it)
 * @param rehanded        it was handed to its waiter again, after the waiter crashed
 * @param finishedSeconds when it was dispatched, or given up
 */
public record ServedOrder(int id, int waiter, List<String> products, BigDecimal price, OrderOutcome outcome,
    String reason, boolean reordered, boolean rehanded, double arrivalSeconds, Double takenSeconds, Double finishedSeconds) {

  /** Arrival to dispatched (or given up); null if it has not happened. */
  public Double latencySeconds() {
    return finishedSeconds == null ? null : finishedSeconds - arrivalSeconds;
  }
}
