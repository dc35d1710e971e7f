package restaurant.report;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import restaurant.model.Order;
import restaurant.model.OrderOutcome;

/**
 * The orders in waiters' hands, each with who holds it since when and the price noted when it was
 * handed out, and which orders are done, dispatched or failed. An order's entry lives while it is
 * in flight; once it is done, two bits are all that is kept of it. Not thread-safe: the ledger's.
 */
final class OrdersInFlight {
  /** An order in a waiter's hands, and the price noted when it was handed out. */
  record InFlight(Order order, int waiter, long handedOutAt, long priceCents) {}

  private final Map<Integer, InFlight> inFlight = new HashMap<>();
  private final BitSet done = new BitSet();
  private final BitSet dispatched = new BitSet();

  void handedOut(Order order, int waiter, long nanos, long priceCents) {
    inFlight.put(order.id(), new InFlight(order, waiter, nanos, priceCents));
  }

  /** Why {@code waiter} cannot finish the order with {@code result}, or null when it can. */
  String whyNotFinished(int orderId, int waiter, OrderOutcome result) {
    if (done.get(orderId)) {
      return "order " + orderId + " " + result + " by waiter " + waiter + " after it was already "
          + (dispatched.get(orderId) ? OrderOutcome.DISPATCHED : OrderOutcome.FAILED);
    }
    InFlight held = inFlight.get(orderId);
    if (held == null || held.waiter() != waiter) {
      return "order " + orderId + " finished by waiter " + waiter + ", who was not handed it";
    }
    return null;
  }

  /** The order is done (its waiter may finish it): no longer in flight. Returns what it was. */
  InFlight finished(int orderId, boolean isDispatched) {
    done.set(orderId);
    if (isDispatched) {
      dispatched.set(orderId);
    }
    return inFlight.remove(orderId);
  }

  /** The order's waiter is gone: it is in no one's hands. Returns what it was, or null if it was in none. */
  InFlight lost(int orderId) {
    return inFlight.remove(orderId);
  }
}
