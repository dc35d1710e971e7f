package restaurant.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import restaurant.model.Mode;
import restaurant.model.StopRequest;
import restaurant.report.Progress;
import restaurant.report.RunReport;

/**
 * The one blocking waiter really sleeps, so in real time its makespan can never beat the
 * model: that bound cannot flake. How far above the model it lands depends on the machine, so
 * the benchmark measures that, not this test.
 */
class SyncRestaurantTest {
  @Test
  void syncTakesEveryProductInTurn() throws InterruptedException {
    RunReport report = SyncRestaurant.run(ScaledReference.withWaiters(2), new Progress(4), new StopRequest());

    assertTrue(report.makespanSeconds() >= 43.8, () -> "faster than the model: " + report.makespanSeconds());
    assertEquals(Mode.SYNC, report.mode());
    assertEquals(1, report.waiters()); // waiter 1 does everything, whatever the settings say
    report.orders().forEach(order -> assertEquals(1, order.waiter()));
    ScaledReference.assertEveryOrderDispatchedOnce(report);
  }

  @Test
  void theBlockingWaiterBringsEveryOrderToItsTableToo() throws InterruptedException {
    RunReport report = SyncRestaurant.run(ScaledReference.withWaitersDelivering(1, Duration.ofSeconds(30)),
        new Progress(4), new StopRequest());

    // 43.8 s of cooking and four deliveries of 30 s, one after another.
    assertTrue(report.makespanSeconds() >= 163.8, () -> "faster than the model: " + report.makespanSeconds());
    assertEquals(163.8, report.sequentialSeconds(), 1e-9);
    report.orders().forEach(order -> assertTrue(order.finishedSeconds() - order.takenSeconds() >= 30,
        order::toString));
    ScaledReference.assertEveryOrderDispatchedOnce(report);
  }

  @Test
  void aStopBeforeTheRunLeavesEveryOrderPending() throws InterruptedException {
    StopRequest stop = new StopRequest();
    stop.request();

    RunReport report = SyncRestaurant.run(ScaledReference.withWaiters(2), new Progress(4), stop);

    assertTrue(report.stopped());
    assertEquals(0, report.dispatched());
    assertEquals(4, report.pending());
    assertTrue(report.invariantHolds(), report.problems()::toString);
    assertTrue(!Thread.currentThread().isInterrupted(), "the stop left the caller interrupted");
  }
}
