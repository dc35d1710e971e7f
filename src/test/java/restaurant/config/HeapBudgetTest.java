package restaurant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** How many waiters fit in a heap, and the line that says when they do not. */
class HeapBudgetTest {
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
