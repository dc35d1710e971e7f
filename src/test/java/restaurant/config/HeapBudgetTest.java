package restaurant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** How many orders fit in a heap, and the line that says when they do not. */
class HeapBudgetTest {
  @Test
  void theOrdersThatFitAreTheHeapLessTheReserveOverTheCostOfOne() {
    assertEquals((1L << 30) - HeapBudget.RESERVED_BYTES, HeapBudget.maxOrders(1L << 30) * HeapBudget.BYTES_PER_ORDER,
        HeapBudget.BYTES_PER_ORDER);
    assertEquals(3_253_333, HeapBudget.maxOrders(1_000_000_000));
    assertEquals(0, HeapBudget.maxOrders(HeapBudget.RESERVED_BYTES));
    assertEquals(0, HeapBudget.maxOrders(1_000_000));
  }

  @Test
  void theEstimateIsAboveEveryMeasurementAndBelowTwiceTheCheapest() {
    // 238 to 271 bytes an order measured (see BYTES_PER_ORDER): some room, not a multiple.
    assertEquals(true, HeapBudget.BYTES_PER_ORDER >= 271 && HeapBudget.BYTES_PER_ORDER <= 2 * 238);
  }

  @Test
  void tooManyGeneratedOrdersSayHowMuchHeapTheyNeedAndWhatToGiveJava() {
    assertEquals("10000000 orders need about 3.0 GB of heap (300 bytes each), more than the 67 MB this JVM may use"
        + " (-Xmx); give java more heap (java -Xmx3g -jar ...) or serve fewer orders",
        HeapBudget.tooMany(10_000_000, false, 67_108_864));
  }

  @Test
  void tooManyOrdersReadSoFarSayMoreThan() {
    assertEquals("more than 3253333 orders need more than 1.0 GB of heap (300 bytes each), more than the 1.0 GB"
        + " this JVM may use (-Xmx); give java more heap (e.g. java -Xmx2g -jar ...) or serve fewer orders",
        HeapBudget.tooMany(3_253_334, true, 1_000_000_000));
  }

  @Test
  void moreWaitersThanTheHeapHoldsAreRefused() {
    HeapBudget.checkWaiters(100_000, 268_000_000L); // 224 MB: fits

    BadInputException refused = assertThrows(BadInputException.class,
        () -> HeapBudget.checkWaiters(1_000_000, 268_000_000L));
    assertEquals("restaurant.waiters = 1000000: 1000000 waiters need about 2.0 GB of heap (2000 bytes each), more "
        + "than the 268 MB this JVM may use (-Xmx); give java more heap (java -Xmx2g -jar ...) or fewer waiters",
        refused.getMessage());
  }
}
