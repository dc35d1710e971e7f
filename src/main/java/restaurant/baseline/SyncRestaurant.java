package restaurant.baseline;

import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.model.Order;
import restaurant.model.StopRequest;
import restaurant.report.Ledger;
import restaurant.report.Progress;
import restaurant.report.RunReport;

/**
 * COUNTER-EXAMPLE: the original post's first program. One thread; waiter 1 takes every order
 * and waits for each product in turn. The reference workload takes 43.8 s.
 */
public final class SyncRestaurant {
  private SyncRestaurant() {}

  /** Runs on the caller's thread; a stop interrupts it, and the orders not done are pending. */
  public static RunReport run(Settings settings, Progress progress, StopRequest stop) {
    Settings staff = settings.withStaff(1, 1);
    Ledger ledger = new Ledger(Mode.SYNC, staff, progress);
    BlockingWaiter waiter = new BlockingWaiter(1, staff, ledger);
    Thread serving = Thread.currentThread();
    stop.whenRequested(serving::interrupt);
    try {
      for (Order order : settings.orders()) {
        waiter.serve(order);
      }
      return ledger.report(false, null);
    } catch (InterruptedException stopped) {
      return ledger.report(true, null);
    } finally {
      stop.clear();
      Thread.interrupted(); // a stop that came as the last order was done
    }
  }
}
