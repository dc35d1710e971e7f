package restaurant.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.typesafe.config.ConfigFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import restaurant.config.BadInputException;
import restaurant.config.Settings;
import restaurant.model.StopRequest;

class BenchTest {
  @Test
  void moreIdleWaitersThanTheHeapHoldsAreRefusedBeforeAnythingStarts() {
    long heap = Runtime.getRuntime().maxMemory();
    assumeTrue(heap < 10_000_000L * Bench.BYTES_PER_IDLE_WAITER * 2, "a heap that holds them all");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    BadInputException refused = assertThrows(BadInputException.class, () -> Bench.run(10_000_000, false, null,
        Settings.from(ConfigFactory.defaultReference()), ConfigFactory.defaultReference(),
        new PrintStream(out, true, StandardCharsets.UTF_8), new StopRequest()));

    assertTrue(refused.getMessage().matches("--idle-waiters 10000000: this JVM's heap \\(\\d+\\.\\d GB\\) holds at "
        + "most [\\d,]+ idle waiters; give it more with java -Xmx"), refused.getMessage());
    assertTrue(out.toString(StandardCharsets.UTF_8).isEmpty());
  }
}
