package restaurant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.LoggingTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import restaurant.model.FaultPlan;
import restaurant.model.Order;
import restaurant.model.OrderOutcome;
import restaurant.model.Worker;

class WaiterTest {
  private static final Duration NONE_WITHIN = Duration.ofMillis(200);
  private static ActorTestKit testKit;

  @BeforeAll
  static void start() {
    testKit = ActorTestKit.create();
  }

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  private final TestProbe<Cashier.Command> cashier = testKit.createTestProbe();
  private final TestProbe<Kitchen.Command> kitchen = testKit.createTestProbe();

  private ActorRef<Waiter.Command> waiter(int id, int maxOpenOrders) {
    return testKit.spawn(Waiter.create(id, ReferenceWorkload.with(1, maxOpenOrders), FaultPlan.NONE, cashier.ref(),
        kitchen.ref()));
  }

  private static Kitchen.ProductReady ready(Kitchen.Prepare prepare) {
    return new Kitchen.ProductReady(prepare.orderId(), prepare.item(), prepare.attempt(), prepare.product(), false);
  }

  private static Kitchen.ProductReady burnt(Kitchen.Prepare prepare) {
    return new Kitchen.ProductReady(prepare.orderId(), prepare.item(), prepare.attempt(), prepare.product(), true);
  }

  /** Item {@code item} of an order's first request, ready. */
  private static Kitchen.ProductReady ready(Kitchen.PrepareOrder prepare, int item) {
    Order order = prepare.order();
    return new Kitchen.ProductReady(order.id(), item, 0, order.products().get(item), false);
  }

  private static Kitchen.ProductReady burnt(Kitchen.PrepareOrder prepare, int item) {
    Order order = prepare.order();
    return new Kitchen.ProductReady(order.id(), item, 0, order.products().get(item), true);
  }

  @Test
  void tellsTheCashierHowManyOrdersItCanCarry() {
    ActorRef<Waiter.Command> waiter = waiter(3, 2);

    assertEquals(new Cashier.WaiterReady(3, 2, 0, waiter), cashier.receiveMessage());
    cashier.expectNoMessage(NONE_WITHIN);
  }

  @Test
  void requestsEveryProductAtOnceAndDispatchesWhenTheLastArrives() {
    ActorRef<Waiter.Command> waiter = waiter(1, 1);
    cashier.expectMessageClass(Cashier.WaiterReady.class);

    Order order = new Order(5, List.of("burger", "soda"));
    waiter.tell(new Waiter.ServeOrder(order, 0));
    Kitchen.PrepareOrder request = kitchen.expectMessageClass(Kitchen.PrepareOrder.class);
    assertEquals(new Kitchen.PrepareOrder(order, waiter), request); // one request for both products
    kitchen.expectNoMessage(NONE_WITHIN);

    waiter.tell(ready(request, 1));
    cashier.expectNoMessage(NONE_WITHIN); // the burger is still cooking
    waiter.tell(ready(request, 1)); // the same product twice counts once
    cashier.expectNoMessage(NONE_WITHIN);
    waiter.tell(ready(request, 0));

    assertEquals(new Cashier.OrderDone(5, 1, OrderOutcome.DISPATCHED, null), cashier.receiveMessage());
  }

  @Test
  void ordersABurntProductAgainAndGivesUpAfterTheRetries() {
    ActorRef<Waiter.Command> waiter = waiter(2, 1); // reference settings: 3 retries
    cashier.expectMessageClass(Cashier.WaiterReady.class);
    waiter.tell(new Waiter.ServeOrder(new Order(8, List.of("beer")), 0));

    waiter.tell(burnt(kitchen.expectMessageClass(Kitchen.PrepareOrder.class), 0));
    Kitchen.Prepare beer = kitchen.expectMessageClass(Kitchen.Prepare.class);
    assertEquals(new Kitchen.Prepare(8, 0, 1, "beer", waiter), beer);
    for (int retry = 2; retry <= 3; retry++) {
      waiter.tell(burnt(beer));
      beer = kitchen.expectMessageClass(Kitchen.Prepare.class);
      assertEquals(new Kitchen.Prepare(8, 0, retry, "beer", waiter), beer);
    }
    waiter.tell(burnt(beer));

    assertEquals(List.of(new Cashier.OrderedAgain(8, true), new Cashier.OrderedAgain(8, true),
        new Cashier.OrderedAgain(8, true), new Cashier.OrderDone(8, 2, OrderOutcome.FAILED, "beer burnt 4 times")),
        List.of(cashier.receiveMessage(), cashier.receiveMessage(), cashier.receiveMessage(),
            cashier.receiveMessage()));
    kitchen.expectNoMessage(NONE_WITHIN);
  }

  @Test
  void aBurntProductOrderedAgainCanStillMakeTheOrder() {
    ActorRef<Waiter.Command> waiter = waiter(2, 1);
    cashier.expectMessageClass(Cashier.WaiterReady.class);
    waiter.tell(new Waiter.ServeOrder(new Order(3, List.of("soda")), 0));

    Kitchen.PrepareOrder soda = kitchen.expectMessageClass(Kitchen.PrepareOrder.class);
    waiter.tell(burnt(soda, 0));
    Kitchen.Prepare again = kitchen.expectMessageClass(Kitchen.Prepare.class);
    waiter.tell(burnt(soda, 0)); // a stale answer about the first attempt changes nothing
    kitchen.expectNoMessage(NONE_WITHIN);
    waiter.tell(ready(again));

    assertEquals(new Cashier.OrderedAgain(3, true), cashier.receiveMessage());
    assertEquals(new Cashier.OrderDone(3, 2, OrderOutcome.DISPATCHED, null), cashier.receiveMessage());
  }

  @Test
  void ordersAProductTheKitchenLostAgain() {
    ActorRef<Waiter.Command> waiter = waiter(4, 1);
    cashier.expectMessageClass(Cashier.WaiterReady.class);
    waiter.tell(new Waiter.ServeOrder(new Order(6, List.of("frites")), 0));
    kitchen.expectMessageClass(Kitchen.PrepareOrder.class);

    waiter.tell(new Kitchen.ProductLost(6, 0, 0, "frites"));

    assertEquals(new Kitchen.Prepare(6, 0, 0, "frites", waiter), kitchen.expectMessageClass(Kitchen.Prepare.class));
    assertEquals(new Cashier.OrderedAgain(6, false), cashier.receiveMessage()); // for the page, not the retries
  }

  @Test
  void givesTheOrderUpWhenTheKitchenLosesAProductOnceTooOften() {
    ActorRef<Waiter.Command> waiter = waiter(4, 1); // reference settings: 3 retries
    cashier.expectMessageClass(Cashier.WaiterReady.class);
    waiter.tell(new Waiter.ServeOrder(new Order(6, List.of("frites")), 0));
    kitchen.expectMessageClass(Kitchen.PrepareOrder.class);
    Kitchen.Prepare frites = new Kitchen.Prepare(6, 0, 0, "frites", waiter);

    for (int loss = 1; loss <= 3; loss++) {
      waiter.tell(new Kitchen.ProductLost(6, 0, 0, "frites"));
      assertEquals(frites, kitchen.expectMessageClass(Kitchen.Prepare.class));
      assertEquals(new Cashier.OrderedAgain(6, false), cashier.receiveMessage());
    }
    waiter.tell(new Kitchen.ProductLost(6, 0, 0, "frites"));

    assertEquals(new Cashier.OrderDone(6, 4, OrderOutcome.FAILED, "the kitchen lost frites 4 times"),
        cashier.receiveMessage());
    kitchen.expectNoMessage(NONE_WITHIN);
  }

  @Test
  void reportsAProductThatDoesNotBelongInTheOrder() {
    ActorRef<Waiter.Command> waiter = waiter(5, 1);
    cashier.expectMessageClass(Cashier.WaiterReady.class);
    waiter.tell(new Waiter.ServeOrder(new Order(2, List.of("beer")), 0));
    kitchen.expectMessageClass(Kitchen.PrepareOrder.class);

    waiter.tell(new Kitchen.ProductReady(2, 0, 0, "burger", false));

    assertEquals(new Cashier.WrongProduct(2, "burger", 5), cashier.receiveMessage());
  }

  @Test
  void keepsTwoOpenOrdersApart() {
    ActorRef<Waiter.Command> waiter = waiter(2, 2);
    cashier.expectMessageClass(Cashier.WaiterReady.class);

    waiter.tell(new Waiter.ServeOrder(new Order(0, List.of("burger")), 0));
    waiter.tell(new Waiter.ServeOrder(new Order(1, List.of("beer")), 0));
    Kitchen.PrepareOrder forOrder0 = kitchen.expectMessageClass(Kitchen.PrepareOrder.class);
    kitchen.expectMessageClass(Kitchen.PrepareOrder.class);

    waiter.tell(ready(forOrder0, 0));
    assertEquals(new Cashier.OrderDone(0, 2, OrderOutcome.DISPATCHED, null), cashier.receiveMessage());
    cashier.expectNoMessage(NONE_WITHIN); // order 1 still waits for its beer
  }

  @Test
  void aCrashForgetsTheOpenOrdersAndAsksForWorkAgain() {
    // The first incarnation crashes on its first message; the restarted waiter does not.
    FaultPlan crashOnce = ScriptedFaults.crashingWaiters((id, incarnation, order, item, attempt) -> incarnation == 0);
    ActorRef<Waiter.Command> waiter =
        testKit.spawn(Waiter.create(6, ReferenceWorkload.with(1, 1), crashOnce, cashier.ref(), kitchen.ref()));
    assertEquals(new Cashier.WaiterReady(6, 1, 0, waiter), cashier.receiveMessage());

    Order order = new Order(0, List.of("burger", "soda"));
    waiter.tell(new Waiter.ServeOrder(order, 0));

    // It asked for the order's products, then crashed: it says so, and starts again.
    assertEquals(new Kitchen.PrepareOrder(order, waiter), kitchen.receiveMessage());
    assertEquals(new Cashier.Restarted(Worker.WAITER), cashier.receiveMessage());
    assertEquals(new Cashier.WaiterReady(6, 1, 1, waiter), cashier.receiveMessage());
    kitchen.expectNoMessage(NONE_WITHIN);
  }

  @Test
  void anOrderMeantForAnEarlierIncarnationIsNotServed() {
    FaultPlan crashOnce = ScriptedFaults.crashingWaiters((id, incarnation, order, item, attempt) -> incarnation == 0);
    ActorRef<Waiter.Command> waiter =
        testKit.spawn(Waiter.create(6, ReferenceWorkload.with(1, 1), crashOnce, cashier.ref(), kitchen.ref()));
    cashier.expectMessageClass(Cashier.WaiterReady.class);
    waiter.tell(new Waiter.ServeOrder(new Order(0, List.of("soda")), 0)); // crashes the first incarnation
    kitchen.expectMessageClass(Kitchen.PrepareOrder.class);
    cashier.expectMessageClass(Cashier.Restarted.class);
    cashier.expectMessageClass(Cashier.WaiterReady.class);

    // Still in the mailbox from before the restart: the cashier hands the order again, for incarnation 1.
    waiter.tell(new Waiter.ServeOrder(new Order(0, List.of("soda")), 0));
    kitchen.expectNoMessage(NONE_WITHIN);
    waiter.tell(new Waiter.ServeOrder(new Order(0, List.of("soda")), 1));
    assertEquals(new Kitchen.PrepareOrder(new Order(0, List.of("soda")), waiter), kitchen.receiveMessage());
  }

  @Test
  void logsEachEventWithTheWaiterAndOrderInTheMdc() {
    ActorRef<Waiter.Command> waiter = waiter(7, 1);
    cashier.expectMessageClass(Cashier.WaiterReady.class);
    Map<String, String> mdc = Map.of("waiter", "7", "order", "3");

    Kitchen.PrepareOrder burger = LoggingTestKit.info("<Waiter: 7> [Order: 3] Request burger. Wait 7.5 s")
        .withMdc(mdc)
        .expect(testKit.system(), () -> {
          waiter.tell(new Waiter.ServeOrder(new Order(3, List.of("burger")), 0));
          return kitchen.expectMessageClass(Kitchen.PrepareOrder.class);
        });
    LoggingTestKit.info("<Waiter: 7> [Order: 3] Done dispatch!").withMdc(mdc)
        .expect(testKit.system(), () -> LoggingTestKit.info("<Waiter: 7> [Order: 3] Done burger").withMdc(mdc)
            .expect(testKit.system(), () -> {
              waiter.tell(ready(burger, 0));
              return cashier.expectMessageClass(Cashier.OrderDone.class);
            }));
  }
}
