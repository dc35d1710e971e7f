package restaurant.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import restaurant.config.Settings;

class WorkloadsTest {
  private static final Menu MENU = Settings.from(ConfigFactory.defaultReference()).menu();

  @Test
  void theSameSeedGivesTheSameOrders() {
    assertEquals(Workloads.generate(1000, 42, MENU), Workloads.generate(1000, 42, MENU));
    assertNotEquals(Workloads.generate(1000, 42, MENU), Workloads.generate(1000, 43, MENU));
  }

  @Test
  void theSeedPinsTheOrdersOnEveryMachine() {
    // SplittableRandom's algorithm is specified: these are the first orders of
    // --generate 1000 --seed 1 on any machine and JVM, written out.
    assertEquals(List.of(
        new Order(0, List.of("burger", "frites")),
        new Order(1, List.of("soda", "beer", "burger", "frites")),
        new Order(2, List.of("beer", "beer", "burger")),
        new Order(3, List.of("beer")),
        new Order(4, List.of("burger", "beer"))),
        Workloads.generate(1000, 1, MENU).subList(0, 5));
  }

  @Test
  void ordersHoldOneToFourProductsFromTheMenu() {
    Set<Integer> sizes = new TreeSet<>();
    Set<String> products = new TreeSet<>();
    for (Order order : Workloads.generate(10_000, 7, MENU)) {
      sizes.add(order.products().size());
      products.addAll(order.products());
    }
    assertEquals(Set.of(1, 2, 3, 4), sizes);
    assertEquals(MENU.products(), products);
  }

  @Test
  void theLowerBoundIsTheSlowestOrderOrTheWorkSpreadOverTheSlots() {
    List<Order> orders = List.of(new Order(0, List.of("burger", "soda")), new Order(1, List.of("beer")),
        new Order(2, List.of("frites")));
    // Each order holds a slot for its slowest product: 7.5 + 1.2 + 4 = 12.7 s of slot time.
    assertEquals(12.7, Orders.lowerBoundSeconds(orders, MENU, 1, 1, 0), 1e-9);
    // With two slots 6.35 s would do for the slot time, but not for the burger order.
    assertEquals(7.5, Orders.lowerBoundSeconds(orders, MENU, 1, 2, 0), 1e-9);
    List<Order> sodas = java.util.Collections.nCopies(10, new Order(0, List.of("soda")));
    assertEquals(5.0, Orders.lowerBoundSeconds(sodas, MENU, 1, 2, 0), 1e-9);
  }

  @Test
  void aDeliveryHoldsTheSlotToo() {
    List<Order> sodas = java.util.Collections.nCopies(10, new Order(0, List.of("soda")));
    // Each soda order holds its slot 1 s cooking and 30 s on its way to the table: 310 s over 2 slots.
    assertEquals(155.0, Orders.lowerBoundSeconds(sodas, MENU, 1, 2, 30), 1e-9);
    // One order alone: its slowest product and its delivery.
    assertEquals(37.5, Orders.lowerBoundSeconds(List.of(new Order(0, List.of("burger"))), MENU, 1, 2, 30), 1e-9);
  }
}
