package restaurant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import restaurant.domain.Progress;
import restaurant.domain.RunReport;
import restaurant.domain.ServedOrder;

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

  @Test
  void opensWithEveryWaiterInHandsOutInTurnAndReportsWhenAllAreDispatched() {
    AtomicLong clock = new AtomicLong();
    TestProbe<RunReport> reports = testKit.createTestProbe();
    ActorRef<Cashier.Command> cashier = testKit.spawn(
        Cashier.create(ReferenceWorkload.with(2, 1), clock::get, new Progress(4), reports.ref()::tell));
    TestProbe<Waiter.Command> waiter1 = testKit.createTestProbe();
    TestProbe<Waiter.Command> waiter2 = testKit.createTestProbe();

    cashier.tell(new Cashier.NextOrderPlease(1, waiter1.ref()));
    waiter1.expectNoMessage(Duration.ofMillis(100)); // closed until both waiters are in
    cashier.tell(new Cashier.NextOrderPlease(2, waiter2.ref()));
    assertEquals(0, waiter1.expectMessageClass(Waiter.ServeOrder.class).order().id());
    assertEquals(1, waiter2.expectMessageClass(Waiter.ServeOrder.class).order().id());

    clock.set(2_000_000_000L); // 2 s
    cashier.tell(new Cashier.OrderDispatched(1, 2, waiter2.ref()));
    assertEquals(2, waiter2.expectMessageClass(Waiter.ServeOrder.class).order().id());
    clock.set(3_000_000_000L);
    cashier.tell(new Cashier.OrderDispatched(0, 1, waiter1.ref()));
    assertEquals(3, waiter1.expectMessageClass(Waiter.ServeOrder.class).order().id());
    clock.set(4_000_000_000L);
    cashier.tell(new Cashier.OrderDispatched(2, 2, waiter2.ref()));
    waiter2.expectNoMessage(Duration.ofMillis(100)); // no order left for waiter 2's free slot
    reports.expectNoMessage(Duration.ZERO);

    clock.set(5_500_000_000L);
    cashier.tell(new Cashier.OrderDispatched(3, 1, waiter1.ref()));
    RunReport report = reports.receiveMessage();

    assertEquals(5.5, report.makespanSeconds(), 1e-9);
    assertEquals(new ServedOrder(2, 2, java.util.List.of("beer", "beer", "beer"), 2.0, 4.0), report.orders().get(2));
    assertEquals(1, report.orders().get(3).waiter());
    testKit.createTestProbe().expectTerminated(cashier);
  }
}
