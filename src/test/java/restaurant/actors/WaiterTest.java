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
import restaurant.domain.Order;

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
    return testKit.spawn(Waiter.create(id, maxOpenOrders, ReferenceWorkload.DEFAULTS.menu(), cashier.ref(), kitchen.ref()));
  }

  @Test
  void asksForOneOrderPerFreeSlot() {
    ActorRef<Waiter.Command> waiter = waiter(3, 2);

    assertEquals(new Cashier.NextOrderPlease(3, waiter), cashier.receiveMessage());
    assertEquals(new Cashier.NextOrderPlease(3, waiter), cashier.receiveMessage());
    cashier.expectNoMessage(NONE_WITHIN);
  }

  @Test
  void requestsEveryProductAtOnceAndDispatchesWhenTheLastArrives() {
    ActorRef<Waiter.Command> waiter = waiter(1, 1);
    cashier.expectMessageClass(Cashier.NextOrderPlease.class);

    waiter.tell(new Waiter.ServeOrder(new Order(5, List.of("burger", "soda"))));
    Kitchen.Prepare burger = kitchen.expectMessageClass(Kitchen.Prepare.class);
    Kitchen.Prepare soda = kitchen.expectMessageClass(Kitchen.Prepare.class);
    assertEquals(List.of(5, 5), List.of(burger.orderId(), soda.orderId()));
    assertEquals(List.of("burger", "soda"), List.of(burger.product(), soda.product()));

    soda.replyTo().tell(new Kitchen.ProductReady(5, "soda"));
    cashier.expectNoMessage(NONE_WITHIN); // the burger is still cooking
    burger.replyTo().tell(new Kitchen.ProductReady(5, "burger"));

    assertEquals(new Cashier.OrderDispatched(5, 1, waiter), cashier.receiveMessage());
  }

  @Test
  void keepsTwoOpenOrdersApart() {
    ActorRef<Waiter.Command> waiter = waiter(2, 2);
    cashier.receiveSeveralMessages(2);

    waiter.tell(new Waiter.ServeOrder(new Order(0, List.of("burger"))));
    waiter.tell(new Waiter.ServeOrder(new Order(1, List.of("beer"))));
    Kitchen.Prepare forOrder0 = kitchen.expectMessageClass(Kitchen.Prepare.class);
    kitchen.expectMessageClass(Kitchen.Prepare.class);

    forOrder0.replyTo().tell(new Kitchen.ProductReady(0, "burger"));
    assertEquals(new Cashier.OrderDispatched(0, 2, waiter), cashier.receiveMessage());
    cashier.expectNoMessage(NONE_WITHIN); // order 1 still waits for its beer
  }

  @Test
  void logsEachEventWithTheWaiterAndOrderInTheMdc() {
    ActorRef<Waiter.Command> waiter = waiter(7, 1);
    cashier.expectMessageClass(Cashier.NextOrderPlease.class);
    Map<String, String> mdc = Map.of("waiter", "7", "order", "3");

    Kitchen.Prepare burger = LoggingTestKit.info("<Waiter: 7> [Order: 3] Request burger. Wait 7.5 s")
        .withMdc(mdc)
        .expect(testKit.system(), () -> {
          waiter.tell(new Waiter.ServeOrder(new Order(3, List.of("burger"))));
          return kitchen.expectMessageClass(Kitchen.Prepare.class);
        });
    LoggingTestKit.info("<Waiter: 7> [Order: 3] Done dispatch!").withMdc(mdc)
        .expect(testKit.system(), () -> LoggingTestKit.info("<Waiter: 7> [Order: 3] Done burger").withMdc(mdc)
            .expect(testKit.system(), () -> {
              burger.replyTo().tell(new Kitchen.ProductReady(3, "burger"));
              return cashier.expectMessageClass(Cashier.OrderDispatched.class);
            }));
  }
}
