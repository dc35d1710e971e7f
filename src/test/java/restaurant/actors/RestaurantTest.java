package restaurant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.ManualTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import restaurant.report.RunReport;
import restaurant.report.ServedOrder;

/** The whole restaurant in virtual time reproduces the README's table exactly. */
class RestaurantTest {
  private static ActorTestKit testKit;
  private static VirtualRestaurant restaurant;

  @BeforeAll
  static void start() {
    testKit = ActorTestKit.create(ManualTime.config());
    restaurant = new VirtualRestaurant(testKit);
  }

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @ParameterizedTest(name = "{0} waiters, {1} open orders each -> {2} s")
  @CsvSource({"1, 1, 23.7", "2, 1, 15.0", "3, 1, 8.7", "4, 1, 7.5", "1, 4, 7.5"})
  void reproducesTheTable(int waiters, int maxOpenOrders, double makespanSeconds) {
    RunReport report = restaurant.serve(ReferenceWorkload.with(waiters, maxOpenOrders));

    assertEquals(makespanSeconds, report.makespanSeconds(), 1e-9);
    assertEquals(43.8, report.sequentialSeconds(), 1e-9);
    assertEquals(7.5, report.floorSeconds(), 1e-9);
    assertEquals(List.of(0, 1, 2, 3), report.orders().stream().map(ServedOrder::id).collect(Collectors.toList()));
  }

  @Test
  void twoWaitersServeEachOrderAtItsModelTime() {
    RunReport report = restaurant.serve(ReferenceWorkload.with(2, 1));

    // order id -> handed out, dispatched (simulated seconds)
    double[][] expected = {{0, 7.5}, {0, 7.5}, {7.5, 8.7}, {7.5, 15.0}};
    for (ServedOrder order : report.orders()) {
      assertEquals(expected[order.id()][0], order.takenSeconds(), 1e-9, "order " + order.id() + " handed out");
      assertEquals(expected[order.id()][1], order.finishedSeconds(), 1e-9, "order " + order.id() + " dispatched");
    }
    // The two waiters came free together at 7.5 s and took one of the last two orders each.
    assertNotEquals(report.orders().get(2).waiter(), report.orders().get(3).waiter());
    assertNotEquals(report.orders().get(0).waiter(), report.orders().get(1).waiter());
  }

  @Test
  void oneWaiterServesTheOrdersOneAfterAnother() {
    RunReport report = restaurant.serve(ReferenceWorkload.with(1, 1));

    double[] dispatched = report.orders().stream().mapToDouble(ServedOrder::finishedSeconds).toArray();
    assertEquals(List.of(7.5, 15.0, 16.2, 23.7), List.of(dispatched[0], dispatched[1], dispatched[2], dispatched[3]));
    report.orders().forEach(order -> assertEquals(1, order.waiter()));
  }
}
