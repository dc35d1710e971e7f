package restaurant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import restaurant.config.Settings;
import restaurant.config.SettingsBuilder;
import restaurant.model.FaultPlan.KitchenStep;
import restaurant.model.FaultPlan;
import restaurant.model.OrderOutcome;
import restaurant.model.StopRequest;
import restaurant.model.Worker;
import restaurant.model.Workloads;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.ServedOrder;

/**
 * The whole restaurant, on virtual time: every time in a report is exact. A run that hung would
 * fail the class's time limit rather than the build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RestaurantTest {
  /** The restaurant's own Akka settings: on the wall clock, as a run from the command line. */
  private static final Config REAL_TIME = ConfigFactory.parseResources("restaurant/akka.conf")
      .withFallback(ConfigFactory.defaultReference());
  private static final List<List<String>> BURGER_AND_SODA = List.of(List.of("burger", "soda"));

  private static void assertOrder(ServedOrder order, OrderOutcome outcome, double taken, double finished) {
    assertEquals(outcome, order.outcome(), order::toString);
    assertEquals(taken, order.takenSeconds(), 1e-9, order::toString);
    assertEquals(finished, order.finishedSeconds(), 1e-9, order::toString);
  }

  /** restaurant.waiter.delivery-time: the waiter brings each order to its table, and its slot waits. */
  @Nested
  class Delivery {
    private Settings delivering(String deliveryTime) {
      return Settings.from(ConfigFactory.parseString("restaurant.waiter.delivery-time = " + deliveryTime)
          .withFallback(ConfigFactory.defaultReference()));
    }

    @Test
    void aDeliveryAddsItsTimeToALoneOrderAndHoldsTheSlot() {
      Settings settings = delivering("30s").withStaff(1, 1)
          .withOrders(List.of(new restaurant.model.Order(0, List.of("soda")), new restaurant.model.Order(1,
              List.of("soda"))));

      RunReport report = VirtualRestaurant.serve(settings);

      // The soda is in at 1 s, at its table at 31 s; only then is the waiter free for the next.
      assertOrder(report.orders().get(0), OrderOutcome.DISPATCHED, 0, 31);
      assertOrder(report.orders().get(1), OrderOutcome.DISPATCHED, 31, 62);
      assertEquals(62.0, report.makespanSeconds(), 1e-9);
      assertEquals(62.0, report.sequentialSeconds(), 1e-9); // one waiter: nothing overlaps
      assertEquals(31.0, report.floorSeconds(), 1e-9);
    }

    @Test
    void theReferenceWorkloadWithTwoWaitersAndHalfAMinuteToEachTable() {
      RunReport report = VirtualRestaurant.serve(delivering("30s"));

      // Orders 0 and 1 are in at 7.5 s and at their tables at 37.5 s; the waiters then take 2 and 3:
      // three beers (1.2 s) and a burger with frites (7.5 s), each 30 s more to its table.
      double[][] expected = {{0, 37.5}, {0, 37.5}, {37.5, 68.7}, {37.5, 75.0}};
      for (ServedOrder order : report.orders()) {
        assertOrder(order, OrderOutcome.DISPATCHED, expected[order.id()][0], expected[order.id()][1]);
      }
      assertEquals(75.0, report.makespanSeconds(), 1e-9);
      assertEquals(30.0, report.deliverySeconds(), 1e-9); // the report says what it was run with
      assertEquals(43.8 + 4 * 30, report.sequentialSeconds(), 1e-9);
      assertTrue(report.invariantHolds(), report.problems()::toString);
    }

    @Test
    void aWaiterWhoCrashesWithAnOrderOnItsWayServesItAgainInFull() {
      // One waiter carrying two orders: the soda is in at 1 s and on its way (until 31 s) when the
      // beer comes in at 1.2 s and the waiter crashes. Restarted, it forgets both and is handed both
      // again at 1.2 s: the soda is in at 2.2 s, at its table at 32.2 s; the beer at 2.4 s and 32.4 s.
      // The first delivery's timer went with the crash: the soda is not served at 31 s.
      RunReport report = VirtualRestaurant.serve(delivering("30s").withStaff(1, 2)
              .withOrders(List.of(new restaurant.model.Order(0, List.of("soda")),
                  new restaurant.model.Order(1, List.of("beer")))),
          ScriptedFaults.crashingWaiters((waiter, incarnation, order, item, attempt) ->
              incarnation == 0 && order == 1 && item == 0));

      assertOrder(report.orders().get(0), OrderOutcome.DISPATCHED, 0, 32.2);
      assertOrder(report.orders().get(1), OrderOutcome.DISPATCHED, 0, 32.4);
      assertEquals(1, report.restarts().get(Worker.WAITER));
    }
  }

  /** The README's table, exactly. */
  @Nested
  class ReferenceTable {
    @ParameterizedTest(name = "{0} waiters, {1} open orders each -> {2} s")
    @CsvSource({"1, 1, 23.7", "2, 1, 15.0", "3, 1, 8.7", "4, 1, 7.5", "1, 4, 7.5"})
    void reproducesTheTable(int waiters, int maxOpenOrders, double makespanSeconds) {
      RunReport report = VirtualRestaurant.serve(ReferenceWorkload.with(waiters, maxOpenOrders));

      assertEquals(makespanSeconds, report.makespanSeconds(), 1e-9);
      assertEquals(43.8, report.sequentialSeconds(), 1e-9);
      assertEquals(7.5, report.floorSeconds(), 1e-9);
      assertEquals(List.of(0, 1, 2, 3), report.orders().stream().map(ServedOrder::id).collect(Collectors.toList()));
    }

    @Test
    void twoWaitersServeEachOrderAtItsModelTime() {
      RunReport report = VirtualRestaurant.serve(ReferenceWorkload.with(2, 1));

      // order id -> handed out, dispatched (simulated seconds)
      double[][] expected = {{0, 7.5}, {0, 7.5}, {7.5, 8.7}, {7.5, 15.0}};
      for (ServedOrder order : report.orders()) {
        assertOrder(order, OrderOutcome.DISPATCHED, expected[order.id()][0], expected[order.id()][1]);
      }
      // The two waiters came free together at 7.5 s and took one of the last two orders each.
      assertNotEquals(report.orders().get(2).waiter(), report.orders().get(3).waiter());
      assertNotEquals(report.orders().get(0).waiter(), report.orders().get(1).waiter());
    }

    @Test
    void onTheVirtualClockNoTimerIsLateAndTheReportSaysNothingOfLateness() {
      assertNull(VirtualRestaurant.serve(ReferenceWorkload.with(2, 1)).timerLateness());
    }

    @Test
    void oneWaiterServesTheOrdersOneAfterAnother() {
      RunReport report = VirtualRestaurant.serve(ReferenceWorkload.with(1, 1));

      double[] dispatched = report.orders().stream().mapToDouble(ServedOrder::finishedSeconds).toArray();
      assertEquals(List.of(7.5, 15.0, 16.2, 23.7),
          List.of(dispatched[0], dispatched[1], dispatched[2], dispatched[3]));
      report.orders().forEach(order -> assertEquals(1, order.waiter()));
    }
  }

  /** Every fault path, scripted: which orders are dispatched or failed, and exactly when. */
  @Nested
  class Faults {
    /** Out at 7.5 s as if nothing had happened, after exactly one restart of {@code role}. */
    private void assertOnTimeAfterOneRestart(RunReport report, Worker role) {
      assertOrder(report.orders().get(0), OrderOutcome.DISPATCHED, 0, 7.5);
      assertEquals(Map.of(role, 1), report.restarts());
      assertTrue(report.invariantHolds(), report.problems()::toString);
    }

    @Test
    void aBurntBurgerIsOrderedAgainAndTheOrderGoesOutLate() {
      RunReport report = VirtualRestaurant.serve(ReferenceWorkload.oneWaiterServing(BURGER_AND_SODA),
          ScriptedFaults.burning((order, item, attempt) -> item == 0 && attempt == 0));

      // The burger burns at 7.5 s and is ordered again: out at 15 s, with the soda long done.
      assertOrder(report.orders().get(0), OrderOutcome.DISPATCHED, 0, 15.0);
      assertEquals(1, report.burntProducts());
      assertEquals(1, report.retries());
      assertEquals(new BigDecimal("8.00"), report.takings());
      assertTrue(report.invariantHolds(), report.problems()::toString);
    }

    @Test
    void anOrderFailsWhenItsProductBurnsMoreOftenThanTheRetriesAllow() {
      RunReport report = VirtualRestaurant.serve(
          ReferenceWorkload.oneWaiterServing(List.of(List.of("soda"), List.of("beer"))),
          ScriptedFaults.burning((order, item, attempt) -> true));

      // Everything burns: the soda four times (4 s), then the beer four times (4.8 s more).
      assertOrder(report.orders().get(0), OrderOutcome.FAILED, 0, 4.0);
      assertOrder(report.orders().get(1), OrderOutcome.FAILED, 4.0, 8.8);
      assertEquals(2, report.failed());
      assertEquals(0, report.dispatched());
      assertEquals(8, report.burntProducts());
      assertEquals(6, report.retries());
      assertEquals(new BigDecimal("0.00"), report.takings());
      assertTrue(report.invariantHolds(), report.problems()::toString);
    }

    @Test
    void aWaiterWhoCrashesMidOrderGetsTheOrderAgainAndServesItOnTime() {
      RunReport report = VirtualRestaurant.serve(ReferenceWorkload.oneWaiterServing(BURGER_AND_SODA),
          ScriptedFaults.crashingWaiters((waiter, incarnation, order, item, attempt) ->
              incarnation == 0 && item == FaultPlan.WHOLE_ORDER));

      // It crashed at 0 s having ordered both products; restarted, it was handed order 0 again and
      // ordered them again; the first request's products came to a waiter who now awaited them:
      // out at 7.5 s, as if nothing had happened, the second request's products dropped.
      assertOnTimeAfterOneRestart(report, Worker.WAITER);
    }

    @Test
    void aKitchenCrashLosesTheRequestInHandAndTheWaiterOrdersItAgain() {
      RunReport report = VirtualRestaurant.serve(ReferenceWorkload.oneWaiterServing(BURGER_AND_SODA),
          ScriptedFaults.crashingTheKitchen((incarnation, step, order, item, attempt) ->
              incarnation == 0 && step == KitchenStep.TAKING && item == 0));

      // The cook crashed with the order's request in hand at 0 s, before the burger (and so the
      // soda) was on a station; the waiter, told both were lost, ordered them again at once: out at 7.5 s.
      assertOnTimeAfterOneRestart(report, Worker.KITCHEN);
    }

    @Test
    void productsOnTheStationsKeepCookingThroughAKitchenCrash() {
      RunReport report = VirtualRestaurant.serve(ReferenceWorkload.oneWaiterServing(BURGER_AND_SODA),
          ScriptedFaults.crashingTheKitchen((incarnation, step, order, item, attempt) ->
              incarnation == 0 && step == KitchenStep.SERVING && item == 1));

      // The soda went out as the cook crashed at 1 s; the burger stayed on the grill and the
      // restarted cook served it on time.
      assertOnTimeAfterOneRestart(report, Worker.KITCHEN);
    }
  }

  /**
   * Hopeless settings still end: a product burnt or lost, or an order whose waiter crashed, more
   * often than max-retries fails its order, so the work of a run is bounded whatever the rates.
   */
  @Nested
  class HopelessSettings {
    private Settings reference(double burnRate, double waiterCrashRate, double kitchenCrashRate) {
      return SettingsBuilder.from(ReferenceWorkload.with(2, 1))
          .faults(new Settings.Faults(burnRate, waiterCrashRate, kitchenCrashRate)).build();
    }

    @ParameterizedTest(name = "burn {0}, waiter crash {1}, kitchen crash {2}")
    @CsvSource({"0, 1, 0", "0, 0, 1", "0, 1, 1", "1, 1, 1", "0.5, 0.5, 0.5"})
    void aRunWithCrashRatesUpToOneEnds(double burnRate, double waiterCrashRate, double kitchenCrashRate) {
      RunReport report = VirtualRestaurant.serve(reference(burnRate, waiterCrashRate, kitchenCrashRate));

      assertEquals(4, report.dispatched() + report.failed());
      assertTrue(report.invariantHolds(), report.problems()::toString);
      // Bounded work: each order is handed out at most 1 + 3 times, each product ordered at most
      // 1 + 3 times per reason per hand-out; so are the crashes.
      int restarts = report.restarts().values().stream().mapToInt(Integer::intValue).sum();
      assertTrue(restarts <= 4 * 4 * 4 * 4 * 2, "restarts: " + restarts);
    }

    @Test
    void everyCrashIsAFailureWhenTheWaitersCrashOnEveryMessage() {
      RunReport report = VirtualRestaurant.serve(reference(0, 1, 0));

      assertEquals(4, report.failed());
      report.orders().forEach(order -> assertEquals("its waiter crashed 4 times", order.reason()));
    }

    @Test
    void anOrderOfAThousandBurgersEndsDespiteRareWaiterCrashes() {
      List<String> burgers = java.util.Collections.nCopies(1000, "burger");
      Settings settings = SettingsBuilder.from(ReferenceWorkload.oneWaiterServing(List.of(burgers)))
          .faults(new Settings.Faults(0, 0.01, 0)).build();

      RunReport report = VirtualRestaurant.serve(settings);

      assertEquals(1, report.dispatched() + report.failed());
      assertTrue(report.invariantHolds(), report.problems()::toString);
    }

    @Test
    void burntProductsAreCountedWhereTheyBurnEvenWhenTheWaiterCrashes() {
      // The burger burns at 7.5 s and the waiter crashes on that reply, before ordering it again.
      // Handed the order again, it orders both products anew; the burger burns again at 15 s (the
      // same item, the same first attempt), is ordered again and comes out at 22.5 s.
      FaultPlan faults = new ScriptedFaults((order, item, attempt) -> item == 0 && attempt == 0,
          (waiter, incarnation, order, item, attempt) -> incarnation == 0 && item == 0, null);

      RunReport report = VirtualRestaurant.serve(ReferenceWorkload.oneWaiterServing(BURGER_AND_SODA), faults);

      assertOrder(report.orders().get(0), OrderOutcome.DISPATCHED, 0, 22.5);
      assertEquals(2, report.burntProducts());
      assertEquals(1, report.retries());
      assertEquals(Map.of(Worker.WAITER, 1), report.restarts());
    }
  }

  /** A bug (an exception that is no simulated crash) ends the run at once, with what is done. */
  @Nested
  class Bugs {
    private RunReport serveWithABug(FaultPlan faults) {
      return VirtualRestaurant.serve(ReferenceWorkload.with(2, 1), faults);
    }

    @Test
    void aWaitersBugEndsTheRunWithAPartialReport() {
      RunReport report = serveWithABug(ScriptedFaults.crashingWaiters((waiter, incarnation, order, item, attempt) -> {
        if (order == 2) {
          throw new IllegalStateException("a bug serving order 2");
        }
        return false;
      }));

      assertTrue(report.failure().matches("Waiter [12] failed: java.lang.IllegalStateException: a bug serving order 2"),
          report.failure());
      // Orders 0 and 1 went out at 7.5 s; order 2's waiter stopped on taking it, which ended the run.
      assertEquals(2, report.dispatched());
      assertEquals(2, report.pending());
      assertTrue(report.invariantHolds(), report.problems()::toString);
    }

    @Test
    void theKitchensBugEndsTheRunAtOnce() {
      RunReport report = serveWithABug(ScriptedFaults.burning((order, item, attempt) -> {
        throw new IllegalStateException("a bug in the kitchen");
      }));

      assertEquals("Kitchen failed: java.lang.IllegalStateException: a bug in the kitchen", report.failure());
      assertEquals(0, report.dispatched());
      assertEquals(4, report.pending());
    }

    @Test
    void aRunOnTheWallClockEndsOnABugToo() {
      Settings settings = ReferenceWorkload.with(2, 1);
      RunReport report = ActorRestaurant.run(settings, ScriptedFaults.burning((order, item, attempt) -> {
        throw new IllegalStateException("a bug in the kitchen");
      }), REAL_TIME, new Progress(settings.orders().size()), new StopRequest());

      assertEquals("Kitchen failed: java.lang.IllegalStateException: a bug in the kitchen", report.failure());
    }

    @Test
    void runningOutOfMemoryInAnActorEndsTheRunToo() {
      RunReport report = serveWithABug(ScriptedFaults.burning((order, item, attempt) -> {
        throw new OutOfMemoryError("Java heap space (thrown by the test)");
      }));

      assertEquals("Kitchen failed: java.lang.OutOfMemoryError: Java heap space (thrown by the test)",
          report.failure());
      assertEquals(4, report.pending());
    }

    @Test
    void aRunWithoutBugsHasNoFailure() {
      assertNull(VirtualRestaurant.serve(ReferenceWorkload.with(2, 1)).failure());
    }
  }

  /**
   * The invariant, as a property: over many seeds and fault rates every order is dispatched or
   * failed exactly once, the till equals the prices of the dispatched orders, and the run's own
   * check agrees.
   */
  @Nested
  class InvariantOnRealActors {
    static Stream<Arguments> seedsAndRates() {
      double[][] rates = {{0, 0, 0}, {0.05, 0, 0}, {0.3, 0, 0}, {0, 0.02, 0}, {0, 0, 0.02}, {0.05, 0.01, 0.01},
          {0.2, 0.05, 0.05}, {1, 0, 0}};
      Stream.Builder<Arguments> cases = Stream.builder();
      for (long seed = 1; seed <= 4; seed++) {
        for (double[] rate : rates) {
          cases.add(Arguments.of(seed, rate[0], rate[1], rate[2]));
        }
      }
      return cases.build();
    }

    @ParameterizedTest(name = "seed {0}, burn {1}, waiter crash {2}, kitchen crash {3}")
    @MethodSource("seedsAndRates")
    void theInvariantAlwaysHolds(long seed, double burnRate, double waiterCrashRate, double kitchenCrashRate) {
      Settings reference = ReferenceWorkload.DEFAULTS;
      Settings settings = SettingsBuilder.reference().waiters(8).maxOpenOrders(2).maxRetries(2).timeScale(0.0005).seed(seed)
          .menu(reference.menu()).orders(Workloads.generate(200, seed, reference.menu()))
          .faults(new Settings.Faults(burnRate, waiterCrashRate, kitchenCrashRate))
          .gracePeriod(reference.timing().gracePeriod()).build();

      RunReport report = ActorRestaurant.run(settings, REAL_TIME, new Progress(200), new StopRequest());

      assertTrue(report.invariantHolds(), report.problems()::toString);
      assertEquals(200, report.dispatched() + report.failed());
      assertEquals(0, report.pending());
      // On the wall clock the report says how late the timers fired (how late: the machine's business).
      assertTrue(report.timerLateness().timers() > 0, report.timerLateness()::toString);
      Set<Integer> ids = new HashSet<>();
      long paidCents = 0;
      for (ServedOrder order : report.orders()) {
        assertTrue(ids.add(order.id()));
        assertNotEquals(OrderOutcome.PENDING, order.outcome(), order::toString);
        if (order.outcome() == OrderOutcome.DISPATCHED) {
          paidCents += settings.menu().priceCents(settings.orders().get(order.id()));
        }
      }
      assertEquals(BigDecimal.valueOf(paidCents, 2), report.takings());
      if (burnRate == 1) {
        assertEquals(200, report.failed());
      }
      if (waiterCrashRate + kitchenCrashRate > 0.02) {
        assertTrue(report.restarts().values().stream().mapToInt(Integer::intValue).sum() > 0, "no crash at all");
      }
    }
  }
}
