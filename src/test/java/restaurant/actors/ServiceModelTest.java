package restaurant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;
import restaurant.config.Settings;
import restaurant.model.Distribution;
import restaurant.model.Order;
import restaurant.model.OrderOutcome;
import restaurant.report.RunReport;
import restaurant.report.ServedOrder;
import restaurant.report.StationReport;

/**
 * Arrivals, stations with cooks, warm-up and the statistics, on virtual time: small cases worked
 * out by hand, and long runs checked against queueing theory.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServiceModelTest {

  private static Settings settings(String hocon) {
    return Settings.from(ConfigFactory.parseString(hocon).withFallback(ConfigFactory.defaultReference()));
  }

  private static Order order(int id, double arrival, String... products) {
    return new Order(id, List.of(products), arrival);
  }

  private static void assertOrder(ServedOrder order, double taken, double finished) {
    assertEquals(OrderOutcome.DISPATCHED, order.outcome(), order::toString);
    assertEquals(taken, order.takenSeconds(), 1e-9, order::toString);
    assertEquals(finished, order.finishedSeconds(), 1e-9, order::toString);
  }

  private static StationReport station(RunReport report, String name) {
    return report.service().stations().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void oneGrillCookMakesTwoBurgersOneAfterTheOther() {
    Settings settings = settings("restaurant.kitchen.stations.grill { cooks = 1, products = [burger] }")
        .withOrders(List.of(order(0, 0, "burger"), order(1, 0, "burger")));

    RunReport report = VirtualRestaurant.serve(settings);

    assertOrder(report.orders().get(0), 0, 7.5);
    assertOrder(report.orders().get(1), 0, 15.0); // the second burger waited 7.5 s for the cook
    StationReport grill = station(report, "grill");
    assertEquals(1.0, grill.utilization(), 1e-9); // the cook never stopped over the 15 s
    assertEquals(0.5, grill.meanQueue(), 1e-9); // one burger waiting for half the time
    assertEquals(1, grill.maxQueue());
    assertEquals(3.75, grill.meanWaitSeconds(), 1e-9); // 0 and 7.5 s
    assertEquals(2, grill.made());
    assertEquals(11.25, report.service().latencySeconds().mean(), 1e-9);
    assertTrue(report.invariantHolds(), report.problems()::toString);
  }

  @Test
  void theLogSaysWhoWaitsForWhatWithTheOrderInTheMdc() {
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    ch.qos.logback.classic.Logger actors = logging.getLogger("restaurant.actors");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.setContext(logging);
    lines.start();
    actors.addAppender(lines);
    // One waiter, one grill cook: the second order waits for the waiter, the third burger for the cook.
    Settings settings = settings("restaurant { waiters = 1, waiter.max-open-orders = 2, kitchen.stations.grill "
        + "{ cooks = 1, products = [burger] } }").withOrders(List.of(order(0, 0, "burger"), order(1, 1, "burger"),
        order(2, 2, "soda")));
    try {
      VirtualRestaurant.serve(settings);
    } finally {
      actors.detachAppender(lines);
    }

    ILoggingEvent grill = lines.list.stream()
        .filter(line -> line.getFormattedMessage().equals("<Kitchen> [Order: 1] burger waits for the grill (0 ahead)"))
        .findFirst().orElseThrow(() -> new AssertionError(lines.list.toString()));
    assertEquals("1", grill.getMDCPropertyMap().get("order"));
    ILoggingEvent cashier = lines.list.stream()
        .filter(line -> line.getFormattedMessage().equals("<Cashier> [Order: 2] Arrives and waits for a waiter (0 ahead)"))
        .findFirst().orElseThrow(() -> new AssertionError(lines.list.toString()));
    assertEquals("2", cashier.getMDCPropertyMap().get("order"));
    assertEquals(null, cashier.getMDCPropertyMap().get("waiter"));
  }

  @Test
  void withoutStationsTheKitchenCooksEverythingAtOnceAsBefore() {
    Settings settings = settings("").withOrders(List.of(order(0, 0, "burger"), order(1, 0, "burger")));

    RunReport report = VirtualRestaurant.serve(settings);

    assertOrder(report.orders().get(0), 0, 7.5);
    assertOrder(report.orders().get(1), 0, 7.5);
    assertEquals(List.of(), report.service().stations());
  }

  @Test
  void anOrderWaitsInTheQueueForTheFirstSlotFreedAndIsTakenAtOnce() {
    // One waiter; the soda arrives at 2 s while the burger (in at 0) is out until 7.5 s.
    Settings settings = settings("restaurant.waiters = 1")
        .withOrders(List.of(order(0, 0, "burger"), order(1, 2, "soda"), order(2, 20, "soda")));

    RunReport report = VirtualRestaurant.serve(settings);

    assertOrder(report.orders().get(0), 0, 7.5);
    assertOrder(report.orders().get(1), 7.5, 8.5); // waited 5.5 s for the slot
    assertOrder(report.orders().get(2), 20, 21); // the waiter was free: taken as it arrived
    assertEquals(21, report.makespanSeconds(), 1e-9);
    assertEquals(21, report.floorSeconds(), 1e-9); // arrives at 20, 1 s to make
    // mean wait (0 + 5.5 + 0) / 3; latencies 7.5, 6.5, 1
    assertEquals(5.5 / 3, report.service().waitSeconds().mean(), 1e-9);
    assertEquals(5.5, report.service().waitSeconds().max(), 1e-9);
    assertEquals(5.0, report.service().latencySeconds().mean(), 1e-9);
    assertEquals(7.5, report.service().latencySeconds().max(), 1e-9);
    // the one slot held 7.5 + 1 + 1 s of 21
    assertEquals(9.5 / 21, report.service().waiterUtilization(), 1e-9);
    assertEquals(3 / (21 / 3600.0), report.service().ordersPerHour(), 1e-6);
  }

  @Test
  void aDeliveryHoldsTheSlotSoTheNextOrderWaitsForIt() {
    Settings settings = settings("restaurant { waiters = 1, waiter.delivery-time = 30s }")
        .withOrders(List.of(order(0, 0, "soda"), order(1, 10, "soda")));

    RunReport report = VirtualRestaurant.serve(settings);

    assertOrder(report.orders().get(0), 0, 31);
    assertOrder(report.orders().get(1), 31, 62);
    assertEquals(21, report.service().waitSeconds().max(), 1e-9);
    assertEquals(1.0, report.service().waiterUtilization(), 1e-9);
  }

  @Test
  void theWarmUpLeavesOutExactlyTheOrdersThatArriveBeforeIt() {
    Settings settings = settings("restaurant { waiters = 3, stats.warm-up = 15s }")
        .withOrders(List.of(order(0, 0, "soda"), order(1, 10, "beer"), order(2, 15, "frites"), order(3, 30,
            "burger")));

    RunReport report = VirtualRestaurant.serve(settings);

    assertEquals(4, report.dispatched()); // served, all of them
    assertEquals(2, report.service().latencySeconds().count()); // counted: the frites (4 s) and the burger (7.5 s)
    assertEquals(5.75, report.service().latencySeconds().mean(), 1e-9);
    assertEquals(15, report.service().warmUpSeconds(), 1e-9);
    assertEquals(37.5 - 15, report.service().windowSeconds(), 1e-9);
  }

  @Test
  void theLatencyHistogramHasEveryOrderInItsBin() {
    RunReport report = VirtualRestaurant.serve(settings("")); // latencies 7.5, 7.5, 8.7, 15.0 s

    List<restaurant.report.HistogramBin> bins = report.service().latencyHistogram();
    assertEquals(restaurant.report.ServiceReport.HISTOGRAM_BINS, bins.size());
    assertEquals(4, bins.stream().mapToLong(restaurant.report.HistogramBin::count).sum());
    assertEquals(15.0, bins.get(bins.size() - 1).upToSeconds(), 1e-6);
    assertEquals(1, bins.get(bins.size() - 1).count()); // 15.0 s, in the last bin
    assertEquals(2, bins.get(24).count()); // the two 7.5 s, in (7.2, 7.5]
  }

  @Test
  void littlesLawHoldsOnTheReferenceWorkload() {
    RunReport report = VirtualRestaurant.serve(settings(""));

    // Everything arrives at 0 and is done by the end: L = λW exactly.
    assertEquals(report.service().littlesLaw().predicted(), report.service().littlesLaw().measured(), 1e-9);
    // 4 orders inside for 7.5 s, 2 till 8.7, 1 till 15: (30 + 2.4 + 6.3) / 15
    assertEquals(38.7 / 15, report.service().littlesLaw().measured(), 1e-9);
  }

  /**
   * M/D/1: Poisson arrivals, one cook, a fixed 7.5 s, load 0.8. Pollaczek–Khinchine: the mean wait
   * for the cook is ρD / (2(1 − ρ)) = 15.0 s. A hundred waiters, so they never hold anything up.
   */
  @Test
  void aSingleFixedTimeCookWaitsAsPollaczekKhinchineSays() {
    double rho = 0.8;
    double service = 7.5;
    RunReport report = VirtualRestaurant.serveQuietly(singleProductQueue(rho / service * 3600, 1, "fixed", 400_000));

    double expected = rho * service / (2 * (1 - rho));
    assertEquals(15.0, expected, 1e-12);
    StationReport grill = station(report, "grill");
    assertEquals(expected, grill.meanWaitSeconds(), expected * 0.03, grill::toString);
    assertEquals(rho, grill.utilization(), rho * 0.03, grill::toString);
    assertLittlesLaw(report);
  }

  @Test
  void ordersThatHadNotArrivedWhenTheRunEndedAreNeitherReceivedNorPending() {
    Settings settings = settings("restaurant.waiters = 1").withOrders(List.of(order(0, 0, "burger"),
        order(1, 10, "soda"), order(2, 100, "beer"), order(3, 200, "frites")));

    // A bug as the waiter takes order 1, at 10 s: order 0 is out (7.5 s), 2 and 3 are still to come.
    RunReport report = VirtualRestaurant.serve(settings, ScriptedFaults.crashingWaiters(
        (waiter, incarnation, orderId, item, attempt) -> {
          if (orderId == 1) {
            throw new IllegalStateException("a bug taking order 1");
          }
          return false;
        }));

    assertEquals(2, report.ordersReceived());
    assertEquals(1, report.dispatched());
    assertEquals(1, report.pending());
    assertEquals(2, report.notArrived());
    assertEquals(List.of(0, 1), report.orders().stream().map(ServedOrder::id).toList()); // as the count says
    assertEquals(2, report.products()); // the received orders' products
    assertEquals(1, report.service().waitSeconds().count()); // the order done's: order 1, held, has no trace row
    assertEquals(10 + 1, report.sequentialSeconds(), 1e-9); // the received orders': the burger, then the soda's customer at 10 s
    assertEquals(7.5, report.floorSeconds(), 1e-9); // the dispatched order's
    assertTrue(report.invariantHolds(), report.problems()::toString);
  }

  /** The time the kitchen draws for the order's item, at its first attempt: a mean of 7.5 s. */
  private static double drawnBurger(long seed, int orderId, int item) {
    return Distribution.EXPONENTIAL.nanos(7_500_000_000L, seed, orderId, item, 0) / 1e9;
  }

  @Test
  void oneExponentialBurgerSetsSequentialAndTheFloorAtItsDrawnTime() {
    Settings settings = settings("restaurant { menu { burger { time = 7.5s, distribution = exponential } }, seed = 1 }")
        .withOrders(List.of(order(0, 0, "burger")));

    RunReport report = VirtualRestaurant.serve(settings);

    double drawn = drawnBurger(1, 0, 0);
    assertTrue(Math.abs(drawn - 7.5) > 0.5, "the draw is not the mean: " + drawn); // else this proves nothing
    assertEquals(drawn, report.makespanSeconds(), 1e-9);
    assertEquals(drawn, report.sequentialSeconds(), 1e-9); // not the menu's 7.5 s
    assertEquals(drawn, report.floorSeconds(), 1e-9);
    assertEquals(1.0, report.speedUp(), 1e-9);
  }

  @Test
  void noRunFinishesBelowItsFloorWhateverIsDrawnBurntOrLost() {
    int runsWithOrdersGivenUp = 0;
    for (long seed = 1; seed <= 20; seed++) {
      // Two orders of exponential products, one waiter with one slot: hand-computable from the draws.
      Settings settings = settings("restaurant { waiters = 1, menu { burger { time = 7.5s, distribution = "
          + "exponential }, soda { time = 1s, distribution = exponential } }, seed = " + seed + " }")
          .withOrders(List.of(order(0, 0, "burger", "soda"), order(1, 0, "burger")));
      RunReport report = VirtualRestaurant.serve(settings);
      double soda = Distribution.EXPONENTIAL.nanos(1_000_000_000L, seed, 0, 1, 0) / 1e9;
      double first = Math.max(drawnBurger(seed, 0, 0), soda);
      double second = drawnBurger(seed, 1, 0);
      String what = "seed " + seed + ": " + report;
      assertEquals(first + second, report.makespanSeconds(), 1e-6, what); // one after the other
      assertEquals(drawnBurger(seed, 0, 0) + soda + second, report.sequentialSeconds(), 1e-6, what);
      assertEquals(Math.max(first, second), report.floorSeconds(), 1e-6, what);

      // Burns (a new draw for each attempt) and kitchen crashes (the same draw again) only add time.
      RunReport faulty = VirtualRestaurant.serve(settings("restaurant { waiters = 2, kitchen { failure-rate = 0.3, "
          + "stations.grill { cooks = 1, products = [burger] } }, faults.kitchen-crash-rate = 0.2, menu { burger { time = 7.5s, "
          + "distribution = exponential } }, seed = " + seed + " }").withOrders(List.of(order(0, 0, "burger"),
          order(1, 2, "burger", "burger"), order(2, 3, "soda"))));
      assertTrue(faulty.makespanSeconds() >= faulty.floorSeconds() - 1e-9, () -> "below its floor: " + faulty);
      assertTrue(faulty.invariantHolds(), faulty.problems()::toString);

      // Orders given up early (a burn and no retry): out of the floor, and no speed-up.
      RunReport givenUp = VirtualRestaurant.serve(settings("restaurant { kitchen.failure-rate = 0.5, waiter.max-retries "
          + "= 0, menu { burger { time = 7.5s, distribution = exponential } }, seed = " + seed + " }")
          .withOrders(List.of(order(0, 0, "burger"), order(1, 0, "soda"), order(2, 0, "burger", "beer"))));
      assertTrue(givenUp.makespanSeconds() >= givenUp.floorSeconds() - 1e-9, () -> "below its floor: " + givenUp);
      assertEquals(givenUp.failed() > 0, givenUp.speedUp() == null, givenUp::toString);
      runsWithOrdersGivenUp += givenUp.failed() > 0 && givenUp.dispatched() > 0 ? 1 : 0;
    }
    assertTrue(runsWithOrdersGivenUp > 0, "no run had an order given up beside one served: the case is not tried");
  }

  /** M/M/c: exponential times with a mean of 7.5 s, three cooks, load 0.85; the mean wait by Erlang C. */
  @Test
  void threeExponentialCooksWaitAsErlangCSays() {
    int cooks = 3;
    double rho = 0.85;
    double mu = 1 / 7.5;
    double lambda = rho * cooks * mu;
    RunReport report = VirtualRestaurant.serveQuietly(singleProductQueue(lambda * 3600, cooks, "exponential", 400_000));

    double expected = erlangC(cooks, lambda / mu) / (cooks * mu - lambda);
    StationReport grill = station(report, "grill");
    assertEquals(expected, grill.meanWaitSeconds(), expected * 0.03, grill::toString);
    assertEquals(rho, grill.utilization(), rho * 0.03, grill::toString);
    assertLittlesLaw(report);
  }

  /** Erlang's C formula: the chance an arrival waits, with c servers and offered load a = λ/μ. */
  static double erlangC(int c, double a) {
    double term = 1;
    double sum = 1; // k = 0
    for (int k = 1; k < c; k++) {
      term *= a / k;
      sum += term;
    }
    double last = term * a / c / (1 - a / c); // a^c / c! x c / (c - a)
    return last / (sum + last);
  }

  private static void assertLittlesLaw(RunReport report) {
    double predicted = report.service().littlesLaw().predicted();
    double measured = report.service().littlesLaw().measured();
    assertEquals(predicted, measured, predicted * 0.01, report.service().littlesLaw()::toString);
  }

  /** Orders of one burger arriving at {@code ratePerHour} to a grill of {@code cooks}, 100 waiters, 20 min warm-up. */
  private static Settings singleProductQueue(double ratePerHour, int cooks, String distribution, int orders) {
    Settings settings = settings("restaurant { waiters = 100, arrivals { process = poisson, rate = " + ratePerHour
        + " }, menu { burger { time = 7.5s, distribution = " + distribution + " } }, kitchen.stations.grill { cooks = "
        + cooks + ", products = [burger] }, stats.warm-up = 20m, seed = 7 }");
    List<Order> burgers = new java.util.ArrayList<>(orders);
    for (int id = 0; id < orders; id++) {
      burgers.add(new Order(id, List.of("burger")));
    }
    return settings.withOrders(settings.service().arrivals().time(burgers, settings.seed()));
  }
}
