package restaurant.report;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import restaurant.model.Menu;
import restaurant.model.Order;
import restaurant.model.OrderOutcome;

/**
 * Each order's line for the report, by order id, a column per field: who took it, when it was
 * handed out and done, how it ended, whether it was done over in part. Only for runs short
 * enough to list: past {@link Ledger#LISTED_UP_TO} orders it keeps none, and lists none. Not
 * thread-safe: the ledger's.
 */
final class OrderLines {
  /** In handedOutAt and finishedAt: not yet. */
  static final long NOT_YET = Long.MIN_VALUE;
  private static final byte PENDING = 0;
  private static final byte DISPATCHED = 1;
  private static final byte FAILED = 2;
  /** In {@code again}: bits. */
  private static final byte REORDERED = 1;
  private static final byte REHANDED = 2;

  /** False past LISTED_UP_TO orders: the columns are empty, and nothing is noted. */
  private final boolean listed;
  private final int[] waiterOf;
  private final long[] handedOutAt;
  private final long[] finishedAt;
  private final byte[] outcome;
  /** REORDERED and REHANDED bits: the order done over in part, for the page's timeline. */
  private final byte[] again;
  private final Map<Integer, String> failureReasons = new HashMap<>();

  OrderLines(int count) {
    listed = count <= Ledger.LISTED_UP_TO;
    int lines = listed ? count : 0;
    waiterOf = new int[lines];
    handedOutAt = new long[lines];
    finishedAt = new long[lines];
    outcome = new byte[lines];
    again = new byte[lines];
    Arrays.fill(handedOutAt, NOT_YET);
    Arrays.fill(finishedAt, NOT_YET);
  }

  void handedOut(int orderId, int waiter, long nanos) {
    if (listed) {
      waiterOf[orderId] = waiter;
      handedOutAt[orderId] = nanos;
    }
  }

  /** @param reason why a failed order failed; null for a dispatched one */
  void finished(int orderId, boolean dispatched, String reason, long nanos) {
    if (!listed) {
      return;
    }
    outcome[orderId] = dispatched ? DISPATCHED : FAILED;
    finishedAt[orderId] = nanos;
    if (!dispatched) {
      failureReasons.put(orderId, reason);
    }
  }

  /** A product of the order was ordered again (a burn, a kitchen crash). */
  void reordered(int orderId) {
    if (listed) {
      again[orderId] |= REORDERED;
    }
  }

  /** The order was handed again (its waiter crashed, or its node was lost). */
  void rehanded(int orderId) {
    if (listed) {
      again[orderId] |= REHANDED;
    }
  }

  /**
   * The lines of the first {@code orders} as they are now, for a report: a copy, which later
   * changes leave alone; none past LISTED_UP_TO orders.
   */
  List<ServedOrder> snapshot(List<Order> orders, Menu menu, long start, double timeScale) {
    if (!listed) {
      return List.of();
    }
    return new ServedOrders(orders, menu, new ServedOrders.Columns(waiterOf.clone(), handedOutAt.clone(),
        finishedAt.clone(), outcome.clone(), again.clone(), Collections.unmodifiableMap(new HashMap<>(failureReasons))),
        start, timeScale);
  }

  static OrderOutcome outcomeOf(byte outcome) {
    return switch (outcome) {
      case DISPATCHED -> OrderOutcome.DISPATCHED;
      case FAILED -> OrderOutcome.FAILED;
      default -> OrderOutcome.PENDING;
    };
  }

  static boolean reordered(byte again) {
    return (again & REORDERED) != 0;
  }

  static boolean rehanded(byte again) {
    return (again & REHANDED) != 0;
  }
}
