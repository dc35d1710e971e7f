package restaurant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import restaurant.config.Settings;
import restaurant.config.SettingsBuilder;
import restaurant.model.Menu;
import restaurant.model.Mode;
import restaurant.model.Order;
import restaurant.model.OrderOutcome;
import restaurant.model.Seconds;

class LedgerTest {
  private static final Menu MENU = new Menu(Map.of("burger", Duration.ofMillis(7500), "soda", Duration.ofSeconds(1)));
  private static final Settings SETTINGS = SettingsBuilder.reference().timeScale(0.5).menu(MENU)
      .orders(List.of(new Order(0, List.of("burger", "soda")), new Order(1, List.of("soda")))).build();

  @Test
  void reportsSimulatedTimesFromTheFirstHandOut() {
    Ledger log = new Ledger(Mode.ACTORS, SETTINGS, new Progress(2));
    log.handedOut(SETTINGS.orders().get(0), 1, 10_000_000_000L);
    log.handedOut(SETTINGS.orders().get(1), 2, 10_500_000_000L);
    log.done(1, 2, OrderOutcome.DISPATCHED, null, 11_000_000_000L);
    assertFalse(log.allDone());
    log.done(0, 1, OrderOutcome.DISPATCHED, null, 13_750_000_000L);

    RunReport report = log.report(false, null);

    assertEquals(7.5, report.makespanSeconds(), 1e-9); // 3.75 s of wall time at time-scale 0.5
    assertEquals(3750, report.wallMillis(), 1e-9);
    assertEquals(9.5, report.sequentialSeconds(), 1e-9);
    assertEquals(7.5, report.floorSeconds(), 1e-9);
    assertEquals(new ServedOrder(1, 2, List.of("soda"), new java.math.BigDecimal("0.00"), OrderOutcome.DISPATCHED, null, false, false, 0.0, 1.0, 2.0),
        report.orders().get(1));
    assertEquals(9.5 / 7.5, report.speedUp(), 1e-9);
  }

  @Test
  void anOrderWhoseWaiterWasLostWithItsNodeIsServedOnceByAnotherAndWaitsUntilHandedToIt() {
    // Time-scale 0.5: 1 s on the clock is 2 simulated. Both orders there at the opening, 0.
    Ledger log = new Ledger(Mode.ACTORS, SETTINGS, new Progress(2));
    log.opened(0);
    SETTINGS.orders().forEach(log::arrived);
    log.handedOut(SETTINGS.orders().get(0), 1, 0);
    log.handedOut(SETTINGS.orders().get(1), 2, 0);
    log.done(1, 2, OrderOutcome.DISPATCHED, null, 500_000_000L); // waiter 2 free at 1 s
    log.lost(0, 1_000_000_000L); // waiter 1's node is gone at 2 s
    log.nodeLost("floor@127.0.0.1:2552", 1, 1, 1_000_000_000L);
    log.handedOut(SETTINGS.orders().get(0), 2, 1_000_000_000L);
    log.done(0, 1, OrderOutcome.DISPATCHED, null, 1_500_000_000L); // the lost waiter's late word: not its order now
    log.done(0, 2, OrderOutcome.DISPATCHED, null, 2_500_000_000L); // out at 5 s

    RunReport report = log.report(false, null);

    assertEquals(List.of("order 0 finished by waiter 1, who was not handed it"), report.problems(),
        "the cashier ignores a lost waiter; the ledger alone would not take its word");
    assertEquals(2, report.dispatched());
    assertEquals(2, report.orders().get(0).waiter());
    assertTrue(report.orders().get(0).rehanded());
    assertEquals(List.of(new LostNode("floor@127.0.0.1:2552", 1, 1, 2.0)), report.lostNodes());
    assertEquals(2, report.service().waitSeconds().count(), "one wait per order");
    // Order 0 waited until it was handed to the waiter who served it, at 2 s: its taken in the report.
    assertEquals(2.0, report.service().waitSeconds().max(), 1e-9);
    assertEquals(2.0, report.orders().get(0).takenSeconds(), 1e-9);
    assertEquals(1.0, report.service().waitSeconds().mean(), 1e-9);
    // Slot-time held: order 0, 0-2 s and 2-5 s; order 1, 0-1 s: 6 s. Of 2 slots x 5 s, less waiter
    // 1's slot from 2 s, when its node was lost: 7 s.
    assertEquals(6.0 / 7, report.service().waiterUtilization(), 1e-9);
  }

  @Test
  void aBlockingRunOnTheRealClockSaysHowLongEachOrderTookPastItsOwnTime() {
    // Time-scale 0.5: order 0, a burger then a soda one after the other, takes 8.5 s of its own
    // (4.25 s on the clock), order 1, a soda, 1 s (0.5 s on the clock).
    Ledger log = new Ledger(Mode.SYNC, SETTINGS, new Progress(2));
    log.handedOut(SETTINGS.orders().get(0), 1, 0);
    log.done(0, 1, OrderOutcome.DISPATCHED, null, 4_250_000_000L + 30_000_000); // 30 ms late on the clock
    log.handedOut(SETTINGS.orders().get(1), 1, 5_000_000_000L);
    log.orderedAgain(1, true); // done over: its time is not its own
    log.done(1, 1, OrderOutcome.DISPATCHED, null, 6_000_000_000L);

    TimerLateness late = log.report(false, null).timerLateness();

    assertEquals(1, late.timers());
    assertEquals(0.06, late.meanSeconds(), 1e-9); // 30 ms of wall time at time-scale 0.5
    assertEquals(TimerLateness.ORDERS_PAST_THEIR_OWN_TIME, late.measured());
    assertFalse(late.trustworthy(), "60 ms against 1% of the soda's 1 s");
  }

  @Test
  void aFailedOrderIsOutOfTheFloorAndLeavesNoSpeedUp() {
    Ledger log = new Ledger(Mode.ACTORS, SETTINGS, new Progress(2));
    log.opened(0);
    SETTINGS.orders().forEach(log::arrived);
    log.handedOut(SETTINGS.orders().get(0), 1, 0);
    log.handedOut(SETTINGS.orders().get(1), 2, 0);
    log.done(0, 1, OrderOutcome.FAILED, "burger burnt 4 times", 1_000_000_000L); // given up at 2 s
    log.done(1, 2, OrderOutcome.DISPATCHED, null, 500_000_000L); // the soda, out at 1 s

    RunReport report = log.report(false, null);

    assertEquals(1.0, report.floorSeconds(), 1e-9); // the soda's, not the burger's 7.5 s above a 2 s makespan
    assertTrue(report.makespanSeconds() >= report.floorSeconds());
    assertEquals(null, report.speedUp());
  }

  @Test
  void anOrderDispatchedTwiceBreaksTheInvariant() {
    Ledger log = new Ledger(Mode.ACTORS, SETTINGS, new Progress(2));
    log.handedOut(SETTINGS.orders().get(0), 1, 0);
    log.handedOut(SETTINGS.orders().get(1), 2, 0);
    log.done(0, 1, OrderOutcome.DISPATCHED, null, 1);
    log.done(1, 2, OrderOutcome.DISPATCHED, null, 1);
    log.done(0, 1, OrderOutcome.DISPATCHED, null, 2);

    RunReport report = log.report(false, null);
    assertFalse(report.invariantHolds());
    assertEquals(List.of("order 0 dispatched by waiter 1 after it was already dispatched"), report.problems());
    assertEquals(2, report.dispatched());
  }

  @Test
  void anOrderFinishedByAWaiterWhoWasNotHandedItBreaksTheInvariant() {
    Ledger log = new Ledger(Mode.ACTORS, SETTINGS, new Progress(2));
    log.handedOut(SETTINGS.orders().get(0), 1, 0);

    log.done(0, 2, OrderOutcome.DISPATCHED, null, 1);

    assertEquals(List.of("order 0 finished by waiter 2, who was not handed it", "2 orders neither dispatched nor failed"),
        log.report(false, null).problems());
  }

  @Test
  void ordersLeftUndoneBreakTheInvariantUnlessTheRunWasStopped() {
    Ledger log = new Ledger(Mode.ACTORS, SETTINGS, new Progress(2));
    log.handedOut(SETTINGS.orders().get(0), 1, 0);
    log.done(0, 1, OrderOutcome.DISPATCHED, null, 1);

    assertFalse(log.report(false, null).invariantHolds());
    RunReport stopped = log.report(true, null);
    assertTrue(stopped.invariantHolds());
    assertEquals(1, stopped.pending());
    assertEquals(OrderOutcome.PENDING, stopped.orders().get(1).outcome());
    assertEquals(null, stopped.orders().get(1).takenSeconds());
  }

  @Test
  void secondsAreShownAtTheMenusPrecision() {
    assertEquals("7.5", Seconds.format(Duration.ofMillis(7500)));
    assertEquals("1", Seconds.format(Duration.ofSeconds(1)));
    assertEquals("0.25", Seconds.format(Duration.ofMillis(250)));
    assertEquals("beer 1.2 s, burger 7.5 s", new Menu(Map.of("burger", Duration.ofMillis(7500),
        "beer", Duration.ofMillis(1200))).describe());
  }
}
