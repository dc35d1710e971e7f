package restaurant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import restaurant.actors.OpenOrders.OpenOrder;
import restaurant.model.Order;

/** The waiter's table of open orders finds what was added and forgets what was removed, as a HashMap would. */
class OpenOrdersTest {
  private static OpenOrder open(int id) {
    return new OpenOrder(new Order(id, List.of("burger", "soda")));
  }

  @Test
  void anEmptyTableHasNothing() {
    OpenOrders orders = new OpenOrders();
    assertNull(orders.get(0));
    orders.remove(0);
    assertEquals(0, orders.size());
  }

  @Test
  void oneWaiterOneOrderAtATime() {
    OpenOrders orders = new OpenOrders();
    for (int id = 0; id < 100; id++) {
      OpenOrder order = open(id);
      orders.add(order);
      assertSame(order, orders.get(id));
      orders.remove(id);
      assertNull(orders.get(id));
      assertEquals(0, orders.size());
    }
  }

  /**
   * Random adds and removes, with ids drawn from a small range so that they collide in the table
   * and removals must move later orders of a probe run back: the same answers as a HashMap.
   */
  @Test
  void agreesWithAHashMapThroughRandomAddsAndRemoves() {
    SplittableRandom random = new SplittableRandom(7);
    OpenOrders orders = new OpenOrders();
    Map<Integer, OpenOrder> expected = new HashMap<>();
    for (int step = 0; step < 200_000; step++) {
      int id = random.nextInt(64) * (random.nextBoolean() ? 1 : 1 << 20); // also ids far apart
      if (random.nextInt(3) == 0 || expected.containsKey(id)) {
        orders.remove(id);
        expected.remove(id);
      } else {
        OpenOrder order = open(id);
        orders.add(order);
        expected.put(id, order);
      }
      assertEquals(expected.size(), orders.size());
      int probe = random.nextInt(64) * (random.nextBoolean() ? 1 : 1 << 20);
      assertSame(expected.get(probe), orders.get(probe), "order " + probe + " at step " + step);
    }
    expected.forEach((id, order) -> assertSame(order, orders.get(id)));
  }

  @Test
  void anOrderKnowsWhatArrivedAndWhatBelongs() {
    OpenOrder order = open(5);
    assertEquals(true, order.awaits(1, 0));
    assertEquals(false, order.awaits(1, 1)); // an answer to an attempt not made
    assertEquals(false, order.awaits(2, 0)); // no third item
    order.arrived(1);
    assertEquals(false, order.awaits(1, 0)); // a second answer
    assertEquals(false, order.awaits(1, -1)); // nor does an attempt that cannot be, whatever marks an arrival
    assertEquals(true, order.has(0, "burger"));
    assertEquals(false, order.has(0, "soda"));
    assertEquals(false, order.has(-1, "burger"));
  }
}
