package restaurant.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.model.Order;
import restaurant.model.StopRequest;
import restaurant.report.Ledger;
import restaurant.report.Progress;
import restaurant.report.RunReport;

/**
 * COUNTER-EXAMPLE: the original post's second program. One platform thread per waiter, all
 * taking orders from one shared queue, each waiting for each product in turn. The reference
 * workload takes 23.7 s with 2 waiters.
 *
 * <p>The original checks that the queue is not empty and then takes from it: two waiters can
 * both pass the check for the last order, and one blocks for ever. Here a waiter takes with a
 * single {@code poll()}, which either hands it an order or tells it there are none left.
 */
public final class ThreadsRestaurant {
  /** One OS thread per waiter: past this the machine, not the restaurant, is what is measured. */
  public static final int MAX_WAITERS = 10_000;

  private ThreadsRestaurant() {}

  /** A stop interrupts every waiter thread; the orders they had not done are pending. */
  public static RunReport run(Settings settings, Progress progress, StopRequest stop) throws InterruptedException {
    Settings staff = settings.withStaff(settings.staff().waiters(), 1);
    Ledger ledger = new Ledger(Mode.THREADS, staff, progress);
    Queue<Order> orders = new ConcurrentLinkedQueue<>(settings.orders());
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> waiters = new ArrayList<>();
    for (int id = 1; id <= staff.staff().waiters(); id++) {
      BlockingWaiter waiter = new BlockingWaiter(id, staff, ledger);
      Thread thread = new Thread(() -> {
        try {
          for (Order order = orders.poll(); order != null; order = orders.poll()) {
            waiter.serve(order);
          }
        } catch (InterruptedException stopped) {
          // the run was stopped: this waiter goes home, its order pending
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
        }
      }, "waiter-" + id);
      waiters.add(thread);
      thread.start();
    }
    stop.whenRequested(() -> waiters.forEach(Thread::interrupt));
    try {
      for (Thread thread : waiters) {
        thread.join(); // every waiter goes home: no thread is left behind
      }
    } finally {
      stop.clear();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a waiter thread failed", failure.get());
    }
    return ledger.report(stop.isRequested(), null);
  }
}
