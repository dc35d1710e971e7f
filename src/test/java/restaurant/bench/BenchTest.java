package restaurant.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;
import restaurant.config.BadInputException;
import restaurant.config.Settings;

class BenchTest {
  @Test
  void moreIdleWaitersThanTheHeapHoldsAreRefusedBeforeAnythingStarts() {
    long heap = Runtime.getRuntime().maxMemory();
    assumeTrue(heap < 10_000_000L * Bench.BYTES_PER_IDLE_WAITER * 2, "a heap that holds them all");

    BadInputException refused = assertThrows(BadInputException.class, () -> Bench.check(10_000_000, false,
        Settings.from(ConfigFactory.defaultReference()), ConfigFactory.defaultReference()));

    assertTrue(refused.getMessage().matches("--idle-waiters 10000000: this JVM's heap \\(\\d+\\.\\d GB\\) holds at "
        + "most [\\d,]+ idle waiters; give it more with java -Xmx"), refused.getMessage());
  }
}
