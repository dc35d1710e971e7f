package restaurant.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import restaurant.config.Settings;
import restaurant.config.SettingsBuilder;
import restaurant.model.Distribution;
import restaurant.model.Menu;
import restaurant.model.Mode;
import restaurant.model.Order;
import restaurant.model.StopRequest;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.ServedOrder;

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
  void theBlockingWaiterTakesTheTimesTheActorsKitchenDraws() throws InterruptedException {
    Settings reference = ScaledReference.withWaiters(1);
    Menu exponential = new Menu(Map.of("burger", Duration.ofMillis(7500), "soda", Duration.ofSeconds(1),
        "beer", Duration.ofMillis(1200), "frites", Duration.ofSeconds(4)), Map.of(),
        Map.of("burger", Distribution.EXPONENTIAL, "frites", Distribution.EXPONENTIAL));
    Settings settings = SettingsBuilder.reference().waiters(1).maxRetries(reference.staff().maxRetries())
        .timeScale(reference.timing().timeScale()).seed(reference.seed()).menu(exponential).orders(reference.orders())
        .faults(reference.faults()).gracePeriod(reference.timing().gracePeriod()).clock(reference.timing().clock())
        .deliveryTime(reference.staff().deliveryTime()).build();

    RunReport report = SyncRestaurant.run(settings, new Progress(4), new StopRequest());

    long drawn = 0;
    boolean aDrawAboveTheMeans = false;
    for (Order order : settings.orders()) {
      long ownDraws = 0;
      double means = 0;
      for (int item = 0; item < order.products().size(); item++) {
        ownDraws += exponential.firstPreparationNanos(order, item, settings.seed());
        means += exponential.seconds(order.products().get(item));
      }
      drawn += ownDraws;
      aDrawAboveTheMeans |= ownDraws / 1e9 > means;
      // it really sleeps, so it can be late but never early: the drawn times, not the means
      ServedOrder served = report.orders().get(order.id());
      assertTrue(served.finishedSeconds() - served.takenSeconds() >= ownDraws / 1e9, served::toString);
    }
    assertTrue(aDrawAboveTheMeans, "no order would tell the draws from the means");
    assertEquals(drawn / 1e9, report.sequentialSeconds(), 1e-9);
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
