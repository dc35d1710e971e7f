package restaurant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import restaurant.actors.Restaurant;
import restaurant.config.OrdersFile;
import restaurant.config.Settings;
import restaurant.model.Workloads;


/** The modes, compare, generated workloads and bench, end to end through the command line. */
class CommandsTest {
  @TempDir
  Path dir;

  @Test
  void dumpedOrdersReadBackAsTheSameOrders() throws IOException {
    Path dump = dir.resolve("orders.json");

    CliRun dumped = CliRun.of("--generate", "500", "--seed", "9", "--dump-orders", dump.toString());

    assertEquals(0, dumped.exitCode(), dumped.err());
    assertEquals("wrote 500 orders to " + dump + System.lineSeparator(), dumped.out());
    Settings settings = Settings.from(ConfigFactory.defaultReference());
    assertEquals(Workloads.generate(500, 9, settings.menu()), OrdersFile.read(dump, settings.menu()));
    CliRun served = CliRun.of("--orders", dump.toString(), "--time-scale", "0.0001", "--waiters", "50", "--quiet");
    assertEquals(0, served.exitCode(), served.err());
    assertTrue(served.out().contains("orders            500  received: 500 dispatched"), served.out());
  }

  @Test
  void eachModeRunsFromTheCommandLine() {
    for (String mode : new String[] {"sync", "threads", "actors"}) {
      CliRun run = CliRun.of("--mode", mode, "--time-scale", "0.001", "--quiet");

      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.out().contains("Restaurant report (" + mode + ")"), run.out());
    }
  }

  @Test
  void compareRunsTheThreeModesOnOneWorkload() {
    CliRun run = CliRun.of("compare", "--time-scale", "0.001", "--quiet");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("mode          makespan     wall time"), run.out());
    for (String mode : new String[] {"sync", "threads", "actors"}) {
      assertTrue(run.out().lines().anyMatch(line -> line.startsWith(mode + " ")), mode + " missing: " + run.out());
    }
    assertTrue(run.out().lines().anyMatch(line -> line.startsWith("sync ") && line.endsWith("1.00 x")), run.out());
  }

  @Test
  void benchRunsARowEndToEnd() {
    CliRun run = CliRun.of("bench", "--generate", "300", "--waiters", "20", "--time-scale", "0.001", "--quiet");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("| orders | waiters | max-open |"), run.out());
    assertTrue(run.out().lines().anyMatch(line -> line.startsWith("| 300 | 20 | 1 | 0.001 |")), run.out());
  }

  @Test
  void benchMeasuresIdleWaiters() {
    CliRun run = CliRun.of("bench", "--idle-waiters", "500", "--quiet");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().matches("500 idle waiters: [\\d,]+ bytes of heap each \\(.* MB in all\\)\\R"), run.out());
  }

  @Test
  void quietDropsTheEventLinesAndOnlyForItsOwnRun() throws IOException {
    Path orders = Files.writeString(dir.resolve("one.json"), "[[\"soda\"]]");
    CliRun quiet = CliRun.of("--orders", orders.toString(), "--time-scale", "0.001", "--quiet");
    assertEquals(0, quiet.exitCode(), quiet.err());
    assertTrue(org.slf4j.LoggerFactory.getLogger("restaurant.actors.Waiter")
        .isInfoEnabled(restaurant.report.ServiceEvents.EVENT), "--quiet outlived its run");
  }
}
