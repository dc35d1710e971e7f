package restaurant.baseline;

import restaurant.domain.Order;
import restaurant.domain.Progress;
import restaurant.domain.RunReport;
import restaurant.domain.ServiceLog;
import restaurant.domain.Settings;

/**
 * COUNTER-EXAMPLE: the original post's first program. One thread; waiter 1 takes every order
 * and waits for each product in turn. The reference workload takes 43.8 s.
 */
public final class SyncRestaurant {
  private SyncRestaurant() {}

  public static RunReport run(Settings settings, Progress progress) throws InterruptedException {
    Settings staff = settings.withStaff(1, 1);
    ServiceLog serviceLog = new ServiceLog("sync", staff, progress);
    BlockingWaiter waiter = new BlockingWaiter(1, staff, serviceLog);
    for (Order order : settings.orders()) {
      waiter.serve(order);
    }
    return serviceLog.report(false);
  }
}
