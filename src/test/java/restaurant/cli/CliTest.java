package restaurant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import restaurant.actors.ActorRestaurant;
import restaurant.config.Configuration;
import restaurant.config.Settings;
import restaurant.model.FaultPlan;
import restaurant.model.StopRequest;
import restaurant.report.Progress;
import restaurant.report.RunReport;

/** The command line end to end, with a real actor system at a small time-scale. */
class CliTest {
  @TempDir
  Path dir;

  @Test
  void runsTheReferenceWorkloadAndWritesTheJsonReport() throws IOException {
    Path reportFile = dir.resolve("report.json");

    CliRun run = CliRun.of("--time-scale", "0.001", "--waiters", "4", "--report", reportFile.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Restaurant report (actors): 4 waiters, 1 open order each, time-scale 0.001"), run.out());
    assertTrue(run.out().matches("(?s).*sequential +43\\.800 s.*"), run.out());
    JsonNode report = new ObjectMapper().readTree(reportFile.toFile());
    assertEquals(4, report.get("waiters").asInt());
    assertEquals(1, report.get("maxOpenOrders").asInt());
    assertEquals(0.001, report.get("timeScale").asDouble());
    assertEquals(0.0, report.get("deliverySeconds").asDouble()); // none by default
    assertEquals(43.8, report.get("sequentialSeconds").asDouble(), 1e-9);
    assertEquals(7.5, report.get("floorSeconds").asDouble(), 1e-9);
    // Real time: never faster than the model, which is 7.5 s for four waiters.
    assertTrue(report.get("makespanSeconds").asDouble() >= 7.5, report.toString());
    assertTrue(report.get("wallMillis").asDouble() >= 7.5, report.toString());
    assertEquals(4, report.get("orders").size());
    JsonNode order1 = report.get("orders").get(1);
    assertEquals(1, order1.get("id").asInt());
    assertEquals("[\"burger\",\"burger\",\"beer\",\"frites\"]", order1.get("products").toString());
    assertTrue(order1.get("waiter").asInt() >= 1 && order1.get("waiter").asInt() <= 4);
    assertTrue(order1.get("finishedSeconds").asDouble() >= order1.get("takenSeconds").asDouble() + 7.5);
    assertEquals("dispatched", order1.get("outcome").asText());
    String json = Files.readString(reportFile);
    assertTrue(json.contains("\"price\" : 18.50,"), json); // money written exactly, never as a double
    assertTrue(json.contains("\"takings\" : 44.50,"), json);
    assertTrue(report.get("invariantHolds").asBoolean());
    assertEquals("actors", report.get("mode").asText());
    assertTrue(report.get("failure").isNull());
  }

  @Test
  void aTraceHasOneRowPerOrderAndTheReportItsStatistics() throws IOException {
    Path trace = dir.resolve("trace.csv");
    Path reportFile = dir.resolve("report.json");

    CliRun run = CliRun.of("--clock", "virtual", "--delivery-time", "2s", "--trace", trace.toString(), "--report",
        reportFile.toString());

    assertEquals(0, run.exitCode(), run.err());
    // Two waiters: orders 0 and 1 at once; 2 and 3 wait for their slots (9.5 s: 7.5 s cooking, 2 s to the table).
    assertEquals(List.of(restaurant.report.TraceFile.HEADER,
        "0,1,burger+soda,0.000000,0.000000,7.500000,9.500000,9.500000,dispatched",
        "1,2,burger+burger+beer+frites,0.000000,0.000000,7.500000,9.500000,9.500000,dispatched",
        "2,1,beer+beer+beer,0.000000,9.500000,10.700000,12.700000,12.700000,dispatched",
        "3,2,burger+frites,0.000000,9.500000,17.000000,19.000000,19.000000,dispatched"), Files.readAllLines(trace));
    JsonNode report = new ObjectMapper().readTree(reportFile.toFile());
    assertEquals((9.5 + 9.5 + 12.7 + 19) / 4, report.get("latencySeconds").get("mean").asDouble(), 1e-9);
    assertEquals(19, report.get("latencySeconds").get("max").asDouble(), 1e-9);
    assertEquals(9.5, report.get("waitSeconds").get("p95").asDouble(), 1e-3);
    assertEquals(4 / (19 / 3600.0), report.get("ordersPerHour").asDouble(), 1e-6);
    assertEquals(0, report.get("stations").size());
    assertTrue(report.has("waiterUtilization") && report.has("littlesLaw"), report::toString);
  }

  @Test
  void sweepRecommendsTheSmallestStaffThatMeetsTheTargetAndExitsThreeWhenNoneDoes() throws IOException {
    Path csv = dir.resolve("sweep.csv");

    // The reference workload: every order at once, no randomness, so no spread between replications.
    CliRun met = CliRun.of("sweep", "--waiters", "1..4", "--replications", "2", "--target-p95", "10s", "--csv",
        csv.toString());
    CliRun missed = CliRun.of("sweep", "--waiters", "1..2", "--replications", "2", "--target-p95", "5s");

    assertEquals(0, met.exitCode(), met.err());
    assertTrue(met.out().contains("recommendation: 3 waiters (p95 8.7s ± 0s, up to 8.7s <= 10s)\n"), met.out());
    assertEquals(5, Files.readAllLines(csv).size()); // the header and four points
    assertTrue(Files.readAllLines(csv).get(3).startsWith("3,6.225000,0.000000,8.700000,0.000000,"),
        Files.readAllLines(csv)::toString);
    assertEquals(3, missed.exitCode(), missed.err());
    assertTrue(missed.out().contains("no staffing in the range meets p95 <= 5s: the closest, 2 waiters, reaches p95 "
        + "15s ± 0s (up to 15s)\n"), missed.out());
  }

  @Test
  void aP95AtTheTargetMeetsItAndOneAMicrosecondAboveDoesNot() {
    // Four waiters on the reference orders: three of the four orders take exactly 7.5 s.
    CliRun tie = CliRun.of("sweep", "--waiters", "4", "--replications", "2", "--target-p95", "7500ms");
    CliRun above = CliRun.of("sweep", "--waiters", "4", "--replications", "2", "--target-p95", "7499950us");

    assertEquals(0, tie.exitCode(), tie.err());
    assertTrue(tie.out().contains("recommendation: 4 waiters (p95 7.5s ± 0s, up to 7.5s <= 7.5s)\n"), tie.out());
    // The histogram's bucket read 7.499904 s here, and a target 50 µs below 7.5 s was "met".
    assertEquals(3, above.exitCode(), above.out());
    assertTrue(above.out().contains("target p95 <= 7.49995s"), above.out());
    assertTrue(above.out().contains("no staffing in the range meets p95 <= 7.49995s: the closest, 4 waiters, "
        + "reaches p95 7.5s ± 0s (up to 7.5s)\n"), above.out());
  }

  @Test
  void everyStatisticOfALunchCanBeWorkedOutAgainFromItsTrace() throws IOException {
    Path json = dir.resolve("lunch.json");
    Path trace = dir.resolve("lunch.csv");

    CliRun run = CliRun.of("--config", "conf/examples/lunch-rush.conf", "--failure-rate", "0.2", "--quiet",
        "--report", json.toString(), "--trace", trace.toString());

    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertTrue(report.get("failed").asInt() > 0, "failed orders are in the trace too");
    TraceRecount.assertReportAgreesWithTrace(trace, report);
  }

  @Test
  void aPropertiesFileListsAStationsProductsOneKeyEach() throws IOException {
    Path properties = Files.writeString(dir.resolve("bar.properties"), """
        restaurant.kitchen.stations.bar.cooks = 1
        restaurant.kitchen.stations.bar.products.0 = soda
        restaurant.kitchen.stations.bar.products.1 = beer
        restaurant.clock = virtual
        """);

    CliRun run = CliRun.of("--config", properties.toString(), "--quiet");

    assertEquals(0, run.exitCode(), run.err());
    // The reference orders hold 1 soda and 4 beers: the bar makes all five, one at a time.
    assertTrue(run.out().contains("station           bar  1 cook, "), run.out());
    assertTrue(run.out().contains("(5 products)"), run.out());
  }

  @Test
  void aDumpedPoissonDayRunsAgainAsItWas() throws IOException {
    Path dump = dir.resolve("day.json");
    Path first = dir.resolve("first.json");
    Path again = dir.resolve("again.json");

    CliRun dumped = CliRun.of("--generate", "50", "--arrival-rate", "400", "--seed", "3", "--dump-orders",
        dump.toString());
    CliRun run = CliRun.of("--generate", "50", "--arrival-rate", "400", "--seed", "3", "--clock", "virtual",
        "--waiters", "2", "--report", first.toString());
    CliRun rerun = CliRun.of("--orders", dump.toString(), "--clock", "virtual", "--waiters", "2", "--report",
        again.toString());

    assertEquals(0, dumped.exitCode(), dumped.err());
    assertTrue(Files.readString(dump).startsWith("[\n{\"arrival\":"), Files.readString(dump));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(0, rerun.exitCode(), rerun.err());
    JsonNode expected = new ObjectMapper().readTree(first.toFile());
    JsonNode actual = new ObjectMapper().readTree(again.toFile());
    assertEquals(expected.get("orders"), actual.get("orders"));
    assertEquals(expected.get("latencySeconds"), actual.get("latencySeconds"));
    assertEquals("poisson", expected.get("arrivals").asText());
    assertEquals("listed", actual.get("arrivals").asText()); // the file's own times, not a process
  }

  @Test
  void onTheWallClockOrdersArriveOverTimeToo() throws IOException {
    Path reportFile = dir.resolve("report.json");

    // 20 orders at 3600 an hour take about 20 s of simulated time: 0.2 s at time-scale 0.01.
    CliRun run = CliRun.of("--generate", "20", "--arrival-rate", "3600", "--waiters", "4", "--time-scale", "0.01",
        "--quiet", "--report", reportFile.toString());

    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = new ObjectMapper().readTree(reportFile.toFile());
    assertEquals(20, report.get("dispatched").asInt());
    for (JsonNode order : report.get("orders")) {
      // never handed out before it arrived, never out before its arrival and its slowest product
      assertTrue(order.get("takenSeconds").asDouble() >= order.get("arrivalSeconds").asDouble() - 1e-9,
          order::toString);
      assertTrue(order.get("finishedSeconds").asDouble() >= order.get("arrivalSeconds").asDouble() + 1,
          order::toString);
    }
    assertTrue(report.get("invariantHolds").asBoolean());
  }

  @Test
  void aRunWritesItsPageBesideItsReport() throws IOException {
    Path html = dir.resolve("lunch.html");

    CliRun run = CliRun.of("--config", "conf/examples/lunch-rush.conf", "--quiet", "--html", html.toString());

    assertEquals(0, run.exitCode(), run.err());
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, 100));
    assertTrue(page.contains("\"arrivals\":\"poisson\""), "the report inside");
    assertTrue(Files.size(html) < 1_000_000, "450 orders: " + Files.size(html) + " bytes");
  }

  /** Run twice with the same files: the second run replaces what the first wrote, an empty file first (mktemp's). */
  @Test
  void eachOutputReplacesItsOwnEarlierOutput() throws IOException {
    Path report = Files.createFile(dir.resolve("report.json"));
    Path trace = dir.resolve("trace.csv");
    Path page = dir.resolve("run.html");
    Path sweepReport = dir.resolve("sweep.json");
    Path table = Files.createFile(dir.resolve("sweep.csv"));
    Path sweepPage = dir.resolve("sweep.html");

    for (int time = 1; time <= 2; time++) {
      CliRun run = CliRun.of("--clock", "virtual", "--quiet", "--report", report.toString(), "--trace",
          trace.toString(), "--html", page.toString());
      CliRun sweep = CliRun.of("sweep", "--waiters", "1..2", "--replications", "2", "--target-p95", "1m",
          "--report", sweepReport.toString(), "--csv", table.toString(), "--html", sweepPage.toString());

      assertEquals(0, run.exitCode(), run.err());
      assertEquals(0, sweep.exitCode(), sweep.err());
    }
    assertEquals("actors", new ObjectMapper().readTree(report.toFile()).get("mode").asText());
    assertEquals(5, Files.readAllLines(trace).size()); // the header and four orders
    assertTrue(Files.readString(page).contains("<meta name=\"generator\" content=\"restaurant run page\">"));
    assertEquals(2, new ObjectMapper().readTree(sweepReport.toFile()).get("points").size());
    assertEquals(3, Files.readAllLines(table).size());
    assertTrue(Files.readString(sweepPage).contains("<meta name=\"generator\" content=\"restaurant sweep page\">"));
  }

  /** A dump is an orders file, an input: it takes an empty file, and never replaces one that holds something. */
  @Test
  void aDumpReplacesOnlyAnEmptyFile() throws IOException {
    Path dump = Files.createFile(dir.resolve("orders.json"));

    CliRun first = CliRun.of("--generate", "3", "--dump-orders", dump.toString());
    String dumped = Files.readString(dump);
    CliRun second = CliRun.of("--generate", "4", "--dump-orders", dump.toString());

    assertEquals(0, first.exitCode(), first.err());
    assertEquals(2, second.exitCode(), second.err());
    assertEquals("restaurant: --dump-orders " + dump + ": exists, and --dump-orders replaces only an empty file (what"
        + " it writes is an orders file, an input, and an earlier dump cannot be told from one written by hand); give"
        + " a new file name, or remove the file first\n", second.err());
    assertEquals(dumped, Files.readString(dump));
  }

  /** The same settings and seed on the virtual clock: the same report, byte for byte, but for the wall time. */
  @Test
  void aVirtualRunIsTheSameEveryTimeFaultsAndAll() throws IOException {
    List<String> reports = new java.util.ArrayList<>();
    for (int run = 1; run <= 2; run++) {
      Path reportFile = dir.resolve("run" + run + ".json");
      CliRun done = CliRun.of("--clock", "virtual", "--generate", "20000", "--waiters", "200", "--quiet",
          "--failure-rate", "0.05", "--waiter-crash-rate", "0.001", "--kitchen-crash-rate", "0.001",
          "--report", reportFile.toString());
      assertEquals(0, done.exitCode(), done.err());
      reports.add(Files.readString(reportFile).replaceAll("\"wallMillis\" : [0-9.E-]+", "\"wallMillis\" : 0"));
    }

    assertEquals(reports.get(0), reports.get(1));
    JsonNode report = new ObjectMapper().readTree(reports.get(0));
    assertEquals("virtual", report.get("clock").asText());
    assertTrue(report.get("restarts").get("waiter").asInt() > 0, "no waiter crashed: " + report.get("restarts"));
    assertTrue(report.get("burntProducts").asInt() > 0);
  }

  /** An actor's bug (not a simulated crash) ends a real run at once, and the run exits with 1. */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aRunThatMeetsABugEndsAtOnceAndExitsWithOne() {
    FaultPlan buggyKitchen = new FaultPlan() {
      @Override
      public boolean burns(int orderId, int item, int attempt) {
        throw new IllegalStateException("a bug in the kitchen");
      }

      @Override
      public boolean waiterCrashes(int waiterId, int incarnation, int orderId, int item, int attempt) {
        return false;
      }

      @Override
      public boolean kitchenCrashes(int incarnation, KitchenStep step, int orderId, int item, int attempt) {
        return false;
      }

      @Override
      public boolean waitersMayCrash() {
        return false;
      }

      @Override
      public boolean kitchenMayCrash() {
        return false;
      }
    };
    Config config = Configuration.load(null, Map.of());
    Settings settings = Settings.from(config);
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    RunReport report = ActorRestaurant.run(settings, buggyKitchen, config, new Progress(settings.orders().size()),
        new StopRequest());

    assertEquals(4, report.pending()); // the first request met the bug: nothing was served
    assertEquals(1, Cli.exitCode(report, new PrintStream(err, true, StandardCharsets.UTF_8)));
    // The log is logs/restaurant.log, or another file when another run holds that one.
    assertTrue(err.toString(StandardCharsets.UTF_8).matches("restaurant: the run stopped on a bug: Kitchen failed: "
        + "java.lang.IllegalStateException: a bug in the kitchen \\(the details are in logs/restaurant[-0-9]*\\.log\\)"
        + System.lineSeparator()), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void servesTheOrdersOfAnOrdersFile() throws IOException {
    Path orders = Files.writeString(dir.resolve("orders.json"), "[[\"soda\"], [\"beer\", \"soda\"], [\"frites\"]]");

    CliRun run = CliRun.of("--orders", orders.toString(), "--time-scale=0.001");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("beer, soda"), run.out());
    assertTrue(run.out().matches("(?s).*sequential +7\\.200 s.*"), run.out());
    assertTrue(run.out().matches("(?s).*floor +4\\.000 s.*"), run.out());
  }

  @Test
  void helpListsEveryFlag() {
    StringBuilder help = new StringBuilder();
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"run", "--help"},
        new String[] {"compare", "--help"}, new String[] {"bench", "--help"})) {
      CliRun run = CliRun.of(args);
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.out().contains("Exit codes: 0 the run completed"), run.out());
      help.append(run.out());
    }
    for (String flag : new String[] {"--waiters", "--max-open-orders", "--time-scale", "--orders", "--config",
        "--report", "--help", "--version", "--mode", "--generate", "--seed", "--dump-orders", "--quiet",
        "--idle-waiters", "--failure-rate", "--max-retries", "--waiter-crash-rate", "--kitchen-crash-rate"}) {
      assertTrue(help.toString().contains(flag), flag);
    }
  }

  @Test
  void helpListsTheCommands() {
    CliRun run = CliRun.of("--help");

    assertEquals(0, run.exitCode(), run.err());
    for (String command : new String[] {"run", "compare", "bench"}) {
      assertTrue(run.out().lines().anyMatch(line -> line.startsWith("  " + command + " ")), command);
    }
  }

  /** The options of every command, and --mode and --report of run only, --idle-waiters of bench only. */
  @ParameterizedTest
  @ValueSource(strings = {"run", "compare", "bench"})
  void eachCommandsHelpListsItsOptions(String command) {
    CliRun run = CliRun.of(command, "--help");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("Usage: java -jar target/restaurant.jar " + command + " [OPTIONS]"), run.out());
    for (String flag : new String[] {"--waiters=N", "--max-open-orders=N", "--time-scale=F", "--orders=FILE",
        "--generate=N", "--seed=S", "--dump-orders=FILE", "--quiet[=true|false]", "--failure-rate=R",
        "--max-retries=N", "--waiter-crash-rate=R", "--kitchen-crash-rate=R", "--config=FILE",
        "--help", "--version"}) {
      assertTrue(run.out().contains(flag), flag);
    }
    assertEquals(command.equals("run"), run.out().contains("--mode=M"), run.out());
    assertEquals(command.equals("run"), run.out().contains("--report=FILE"), run.out());
    assertEquals(command.equals("bench"), run.out().contains("--idle-waiters=N"), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"node", "cluster"})
  void theClusterCommandsHelpListsTheirOwnOptionsBesideTheRunOptions(String command) {
    CliRun run = CliRun.of(command, "--help");

    assertEquals(0, run.exitCode(), run.err());
    for (String flag : command.equals("node")
        ? new String[] {"--role=cashier|floor", "--port=P", "--seed-nodes=HOST:PORT[,HOST:PORT]", "--expect-floors=K",
            "--join-timeout=D", "--report=FILE", "--waiters=N", "--time-scale=F"}
        : new String[] {"--nodes=N", "--kill-node-at=D", "--join-timeout=D", "--report=FILE", "--waiters=N"}) {
      assertTrue(run.out().contains(flag), flag + " in " + run.out());
    }
  }

  @Test
  void helpNamesTheConfigKeyEachFlagSets() {
    String help = CliRun.of("run", "--help").out();

    for (String key : new String[] {Settings.WAITERS, Settings.MAX_OPEN_ORDERS, Settings.TIME_SCALE, Settings.SEED,
        Settings.FAILURE_RATE, Settings.MAX_RETRIES, Settings.WAITER_CRASH_RATE, Settings.KITCHEN_CRASH_RATE,
        Settings.DELIVERY_TIME}) {
      assertTrue(help.contains("(" + key + ")"), key + " missing or broken across lines: " + help);
    }
  }

  @Test
  void versionIsTheProjectVersion() {
    CliRun run = CliRun.of("--version");

    assertEquals(0, run.exitCode());
    assertTrue(run.out().matches("restaurant \\d+\\.\\d+\\.\\d+.*\\R"), run.out());
  }
}
