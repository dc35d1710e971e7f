package restaurant.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import restaurant.actors.ActorRestaurant;
import restaurant.config.Settings;
import restaurant.model.StopRequest;
import restaurant.report.Progress;
import restaurant.report.RunReport;

/** The sweep on a small lunch: its recommendation is the one a brute-force search of the same runs finds. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SweepTest {
  private static final Config LUNCH = ConfigFactory.parseString("""
      restaurant {
        waiter.delivery-time = 20s
        arrivals { process = poisson, rate = 200 }
        kitchen.stations.grill { cooks = 1, products = [burger] }
        seed = 11
      }""").withFallback(ConfigFactory.parseResources("restaurant/akka.conf"))
      .withFallback(ConfigFactory.defaultReference());
  private static final Settings.OrderSource ORDERS = Settings.OrderSource.generated(150);

  private static List<Staffing> points() {
    List<Staffing> points = new ArrayList<>();
    for (int waiters = 1; waiters <= 4; waiters++) {
      for (int grill = 1; grill <= 2; grill++) {
        points.add(new Staffing(waiters, new TreeMap<>(Map.of("grill", grill))));
      }
    }
    return points;
  }

  private static Sweep.Result sweep(Duration target) throws InterruptedException {
    return Sweep.run(new Sweep.Plan(points(), 3, target), LUNCH, ORDERS, 2, new StopRequest(), new AtomicInteger());
  }

  @Test
  void theRecommendationIsTheSmallestStaffABruteForceSearchFinds() throws InterruptedException {
    Duration target = Duration.ofSeconds(90);

    Sweep.Result result = sweep(target);

    // Brute force: every point, every replication, run here one by one; judged by hand.
    Staffing smallest = null;
    for (Staffing point : points()) {
      double[] p95 = new double[3];
      for (int replication = 0; replication < 3; replication++) {
        Config run = Sweep.settingsFor(LUNCH, point, 11 + replication);
        Settings settings = Settings.from(run, ORDERS);
        RunReport report = ActorRestaurant.run(settings, run, new Progress(150), new StopRequest());
        p95[replication] = report.service().p95ServedSeconds(); // the sweep's measure: failed orders never served
      }
      double mean = (p95[0] + p95[1] + p95[2]) / 3;
      double variance = ((p95[0] - mean) * (p95[0] - mean) + (p95[1] - mean) * (p95[1] - mean)
          + (p95[2] - mean) * (p95[2] - mean)) / 2;
      double upper = mean + 4.303 * Math.sqrt(variance / 3); // t with 2 degrees of freedom
      boolean smaller = smallest == null || point.people() < smallest.people()
          || point.people() == smallest.people() && point.waiters() < smallest.waiters();
      if (upper <= target.toSeconds() && smaller) {
        smallest = point;
      }
      PointResult swept = result.points().stream().filter(p -> p.staff().equals(point)).findFirst().orElseThrow();
      assertEquals(mean, swept.latencyP95().mean(), 1e-9, point::toString); // the same runs, in parallel or not
    }
    assertTrue(smallest != null, "the case must have an answer");
    assertEquals(Optional.of(smallest), result.recommendation().map(PointResult::staff));
    assertEquals(8, result.points().size());
    assertFalse(result.stopped());
  }

  @Test
  void aStopBeforeTheRunsEndsTheSweepWithThePointsDoneSoFar() throws InterruptedException {
    StopRequest stop = new StopRequest();
    stop.request(); // a signal as the sweep starts

    Sweep.Result result = Sweep.run(new Sweep.Plan(points(), 3, Duration.ofMinutes(10)), LUNCH, ORDERS, 2, stop,
        new AtomicInteger());

    assertTrue(result.stopped());
    assertEquals(List.of(), result.points());
    assertEquals(Optional.empty(), result.recommendation());
  }

  @Test
  void aStoppedSweepRecommendsOnlyWhenEverySmallerStaffRanAndClaimsNothingAboutTheRest() throws IOException {
    Sweep.Plan plan = new Sweep.Plan(points(), 3, Duration.ofSeconds(90));
    Estimate within = new Estimate(60, 10);
    Estimate beyond = new Estimate(200, 10);
    PointResult small = new PointResult(points().get(0), within, beyond, 0, 1, new TreeMap<>()); // 1 waiter, grill=1: misses
    PointResult meets = new PointResult(points().get(3), within, within, 0, 1, new TreeMap<>()); // 2 waiters, grill=2

    // 1 waiter with grill=2 (3 people) and 2 waiters with grill=1 (3 people) did not run: either might meet.
    List<PointResult> ran = List.of(small, meets);
    Sweep.Result stopped = new Sweep.Result(plan, 11, ran, Sweep.recommendation(plan, ran),
        true, Duration.ZERO, 1);

    assertEquals(Optional.empty(), stopped.recommendation());
    assertEquals(6, stopped.notRun().size());
    String verdict = SweepPrinter.verdict(stopped);
    assertTrue(verdict.startsWith("stopped after 2 of 8 staffing points; not run: [1 waiter, grill=2], "
        + "[2 waiters, grill=1], [3 waiters, grill=1] and 3 more; 2 waiters, grill=2 meets p95 <= 1m30s, "
        + "but a smaller staffing did not run: no recommendation"), verdict);

    // The table says which points ran: those that did not are rows with nothing measured.
    Path csv = Files.createTempFile("stopped", ".csv");
    SweepPrinter.writeCsv(stopped, csv);
    List<String> rows = Files.readAllLines(csv);
    Files.delete(csv);
    assertTrue(rows.get(0).endsWith(",people,meets,recommended,ran"), rows.get(0));
    assertEquals(1 + 8, rows.size(), rows::toString);
    assertEquals(2, rows.stream().filter(row -> row.endsWith(",true")).count(), rows::toString);
    assertTrue(rows.contains("1,2,,,,,,,3,,,false"), rows::toString); // 1 waiter, grill=2: not run

    // Every smaller staffing ran and missed: the recommendation stands, stop or not, naming what did not run.
    List<PointResult> allSmaller = new ArrayList<>(List.of(small, meets));
    allSmaller.add(new PointResult(points().get(1), within, beyond, 0, 1, new TreeMap<>()));
    allSmaller.add(new PointResult(points().get(2), within, beyond, 0, 1, new TreeMap<>()));
    assertEquals(Optional.of(meets), Sweep.recommendation(plan, allSmaller));
    Sweep.Result recommended = new Sweep.Result(plan, 11, allSmaller, Sweep.recommendation(plan, allSmaller),
        true, Duration.ZERO, 1);
    assertTrue(SweepPrinter.verdict(recommended).endsWith("; the sweep was stopped, after every smaller staffing ran;"
        + " not run: [3 waiters, grill=1], [3 waiters, grill=2], [4 waiters, grill=1] and 1 more"),
        SweepPrinter.verdict(recommended));

    // Nothing that ran meets: no claim that nothing in the range does.
    Sweep.Result none = new Sweep.Result(plan, 11, List.of(small), Sweep.recommendation(plan, List.of(small)),
        true, Duration.ZERO, 1);
    assertTrue(SweepPrinter.verdict(none).endsWith("none of those that ran meets p95 <= 1m30s, and nothing is "
        + "claimed about the rest"), SweepPrinter.verdict(none));
    assertFalse(SweepPrinter.verdict(none).contains("no staffing in the range"));
  }

  @Test
  void aTargetNoStaffingMeetsHasNoRecommendation() throws InterruptedException {
    Sweep.Result result = sweep(Duration.ofSeconds(1)); // no order is out in 1 s: a burger takes 7.5

    assertEquals(Optional.empty(), result.recommendation());
    assertTrue(SweepPrinter.verdict(result).startsWith("no staffing in the range meets p95 <= 1s: the closest, "),
        SweepPrinter.verdict(result));
  }
}
