package restaurant.baseline;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import restaurant.config.Settings;
import restaurant.model.Order;
import restaurant.model.OrderOutcome;
import restaurant.report.Ledger;
import restaurant.report.ServiceEvents;

/**
 * COUNTER-EXAMPLE. A waiter that asks the kitchen for one product at a time and sleeps its
 * thread until the product is ready, as the original post's waiters do, and sleeps again while
 * it brings the order to its table (restaurant.waiter.delivery-time).
 */
final class BlockingWaiter {
  private static final Logger log = LoggerFactory.getLogger(BlockingWaiter.class);

  private final int id;
  private final Settings settings;
  private final Ledger ledger;

  /** @param ledger shared by every waiter of the run: each use locks it */
  BlockingWaiter(int id, Settings settings, Ledger ledger) {
    this.id = id;
    this.settings = settings;
    this.ledger = ledger;
  }

  void serve(Order order) throws InterruptedException {
    synchronized (ledger) {
      ledger.handedOut(order, id, System.nanoTime());
    }
    boolean logsEvents = log.isInfoEnabled(ServiceEvents.EVENT);
    MDC.put("waiter", Integer.toString(id));
    MDC.put("order", Integer.toString(order.id()));
    try {
      for (int item = 0; item < order.products().size(); item++) {
        String product = order.products().get(item);
        if (logsEvents) {
          ServiceEvents.request(log, id, order, item, settings.menu(), settings.seed());
        }
        // the time the actors' kitchen takes for it too: drawn from the seed, for a time that varies
        long nanos = settings.menu().firstPreparationNanos(order, item, settings.seed());
        TimeUnit.NANOSECONDS.sleep(settings.scaled(Duration.ofNanos(nanos)).toNanos()); // blocks
        if (logsEvents) {
          ServiceEvents.productDone(log, id, order.id(), product);
        }
      }
      if (!settings.staff().deliveryTime().isZero()) {
        if (logsEvents) {
          ServiceEvents.bringToTable(log, id, order.id(), settings.staff().deliveryTime());
        }
        TimeUnit.NANOSECONDS.sleep(settings.scaled(settings.staff().deliveryTime()).toNanos()); // blocks too
      }
      if (logsEvents) {
        ServiceEvents.dispatch(log, id, order);
      }
    } finally {
      MDC.clear();
    }
    synchronized (ledger) {
      ledger.done(order.id(), id, OrderOutcome.DISPATCHED, null, System.nanoTime());
    }
  }
}
