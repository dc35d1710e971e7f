package restaurant.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.typesafe.config.ConfigFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import restaurant.config.BadInputException;
import restaurant.config.Settings;
import restaurant.model.StopRequest;

class BenchTest {
  /** Where a row's JVM, started in the project's folder like the tests, would log. */
  private static final Path LOGS = Path.of("logs");

  @Test
  void moreIdleWaitersThanTheHeapHoldsAreRefusedBeforeAnythingStarts() {
    long heap = Runtime.getRuntime().maxMemory();
    assumeTrue(heap < 10_000_000L * IdleWaiterHeap.BYTES_PER_IDLE_WAITER * 2, "a heap that holds them all");

    BadInputException refused = assertThrows(BadInputException.class, () -> Bench.check(10_000_000, false,
        Settings.from(ConfigFactory.defaultReference()), ConfigFactory.defaultReference()));

    assertTrue(refused.getMessage().matches("--idle-waiters 10000000: this JVM's heap \\(\\d+\\.\\d GB\\) holds at "
        + "most [\\d,]+ idle waiters; give it more with java -Xmx"), refused.getMessage());
  }

  /** A grid of one small row: its line in the table, and no log file of its JVM's left behind. */
  @Test
  void aRowOfTheGridRunsInAJvmOfItsOwnAndLeavesNoLog() throws IOException, InterruptedException {
    Map<Path, Long> logsBefore = logs();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // A trailing -- of the command line's: the row's options still count as options.
    Bench.grid(List.of(new Bench.GridRow(20, 2)), List.of("--seed", "3", "--"), printing(out), new StopRequest());

    List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(Bench.HEADER.lines().toList(), printed.subList(0, 2));
    assertEquals(3, printed.size(), printed.toString());
    assertTrue(printed.get(2).startsWith("| 20 | 2 | 1 | 0.001 | "), printed.get(2));
    assertEquals(logsBefore, logs());
  }

  /** The command line's options go to each row's JVM; what it refuses ends the bench with its one line. */
  @Test
  void aRowItsJvmRefusesEndsTheBenchWithThatJvmsLine() throws IOException, InterruptedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    BadInputException refused = assertThrows(BadInputException.class, () -> Bench.grid(
        List.of(new Bench.GridRow(20, 2), new Bench.GridRow(0, 10)), List.of("--failure-rate", "2"), printing(out),
        new StopRequest()));

    assertEquals("the grid's row --generate 20 --waiters 2 --max-open-orders 1 --time-scale 0.001 --quiet:"
        + " restaurant.kitchen.failure-rate = \"2\" (command line --failure-rate) must be a rate from 0 (never) to"
        + " 1 (always), e.g. 0.05", refused.getMessage());
    assertEquals(Bench.HEADER + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
  }

  /** A stop before a row's JVM is under way: it is ended, the bench says so, and no log is left. */
  @Test
  void aStoppedGridSaysSoAndLeavesNoLog() throws IOException, InterruptedException {
    Map<Path, Long> logsBefore = logs();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StopRequest stop = new StopRequest();
    stop.request();

    Bench.grid(List.of(new Bench.GridRow(20, 2), new Bench.GridRow(0, 10)), List.of(), printing(out), stop);

    assertEquals(Bench.HEADER + System.lineSeparator() + "stopped: the rows after it did not run."
        + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
    assertEquals(logsBefore, logs());
  }

  private static PrintStream printing(ByteArrayOutputStream out) {
    return new PrintStream(out, true, StandardCharsets.UTF_8);
  }

  /** The files in logs/, each with when it was last written. */
  private static Map<Path, Long> logs() throws IOException {
    Map<Path, Long> logs = new TreeMap<>();
    if (Files.isDirectory(LOGS)) {
      try (Stream<Path> files = Files.list(LOGS)) {
        for (Path file : files.toList()) {
          logs.put(file, Files.getLastModifiedTime(file).toMillis());
        }
      }
    }
    return logs;
  }
}
