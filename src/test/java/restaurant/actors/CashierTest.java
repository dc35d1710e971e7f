package restaurant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.Done;
import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.LoggingTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import restaurant.model.OrderOutcome;
import restaurant.model.Worker;
import restaurant.report.LostNode;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.ServedOrder;

class CashierTest {
  private static ActorTestKit testKit;

  @BeforeAll
  static void start() {
    testKit = ActorTestKit.create();
  }

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  private final AtomicLong clock = new AtomicLong();
  private final TestProbe<RunReport> reports = testKit.createTestProbe();
  private final TestProbe<Waiter.Command> waiter1 = testKit.createTestProbe();
  private final TestProbe<Waiter.Command> waiter2 = testKit.createTestProbe();

  private ActorRef<Cashier.Command> openCashier() {
    ActorRef<Cashier.Command> cashier = testKit.spawn(
        Cashier.create(ReferenceWorkload.with(2, 1), clock::get, new Progress(4), reports.ref()::tell));
    cashier.tell(new Cashier.WaiterReady(1, 1, 0, waiter1.ref()));
    waiter1.expectNoMessage(Duration.ofMillis(100)); // closed until both waiters are in
    cashier.tell(new Cashier.WaiterReady(2, 1, 0, waiter2.ref()));
    assertEquals(0, waiter1.expectMessageClass(Waiter.ServeOrder.class).order().id());
    assertEquals(1, waiter2.expectMessageClass(Waiter.ServeOrder.class).order().id());
    return cashier;
  }

  private static Cashier.OrderDone dispatched(int orderId, int waiterId) {
    return new Cashier.OrderDone(orderId, waiterId, OrderOutcome.DISPATCHED, null);
  }

  @Test
  void opensWithEveryWaiterInHandsOutInTurnAndReportsWhenAllAreDispatched() {
    ActorRef<Cashier.Command> cashier = openCashier();

    clock.set(2_000_000_000L); // 2 s
    cashier.tell(dispatched(1, 2));
    assertEquals(2, waiter2.expectMessageClass(Waiter.ServeOrder.class).order().id());
    clock.set(3_000_000_000L);
    cashier.tell(dispatched(0, 1));
    assertEquals(3, waiter1.expectMessageClass(Waiter.ServeOrder.class).order().id());
    clock.set(4_000_000_000L);
    cashier.tell(new Cashier.Burnt(2));
    cashier.tell(new Cashier.OrderedAgain(2, true));
    cashier.tell(new Cashier.Burnt(2));
    cashier.tell(dispatched(2, 2));
    waiter2.expectNoMessage(Duration.ofMillis(100)); // no order left for waiter 2's free slot
    reports.expectNoMessage(Duration.ZERO);

    clock.set(5_500_000_000L);
    cashier.tell(dispatched(3, 1));
    RunReport report = reports.receiveMessage();

    assertEquals(5.5, report.makespanSeconds(), 1e-9);
    assertEquals(new ServedOrder(2, 2, List.of("beer", "beer", "beer"), new BigDecimal("9.00"), OrderOutcome.DISPATCHED,
        null, true, false, 0.0, 2.0, 4.0), report.orders().get(2));
    assertEquals(1, report.orders().get(3).waiter());
    assertEquals(2, report.burntProducts());
    assertEquals(1, report.retries());
    // 8.00 + 18.50 + 9.00 + 9.00, rung up one order at a time
    assertEquals(new BigDecimal("44.50"), report.takings());
    assertEquals(report.takings(), report.dispatchedValue());
    assertTrue(report.invariantHolds(), report.problems()::toString);
    testKit.createTestProbe().expectTerminated(cashier);
  }

  @Test
  void aFailedOrderIsReportedNotPaidAndFreesTheSlot() {
    ActorRef<Cashier.Command> cashier = openCashier();

    cashier.tell(new Cashier.OrderDone(0, 1, OrderOutcome.FAILED, "burger burnt 4 times"));
    assertEquals(2, waiter1.expectMessageClass(Waiter.ServeOrder.class).order().id());
    cashier.tell(dispatched(1, 2));
    cashier.tell(dispatched(2, 1));
    cashier.tell(dispatched(3, 2));
    RunReport report = reports.receiveMessage();

    assertEquals(List.of(OrderOutcome.FAILED, OrderOutcome.DISPATCHED, OrderOutcome.DISPATCHED, OrderOutcome.DISPATCHED),
        report.orders().stream().map(ServedOrder::outcome).toList());
    assertEquals(1, report.failed());
    assertEquals("burger burnt 4 times", report.orders().get(0).reason());
    assertEquals(new BigDecimal("36.50"), report.takings()); // order 0 (8.00) was never paid
    assertTrue(report.invariantHolds(), report.problems()::toString);
  }

  @Test
  void aRestartedWaiterIsHandedWhatItHeldAgain() {
    ActorRef<Cashier.Command> cashier = openCashier();

    cashier.tell(new Cashier.Restarted(Worker.WAITER));
    cashier.tell(new Cashier.WaiterReady(1, 1, 1, waiter1.ref()));

    assertEquals(0, waiter1.expectMessageClass(Waiter.ServeOrder.class).order().id());
    waiter1.expectNoMessage(Duration.ofMillis(100)); // its one slot is taken by order 0 again
  }

  @Test
  void anOrderWhoseWaiterCrashesOnceTooOftenFails() {
    ActorRef<Cashier.Command> cashier = openCashier(); // reference settings: 3 retries

    for (int restart = 1; restart <= 3; restart++) {
      cashier.tell(new Cashier.Restarted(Worker.WAITER));
      cashier.tell(new Cashier.WaiterReady(1, 1, restart, waiter1.ref()));
      assertEquals(0, waiter1.expectMessageClass(Waiter.ServeOrder.class).order().id());
    }
    cashier.tell(new Cashier.Restarted(Worker.WAITER));
    cashier.tell(new Cashier.WaiterReady(1, 1, 4, waiter1.ref()));

    // Order 0 fails, which frees the slot: waiter 1 gets order 2.
    assertEquals(2, waiter1.expectMessageClass(Waiter.ServeOrder.class).order().id());
    cashier.tell(dispatched(1, 2));
    assertEquals(3, waiter2.expectMessageClass(Waiter.ServeOrder.class).order().id());
    cashier.tell(dispatched(2, 1));
    cashier.tell(dispatched(3, 2));
    RunReport report = reports.receiveMessage();
    assertEquals(OrderOutcome.FAILED, report.orders().get(0).outcome());
    assertEquals("its waiter crashed 4 times", report.orders().get(0).reason());
    assertTrue(report.orders().get(0).rehanded(), "order 0 was handed again");
    assertFalse(report.orders().get(2).rehanded(), "order 2 was handed once");
    assertEquals(4, report.restarts().get(Worker.WAITER));
    assertTrue(report.invariantHolds(), report.problems()::toString);
  }

  @Test
  void aStuckSimulationEndsTheRunNamingWhatIsPending() {
    ActorRef<Cashier.Command> cashier = openCashier();
    cashier.tell(dispatched(1, 2)); // order 2 goes to waiter 2; 0 and 2 in flight, 3 never handed out

    cashier.tell(Cashier.Stuck.INSTANCE);

    RunReport report = reports.receiveMessage();
    assertEquals("the simulation is stuck: nothing left to happen, with 3 orders pending (2 handed out, "
        + "1 never handed out)", report.failure());
    assertEquals(3, report.pending());
    assertTrue(report.invariantHolds(), report.problems()::toString);
  }

  @Test
  void aSecondDispatchOfAnOrderBreaksTheInvariant() {
    ActorRef<Cashier.Command> cashier = openCashier();

    cashier.tell(dispatched(0, 1));
    cashier.tell(dispatched(0, 1));
    cashier.tell(new Cashier.WrongProduct(1, "pizza", 2));
    cashier.tell(dispatched(1, 2));
    cashier.tell(dispatched(2, 1));
    cashier.tell(dispatched(3, 2));
    RunReport report = reports.receiveMessage();

    assertFalse(report.invariantHolds());
    assertEquals(List.of("order 0 dispatched by waiter 1 after it was already dispatched",
        "pizza delivered to waiter 2 for order 1, which has no such item"), report.problems());
  }

  @Test
  void closingHandsOutNothingMoreAndReportsWhatIsPending() {
    ActorRef<Cashier.Command> cashier = openCashier();
    TestProbe<Done> closed = testKit.createTestProbe();

    cashier.tell(new Cashier.Close(Duration.ofSeconds(30), closed.ref()));
    cashier.tell(dispatched(0, 1));
    waiter1.expectNoMessage(Duration.ofMillis(100)); // closed: no next order
    cashier.tell(dispatched(1, 2)); // the last one in flight: report at once
    RunReport report = reports.receiveMessage();

    closed.expectMessage(Done.getInstance());
    assertTrue(report.stopped());
    assertEquals(List.of(OrderOutcome.DISPATCHED, OrderOutcome.DISPATCHED, OrderOutcome.PENDING, OrderOutcome.PENDING),
        report.orders().stream().map(ServedOrder::outcome).toList());
    assertEquals(2, report.pending());
    assertTrue(report.invariantHolds(), report.problems()::toString);
  }

  @Test
  void closingGivesUpOnTheOrdersInFlightWhenTheGracePeriodIsOver() {
    ActorRef<Cashier.Command> cashier = openCashier();
    TestProbe<Done> closed = testKit.createTestProbe();

    cashier.tell(new Cashier.Close(Duration.ofMillis(50), closed.ref()));
    RunReport report = reports.receiveMessage();

    closed.expectMessage(Done.getInstance());
    assertEquals(4, report.pending());
    assertEquals(0, report.dispatched());
  }

  @Test
  void aLostFloorsOrdersGoFirstToTheWaitersLeftAndWhatItsWaitersStillSayIsIgnored() {
    ActorRef<Cashier.Command> cashier = openCashier(); // order 0 with waiter 1, order 1 with waiter 2

    clock.set(1_000_000_000L);
    cashier.tell(new Cashier.FloorLost("floor-a", 1, 1));
    cashier.tell(dispatched(1, 2));
    // Order 0 went back to the head of the queue: it comes before orders 2 and 3.
    assertEquals(0, waiter2.expectMessageClass(Waiter.ServeOrder.class).order().id());
    cashier.tell(dispatched(0, 1)); // late, from the lost waiter: ignored
    cashier.tell(new Cashier.WaiterReady(1, 1, 1, waiter1.ref())); // a lost waiter is not taken back
    waiter1.expectNoMessage(Duration.ofMillis(100));
    cashier.tell(dispatched(0, 2));
    assertEquals(2, waiter2.expectMessageClass(Waiter.ServeOrder.class).order().id());
    cashier.tell(dispatched(2, 2));
    assertEquals(3, waiter2.expectMessageClass(Waiter.ServeOrder.class).order().id());
    cashier.tell(dispatched(3, 2));
    RunReport report = reports.receiveMessage();

    assertEquals(List.of(new LostNode("floor-a", 1, 1, 1.0)), report.lostNodes());
    assertEquals(List.of(2, 2, 2, 2), report.orders().stream().map(ServedOrder::waiter).toList());
    assertEquals(4, report.dispatched());
    assertFalse(report.stopped());
    assertTrue(report.invariantHolds(), report.problems()::toString);
  }

  @Test
  void losingEveryFloorStopsTheRunWithWhatIsDone() {
    ActorRef<Cashier.Command> cashier = openCashier();
    cashier.tell(dispatched(0, 1)); // order 2 goes to waiter 1

    cashier.tell(new Cashier.FloorLost("floor-a", 1, 1));
    cashier.tell(new Cashier.FloorLost("floor-b", 2, 2));
    RunReport report = reports.receiveMessage();

    assertTrue(report.stopped());
    assertEquals(null, report.failure(), "no waiter left is an outcome of the cluster, not a bug");
    assertEquals(List.of(1, 0), report.lostNodes().stream().map(LostNode::ordersRehanded).toList(),
        "the last floor's order had no waiter left to go to");
    assertEquals(1, report.dispatched());
    assertEquals(3, report.pending());
    assertTrue(report.invariantHolds(), report.problems()::toString);
  }

  @Test
  void aFloorLostBeforeTheOpeningLeavesTheRestaurantToTheWaitersLeft() {
    ActorRef<Cashier.Command> cashier = testKit.spawn(
        Cashier.create(ReferenceWorkload.with(2, 1), clock::get, new Progress(4), reports.ref()::tell));
    cashier.tell(new Cashier.WaiterReady(2, 1, 0, waiter2.ref())); // its floor opened, and died at once
    cashier.tell(new Cashier.FloorLost("floor-b", 2, 2));
    waiter1.expectNoMessage(Duration.ofMillis(100)); // waiter 1 is not in yet: closed
    cashier.tell(new Cashier.WaiterReady(1, 1, 0, waiter1.ref()));

    // Open with waiter 1 alone: the lost waiter's word counts no more.
    assertEquals(0, waiter1.expectMessageClass(Waiter.ServeOrder.class).order().id());

    clock.set(1_000_000_000L);
    cashier.tell(dispatched(0, 1));
    for (int next = 1; next <= 3; next++) {
      assertEquals(next, waiter1.expectMessageClass(Waiter.ServeOrder.class).order().id());
      clock.addAndGet(1_000_000_000L);
      cashier.tell(dispatched(next, 1));
    }
    RunReport report = reports.receiveMessage();

    waiter2.expectNoMessage(Duration.ZERO);
    assertEquals(1.0, report.service().waiterUtilization(), 1e-9, "waiter 1 busy all 4 s; waiter 2 never was");
    assertEquals(4, report.dispatched());
    assertEquals(List.of(new LostNode("floor-b", 1, 0, 0.0)), report.lostNodes(), "lost at the opening, with none");
    assertTrue(report.invariantHolds(), report.problems()::toString);
  }

  @Test
  void eachHandOutLineCarriesItsOwnOrderAndWaiterInTheMdc() {
    ActorRef<Cashier.Command> cashier = openCashier();

    // The dispatch of order 1 by waiter 2 frees the slot order 2 is handed to: the hand-out line
    // is about order 2, whatever message it came of.
    LoggingTestKit.info("<Cashier> [Order: 2] Handed to waiter 2").withMdc(Map.of("order", "2", "waiter", "2"))
        .expect(testKit.system(), () -> {
          cashier.tell(dispatched(1, 2));
          return waiter2.expectMessageClass(Waiter.ServeOrder.class);
        });
  }
}
