package restaurant.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import restaurant.model.Mode;
import restaurant.model.StopRequest;
import restaurant.report.Progress;
import restaurant.report.RunReport;

/**
 * Each blocking waiter thread really sleeps, so in real time its makespan can never beat the
 * model: that bound cannot flake. How far above the model it lands depends on the machine, so
 * the benchmark measures that, not this test.
 */
class ThreadsRestaurantTest {
  @Test
  void threadsTakeTheOrdersFromOneQueueAndAllGoHome() throws InterruptedException {
    RunReport report = ThreadsRestaurant.run(ScaledReference.withWaiters(2), new Progress(4), new StopRequest());

    // The model: one waiter serves order 0 (8.5 s), 2 (3.6 s) and 3 (11.5 s) while the other
    // serves order 1 (20.2 s): 23.6 s. The original post measured 23.7 s, its overhead included.
    assertTrue(report.makespanSeconds() >= 23.6, () -> "faster than the model: " + report.makespanSeconds());
    assertEquals(Mode.THREADS, report.mode());
    ScaledReference.assertEveryOrderDispatchedOnce(report);
    assertTrue(Thread.getAllStackTraces().keySet().stream()
        .noneMatch(thread -> thread.getName().startsWith("waiter-") && thread.isAlive()), "a waiter thread is left");
  }

  @Test
  void moreWaiterThreadsThanOrdersStillAllGoHome() throws InterruptedException {
    RunReport report = ThreadsRestaurant.run(ScaledReference.withWaiters(8), new Progress(4), new StopRequest());

    ScaledReference.assertEveryOrderDispatchedOnce(report);
    assertTrue(report.makespanSeconds() >= 7.5);
    assertTrue(Thread.getAllStackTraces().keySet().stream()
        .noneMatch(thread -> thread.getName().startsWith("waiter-") && thread.isAlive()), "a waiter thread is left");
  }

  @Test
  void aStopBeforeTheRunLeavesEveryOrderPending() throws InterruptedException {
    StopRequest stop = new StopRequest();
    stop.request();

    RunReport report = ThreadsRestaurant.run(ScaledReference.withWaiters(2), new Progress(4), stop);

    assertTrue(report.stopped());
    assertEquals(0, report.dispatched());
    assertEquals(4, report.pending());
    assertTrue(report.invariantHolds(), report.problems()::toString);
    assertTrue(!Thread.currentThread().isInterrupted(), "the stop left the caller interrupted");
  }
}
