package restaurant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import restaurant.config.OrdersFile;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.model.Workloads;
import restaurant.report.ServiceEvents;

/**
 * The commands and their options: how the flags parse, and the modes, compare, generated
 * workloads and bench end to end through the command line.
 */
class CommandsTest {
  @TempDir
  Path dir;

  private static Options parse(String... args) {
    return Cli.options(args);
  }

  @Test
  void withNoCommandTheOptionsAreRuns() {
    assertEquals(parse("run", "--waiters", "3"), parse("--waiters", "3"));
    assertEquals(Options.Command.RUN, parse().command());
    assertEquals(Mode.ACTORS, parse().mode());
    assertEquals(Options.Command.COMPARE, parse("compare", "--quiet").command());
  }

  @Test
  void aFlagTakesItsValueAsTheNextWordOrAfterAnEqualsSign() {
    assertEquals(parse("--waiters", "3"), parse("--waiters=3"));
    assertEquals(parse("--mode", "sync", "--orders", "o.json", "--seed", "4"),
        parse("--mode=sync", "--orders=o.json", "--seed=4"));
    ConfigValue waiters = parse("--waiters=3").overrides().get(Settings.WAITERS);
    assertEquals("3", waiters.unwrapped());
    assertEquals("command line --waiters", waiters.origin().description());
  }

  @Test
  void theLastOfARepeatedFlagCounts() {
    assertEquals("4", parse("--waiters", "3", "--waiters", "4").overrides().get(Settings.WAITERS).unwrapped());
  }

  @Test
  void quietIsTrueAloneOrWithTrueAndFalseWithFalse() {
    assertTrue(parse("--quiet").quiet());
    assertTrue(parse("--quiet=true").quiet());
    assertFalse(parse("--quiet=false").quiet());
    assertFalse(parse().quiet());
  }

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
    assertTrue(run.out().matches("(?s).*\\nmode +makespan +wall time.*"), run.out());
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
  void quietDropsTheEventLinesAndQuietFalseKeepsThem() throws IOException {
    Path orders = Files.writeString(dir.resolve("one.json"), "[[\"soda\"]]");

    assertEquals(0, waiterEventLines("--orders", orders.toString(), "--time-scale", "0.001", "--quiet"));
    assertEquals(0, waiterEventLines("--orders", orders.toString(), "--time-scale", "0.001", "--quiet=true"));
    assertTrue(waiterEventLines("--orders", orders.toString(), "--time-scale", "0.001", "--quiet=false") > 0);
  }

  /** How many per-event lines the waiters log in a run of the command line. */
  private static long waiterEventLines(String... args) {
    Logger waiter = (Logger) LoggerFactory.getLogger("restaurant.actors.Waiter");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    waiter.addAppender(lines);
    try {
      CliRun run = CliRun.of(args);
      assertEquals(0, run.exitCode(), run.err());
    } finally {
      waiter.detachAppender(lines);
    }
    synchronized (lines) { // the appender adds under this lock
      return lines.list.stream()
          .filter(line -> line.getMarkerList() != null && line.getMarkerList().contains(ServiceEvents.EVENT)).count();
    }
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
