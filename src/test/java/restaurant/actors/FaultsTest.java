package restaurant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.ManualTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import restaurant.model.Chance;
import restaurant.model.Order;
import restaurant.report.RunReport;
import restaurant.report.ServedOrder;
import restaurant.config.Settings;

/**
 * Every fault path of the whole restaurant in virtual time: which orders are dispatched or
 * failed, and exactly when. The faults are drawn from the seed, so each test picks the first
 * seed whose draws give its scenario, and the outcome is the same on every run.
 */
class FaultsTest {
  private static final long KITCHEN_CRASH = 0x6B69746368656EL << 16;
  private static ActorTestKit testKit;
  private static VirtualRestaurant restaurant;

  @BeforeAll
  static void start() {
    testKit = ActorTestKit.create(ManualTime.config());
    restaurant = new VirtualRestaurant(testKit);
  }

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  private static Settings oneWaiter(long seed, Settings.Faults faults, List<List<String>> orders) {
    Settings reference = ReferenceWorkload.DEFAULTS;
    List<Order> numbered = new java.util.ArrayList<>();
    for (int id = 0; id < orders.size(); id++) {
      numbered.add(new Order(id, orders.get(id)));
    }
    return new Settings(1, 1, 1.0, seed, reference.menu(), numbered, faults);
  }

  private static long firstSeed(LongPredicate scenario) {
    for (long seed = 1; seed < 1_000_000; seed++) {
      if (scenario.test(seed)) {
        return seed;
      }
    }
    throw new AssertionError("no seed gives the scenario");
  }

  /** One waiter serving one order, burger and soda, with the given crash rates. */
  private static RunReport burgerAndSoda(long seed, double waiterCrashRate, double kitchenCrashRate) {
    return restaurant.serve(oneWaiter(seed,
        new Settings.Faults(0, 3, waiterCrashRate, kitchenCrashRate, Duration.ofSeconds(2)),
        List.of(List.of("burger", "soda"))));
  }

  /** The kitchen clock's reading (nanoseconds) {@code millis} after now, in virtual time. */
  private static long nanosFromNow(long millis) {
    return (VirtualClock.millis(testKit).get() + millis) * 1_000_000L;
  }

  /** Out at 7.5 s as if nothing had happened, after exactly one restart of {@code role}. */
  private static void assertOnTimeAfterOneRestart(RunReport report, String role) {
    assertOrder(report.orders().get(0), "dispatched", 0, 7.5);
    assertEquals(Map.of(role, 1), report.restarts());
    assertTrue(report.invariantHolds(), report.problems()::toString);
  }

  private static void assertOrder(ServedOrder order, String outcome, double taken, double finished) {
    assertEquals(outcome, order.outcome(), order::toString);
    assertEquals(taken, order.takenSeconds(), 1e-9, order::toString);
    assertEquals(finished, order.finishedSeconds(), 1e-9, order::toString);
  }

  @Test
  void aBurntBurgerIsOrderedAgainAndTheOrderGoesOutLate() {
    double rate = 0.5;
    long seed = firstSeed(s -> Chance.draw(s, 0, 0, 0) < rate && Chance.draw(s, 0, 0, 1) >= rate
        && Chance.draw(s, 0, 1, 0) >= rate);
    Settings settings = oneWaiter(seed, new Settings.Faults(rate, 3, 0, 0, Duration.ofSeconds(2)),
        List.of(List.of("burger", "soda")));

    RunReport report = restaurant.serve(settings);

    // The burger burns at 7.5 s and is ordered again: out at 15 s, with the soda long done.
    assertOrder(report.orders().get(0), "dispatched", 0, 15.0);
    assertEquals(1, report.burntProducts());
    assertEquals(1, report.retries());
    assertEquals(new BigDecimal("8.00"), report.takings());
    assertTrue(report.invariantHolds(), report.problems()::toString);
  }

  @Test
  void anOrderFailsWhenItsProductBurnsMoreOftenThanTheRetriesAllow() {
    Settings settings = oneWaiter(1, new Settings.Faults(1, 3, 0, 0, Duration.ofSeconds(2)),
        List.of(List.of("soda"), List.of("beer")));

    RunReport report = restaurant.serve(settings);

    // Everything burns: the soda four times (4 s), then the beer four times (4.8 s more).
    assertOrder(report.orders().get(0), "failed", 0, 4.0);
    assertOrder(report.orders().get(1), "failed", 4.0, 8.8);
    assertEquals(2, report.failed());
    assertEquals(0, report.dispatched());
    assertEquals(8, report.burntProducts());
    assertEquals(6, report.retries());
    assertEquals(new BigDecimal("0.00"), report.takings());
    assertTrue(report.invariantHolds(), report.problems()::toString);
  }

  @Test
  void aWaiterWhoCrashesMidOrderGetsTheOrderAgainAndServesItOnTime() {
    double rate = 0.5;
    long waiterFirst = 1L << 20; // waiter 1, first incarnation
    long seed = firstSeed(s -> Chance.draw(s, waiterFirst, 0, -1) < rate // crashes taking order 0
        && Chance.draw(s, waiterFirst + 1, 0, -1) >= rate // not again after the restart
        && Chance.draw(s, waiterFirst + 1, 0, 0) >= rate && Chance.draw(s, waiterFirst + 1, 0, 1024) >= rate);

    RunReport report = burgerAndSoda(seed, rate, 0);

    // It crashed at 0 s having ordered the burger; restarted, it was handed order 0 again and
    // ordered both products at once: out at 7.5 s, as if nothing had happened.
    assertOnTimeAfterOneRestart(report, "waiter");
  }

  @Test
  void aKitchenCrashLosesTheRequestInHandAndTheWaiterOrdersItAgain() {
    double rate = 0.5;
    long sodaDueNanos = nanosFromNow(1000);
    long burgerDueNanos = nanosFromNow(7500);
    long seed = firstSeed(s -> Chance.draw(s, KITCHEN_CRASH, 0, 0) < rate // crashes taking the burger
        && Chance.draw(s, KITCHEN_CRASH + 1, 0, 1024) >= rate // takes the soda after the restart
        && Chance.draw(s, KITCHEN_CRASH + 1, 0, 0) >= rate // and the burger, ordered again
        && Chance.draw(s, KITCHEN_CRASH + 1, -1, sodaDueNanos) >= rate
        && Chance.draw(s, KITCHEN_CRASH + 1, -1, burgerDueNanos) >= rate);

    RunReport report = burgerAndSoda(seed, 0, rate);

    // The cook crashed with the burger request in hand at 0 s; the waiter, told so, ordered it
    // again at once: out at 7.5 s.
    assertOnTimeAfterOneRestart(report, "kitchen");
  }

  @Test
  void productsOnTheStationsKeepCookingThroughAKitchenCrash() {
    double rate = 0.5;
    long sodaDueNanos = nanosFromNow(1000);
    long burgerDueNanos = nanosFromNow(7500);
    long seed = firstSeed(s -> Chance.draw(s, KITCHEN_CRASH, 0, 0) >= rate
        && Chance.draw(s, KITCHEN_CRASH, 0, 1024) >= rate
        && Chance.draw(s, KITCHEN_CRASH, -1, sodaDueNanos) < rate // crashes serving the soda at 1 s
        && Chance.draw(s, KITCHEN_CRASH + 1, -1, burgerDueNanos) >= rate);

    RunReport report = burgerAndSoda(seed, 0, rate);

    // The soda went out as the cook crashed at 1 s; the burger stayed on the grill and the
    // restarted cook served it on time.
    assertOnTimeAfterOneRestart(report, "kitchen");
  }
}
