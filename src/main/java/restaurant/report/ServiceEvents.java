package restaurant.report;

import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import restaurant.model.Distribution;
import restaurant.model.Menu;
import restaurant.model.Order;
import restaurant.model.Seconds;

/**
 * The per-event log lines of a waiter, as the original post wrote them, shared by the actor
 * waiter and the blocking ones. Every per-event line carries the {@link #EVENT} marker, so
 * {@code --quiet} (or a logback MarkerFilter) can drop them all and keep the summaries. Callers
 * check {@code isInfoEnabled(EVENT)} once and skip these calls, and the MDC, when it is off.
 */
public final class ServiceEvents {
  public static final Marker EVENT = MarkerFactory.getMarker("EVENT");

  private ServiceEvents() {}

  /** The order's {@code item} asked for, with the time it will cook: its menu time, or the one drawn for it. */
  public static void request(Logger log, int waiter, Order order, int item, Menu menu, long seed) {
    String product = order.products().get(item);
    String wait = menu.distribution(product) == Distribution.FIXED ? Seconds.format(menu.preparationTime(product))
        : Seconds.format3(menu.firstPreparationNanos(order, item, seed) / 1e9);
    log.info(EVENT, "<Waiter: {}> [Order: {}] Request {}. Wait {} s", waiter, order.id(), product, wait);
  }

  /**
   * An event line about one order, with that order and its waiter ({@code waiterId} 0: none yet)
   * in the MDC: the message being handled may be about another (a dispatched order frees the slot
   * the next one is handed to). The MDC is as it was after.
   */
  public static void aboutOrder(Logger log, int orderId, int waiterId, String format, Object... arguments) {
    Map<String, String> outer = MDC.getCopyOfContextMap();
    MDC.put("order", Integer.toString(orderId));
    if (waiterId > 0) {
      MDC.put("waiter", Integer.toString(waiterId));
    } else {
      MDC.remove("waiter");
    }
    log.info(EVENT, format, arguments);
    if (outer == null) {
      MDC.clear();
    } else {
      MDC.setContextMap(outer);
    }
  }

  public static void productDone(Logger log, int waiter, int orderId, String product) {
    log.info(EVENT, "<Waiter: {}> [Order: {}] Done {}", waiter, orderId, product);
  }

  /** The order's last product is in: the waiter brings it to its table, for the delivery time. */
  public static void bringToTable(Logger log, int waiter, int orderId, Duration deliveryTime) {
    log.info(EVENT, "<Waiter: {}> [Order: {}] Bring it to the table. Wait {} s", waiter, orderId,
        Seconds.format(deliveryTime));
  }

  /** Done order!, Dispatch (each product), Done dispatch! */
  public static void dispatch(Logger log, int waiter, Order order) {
    log.info(EVENT, "<Waiter: {}> [Order: {}] Done order!", waiter, order.id());
    for (String product : order.products()) {
      log.info(EVENT, "<Waiter: {}> [Order: {}] Dispatch {}", waiter, order.id(), product);
    }
    log.info(EVENT, "<Waiter: {}> [Order: {}] Done dispatch!", waiter, order.id());
  }
}
