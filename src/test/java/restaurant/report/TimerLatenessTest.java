package restaurant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import restaurant.config.Settings;
import restaurant.config.SettingsBuilder;
import restaurant.model.Menu;
import restaurant.model.Order;

/** The lateness of timers, measured (given the clock readings) and judged. */
class TimerLatenessTest {
  private static final String KITCHEN = TimerLateness.KITCHEN_AND_ARRIVALS;
  private static final long MS = 1_000_000;

  /** {@code late} timers, each due at 0 and handled that many milliseconds after. */
  private static LatenessMeter meter(long... lateMillis) {
    LatenessMeter meter = new LatenessMeter();
    for (long late : lateMillis) {
      meter.record(5_000 * MS, 5_000 * MS + late * MS);
    }
    return meter;
  }

  @Test
  void aMeterKeepsTheCountTheMeanTheP99AndTheMaximum() {
    long[] lateness = new long[200];
    for (int i = 0; i < 200; i++) {
      lateness[i] = i < 198 ? 1 : 50; // 99% at 1 ms, the two latest at 50 ms
    }
    LatenessMeter meter = meter(lateness);

    assertEquals(200, meter.timers());
    assertEquals((198 + 100) * MS / 200.0, meter.meanNanos(), 1e-6);
    assertEquals(1 * MS, meter.p99Nanos(), MS / 1000.0); // within the histogram's three digits
    assertEquals(50 * MS, meter.maxNanos());
  }

  @Test
  void aTimerHandledEarlyCountsAsOnTimeAndAnEmptyMeterReadsZero() {
    LatenessMeter meter = new LatenessMeter();
    assertEquals(0, meter.meanNanos());
    assertEquals(0, meter.p99Nanos());

    meter.record(10 * MS, 9 * MS);

    assertEquals(1, meter.timers());
    assertEquals(0, meter.maxNanos());
  }

  @Test
  void anotherActorsSampleAddsUpAsIfOneMeterHadMeasuredBoth() {
    LatenessMeter kitchen = meter(1, 2, 3);
    LatenessMeter cashier = meter(10, 20);

    cashier.add(kitchen.sample());
    cashier.add(new LatenessMeter().sample()); // none: nothing changes

    LatenessMeter both = meter(1, 2, 3, 10, 20);
    assertEquals(5, cashier.timers());
    assertEquals(both.meanNanos(), cashier.meanNanos());
    assertEquals(both.maxNanos(), cashier.maxNanos());
    assertEquals(both.p99Nanos(), cashier.p99Nanos());
    assertEquals(both.sample(), cashier.sample());
  }

  @Test
  void withinTheBoundTheTimesAreTrustedAndSimulatedTimeIsWallTimeOverTheTimeScale() {
    // 0.05 ms late on average at time-scale 0.001: 0.05 s simulated, within 1% of a 10 s product (0.1 s)
    LatenessMeter meter = new LatenessMeter();
    meter.record(0, 40_000);
    meter.record(0, 60_000);

    TimerLateness lateness = TimerLateness.of(meter, 0.001, 10, KITCHEN);

    assertEquals(2, lateness.timers());
    assertEquals(0.05, lateness.meanSeconds(), 1e-12);
    assertEquals(0.06, lateness.maxSeconds(), 1e-12);
    assertEquals(0.05, lateness.meanWallMillis(), 1e-12);
    assertEquals(0.1, lateness.boundSeconds(), 1e-12);
    assertTrue(lateness.trustworthy());
  }

  @Test
  void pastOnePercentOfTheShortestTimedIntervalTheTimesAreNotTrusted() {
    // 0.2 ms late on average at time-scale 0.00001: 20 s simulated against a bound of 0.1 s
    TimerLateness lateness = TimerLateness.of(meter(0, 0, 0, 0), 0.00001, 10, KITCHEN);
    assertTrue(lateness.trustworthy(), "never late");

    LatenessMeter late = new LatenessMeter();
    late.record(0, 200_000);
    TimerLateness inflated = TimerLateness.of(late, 0.00001, 10, KITCHEN);

    assertEquals(20, inflated.meanSeconds(), 1e-9);
    assertFalse(inflated.trustworthy());
    assertFalse(TimerLateness.of(meter(1), 1, 0.05, KITCHEN).trustworthy(), "1 ms against 1% of 50 ms");
    assertTrue(TimerLateness.of(meter(1), 1, 0.2, KITCHEN).trustworthy(), "1 ms against 1% of 200 ms");
  }

  @Test
  void noTimerNoVerdict() {
    assertNull(TimerLateness.of(new LatenessMeter(), 0.001, 10, KITCHEN));
  }

  @Test
  void theShortestTimedIntervalIsTheQuickestProductOrTheDeliveryIfShorter() {
    Menu menu = new Menu(Map.of("burger", Duration.ofSeconds(60), "soda", Duration.ofSeconds(10)),
        Map.of("burger", 950L, "soda", 250L));
    List<Order> orders = List.of(new Order(0, List.of("soda")));

    assertEquals(10, TimerLateness.shortestTimedSeconds(settings(menu, orders, Duration.ZERO)));
    assertEquals(10, TimerLateness.shortestTimedSeconds(settings(menu, orders, Duration.ofSeconds(60))));
    assertEquals(2.5, TimerLateness.shortestTimedSeconds(settings(menu, orders, Duration.ofMillis(2500))));
  }

  private static Settings settings(Menu menu, List<Order> orders, Duration delivery) {
    return SettingsBuilder.reference().waiters(1).timeScale(0.001).menu(menu).orders(orders).deliveryTime(delivery).build();
  }
}
