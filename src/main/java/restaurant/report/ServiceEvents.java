package restaurant.report;

import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
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

  public static void request(Logger log, int waiter, int orderId, String product, Menu menu) {
    log.info(EVENT, "<Waiter: {}> [Order: {}] Request {}. Wait {} s",
        waiter, orderId, product, Seconds.format(menu.preparationTime(product)));
  }

  public static void productDone(Logger log, int waiter, int orderId, String product) {
    log.info(EVENT, "<Waiter: {}> [Order: {}] Done {}", waiter, orderId, product);
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
