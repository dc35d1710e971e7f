package restaurant.report;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import restaurant.model.Menu;
import restaurant.model.Order;
import restaurant.model.OrderOutcome;

/**
 * The report's orders, read from a copy of the ledger's columns as they are asked for. A million
 * {@link ServedOrder} records made up front, each with a price and two boxed times, outlive a
 * young collection and cost a 1M-order run some 0.4 s; made on demand, each is garbage at once.
 * Immutable: the columns are the ledger's as they were when the report was made.
 */
final class ServedOrders extends AbstractList<ServedOrder> implements RandomAccess {
  /** The ledger's columns, copied (see {@link Ledger} for their encoding), by order id. */
  record Columns(int[] waiterOf, long[] handedOutAt, long[] finishedAt, byte[] outcome, byte[] again,
      Map<Integer, String> failureReasons) {}

  private final List<Order> orders;
  private final Menu menu;
  private final Columns columns;
  /** The clock's reading at the opening: time 0 of the report. */
  private final long start;
  private final double timeScale;

  ServedOrders(List<Order> orders, Menu menu, Columns columns, long start, double timeScale) {
    this.orders = orders;
    this.menu = menu;
    this.columns = columns;
    this.start = start;
    this.timeScale = timeScale;
  }

  @Override
  public ServedOrder get(int index) {
    Order order = orders.get(index);
    int id = order.id();
    long handedOut = columns.handedOutAt()[id];
    long finished = columns.finishedAt()[id];
    OrderOutcome outcome = OrderLines.outcomeOf(columns.outcome()[id]);
    return new ServedOrder(id, columns.waiterOf()[id], order.products(), BigDecimal.valueOf(menu.priceCents(order), 2),
        outcome, outcome == OrderOutcome.FAILED ? columns.failureReasons().get(id) : null, OrderLines.reordered(columns.again()[id]),
        OrderLines.rehanded(columns.again()[id]), order.arrivalSeconds(),
        handedOut == OrderLines.NOT_YET ? null : Ledger.simulatedSeconds(handedOut - start, timeScale),
        finished == OrderLines.NOT_YET ? null : Ledger.simulatedSeconds(finished - start, timeScale));
  }

  @Override
  public int size() {
    return orders.size();
  }
}
