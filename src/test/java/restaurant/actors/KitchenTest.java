package restaurant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.ManualTime;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import restaurant.config.Settings;
import restaurant.config.SettingsBuilder;
import restaurant.model.Chance;
import restaurant.model.FaultPlan.KitchenStep;
import restaurant.model.FaultPlan;
import restaurant.model.Order;
import restaurant.model.Worker;
import restaurant.report.LatenessMeter;

class KitchenTest {
  private static ActorTestKit testKit;
  private static ManualClock clock;

  @BeforeAll
  static void start() {
    testKit = ActorTestKit.create(ManualTime.config());
    clock = new ManualClock(testKit);
  }

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  private final TestProbe<Cashier.Command> cashier = testKit.createTestProbe();

  private ActorRef<Kitchen.Command> kitchen(double timeScale, Settings.Faults faults) {
    Settings reference = ReferenceWorkload.DEFAULTS;
    Settings settings = SettingsBuilder.reference().waiters(1).timeScale(timeScale).menu(reference.menu())
        .orders(reference.orders()).faults(faults).gracePeriod(reference.timing().gracePeriod()).build();
    return testKit.spawn(Kitchen.create(settings, clock, settings.faultPlan(), cashier.ref()));
  }

  private static Kitchen.Prepare prepare(int orderId, int item, String product, TestProbe<Waiter.Command> waiter) {
    return new Kitchen.Prepare(orderId, item, 0, product, waiter.ref());
  }

  private static Kitchen.ProductReady ready(int orderId, int item, String product) {
    return new Kitchen.ProductReady(orderId, item, 0, product, false);
  }

  /** Nothing for {@code millis - 1} ms of virtual time, then {@code expected} on the last millisecond. */
  private static void expectAfter(long millis, TestProbe<Waiter.Command> waiter, Waiter.Command expected) {
    clock.expectNoMessageFor(Duration.ofMillis(millis - 1), waiter);
    clock.timePasses(Duration.ofMillis(1));
    waiter.expectMessage(expected);
  }

  @Test
  void repliesAtExactlyTheMenuTimeAndNotOneMillisecondBefore() {
    ActorRef<Kitchen.Command> kitchen = kitchen(1.0, Settings.Faults.NONE);
    TestProbe<Waiter.Command> waiter = testKit.createTestProbe();

    kitchen.tell(prepare(7, 0, "burger", waiter));

    expectAfter(7500, waiter, ready(7, 0, "burger"));
  }

  @Test
  void cooksEverythingAtOnceAndRepliesToEveryRequest() {
    ActorRef<Kitchen.Command> kitchen = kitchen(1.0, Settings.Faults.NONE);
    TestProbe<Waiter.Command> waiter = testKit.createTestProbe();

    kitchen.tell(new Kitchen.PrepareOrder(new Order(1, List.of("burger", "burger", "beer", "frites")), waiter.ref()));

    expectAfter(1200, waiter, ready(1, 2, "beer"));
    expectAfter(2800, waiter, ready(1, 3, "frites"));
    // Two burgers of one order: two replies, each for its own item.
    expectAfter(3500, waiter, ready(1, 0, "burger"));
    waiter.expectMessage(ready(1, 1, "burger"));
    clock.expectNoMessageFor(Duration.ofSeconds(10), waiter);
  }

  @Test
  void aShorterProductOrderedLaterStillComesOutOnTime() {
    ActorRef<Kitchen.Command> kitchen = kitchen(1.0, Settings.Faults.NONE);
    TestProbe<Waiter.Command> waiter = testKit.createTestProbe();

    kitchen.tell(prepare(0, 0, "burger", waiter));
    clock.timePasses(Duration.ofSeconds(5));
    kitchen.tell(prepare(1, 0, "soda", waiter)); // due at 6 s, before the burger at 7.5 s

    expectAfter(1000, waiter, ready(1, 0, "soda"));
    expectAfter(1500, waiter, ready(0, 0, "burger"));
  }

  @Test
  void theTimeScaleMultipliesEveryPreparationTime() {
    ActorRef<Kitchen.Command> kitchen = kitchen(0.1, Settings.Faults.NONE);
    TestProbe<Waiter.Command> waiter = testKit.createTestProbe();

    kitchen.tell(prepare(0, 0, "burger", waiter));

    expectAfter(750, waiter, ready(0, 0, "burger"));
  }

  @Test
  void repliesToEachRequesterItsOwnProducts() {
    ActorRef<Kitchen.Command> kitchen = kitchen(1.0, Settings.Faults.NONE);
    TestProbe<Waiter.Command> first = testKit.createTestProbe();
    TestProbe<Waiter.Command> second = testKit.createTestProbe();

    kitchen.tell(prepare(0, 0, "soda", first));
    kitchen.tell(prepare(1, 0, "soda", second));
    clock.timePasses(Duration.ofSeconds(1));

    first.expectMessage(ready(0, 0, "soda"));
    second.expectMessage(ready(1, 0, "soda"));
  }

  @Test
  void burnsWhatTheSeedSaysAndTheSameEveryTime() {
    ActorRef<Kitchen.Command> kitchen = kitchen(1.0, new Settings.Faults(0.5, 0, 0));
    TestProbe<Waiter.Command> waiter = testKit.createTestProbe();

    for (int attempt = 0; attempt < 20; attempt++) {
      kitchen.tell(new Kitchen.Prepare(4, 1, attempt, "soda", waiter.ref()));
    }
    clock.timePasses(Duration.ofSeconds(1));

    int burnt = 0;
    for (int attempt = 0; attempt < 20; attempt++) {
      Kitchen.ProductReady reply = (Kitchen.ProductReady) waiter.receiveMessage();
      assertEquals(attempt, reply.attempt());
      assertEquals(Chance.draw(1, 4, 1, attempt) < 0.5, reply.burnt(), "attempt " + attempt);
      burnt += reply.burnt() ? 1 : 0;
    }
    assertEquals(true, burnt > 0 && burnt < 20, "a rate of 0.5 burns some, not all: " + burnt);
  }

  @Test
  void aCrashTakingAnOrderLosesTheProductInHandAndTheRestOfTheOrderNotTheOnesBefore() {
    FaultPlan crashOnTheSecondItem = ScriptedFaults.crashingTheKitchen((incarnation, step, order, item, attempt) ->
        incarnation == 0 && step == KitchenStep.TAKING && item == 1);
    ActorRef<Kitchen.Command> kitchen = testKit.spawn(Kitchen.create(ReferenceWorkload.DEFAULTS, clock,
        crashOnTheSecondItem, cashier.ref()));
    TestProbe<Waiter.Command> waiter = testKit.createTestProbe();

    kitchen.tell(new Kitchen.PrepareOrder(new Order(2, List.of("soda", "beer", "frites")), waiter.ref()));

    waiter.expectMessage(new Kitchen.ProductLost(2, 1, 0, "beer"));
    waiter.expectMessage(new Kitchen.ProductLost(2, 2, 0, "frites"));
    cashier.expectMessage(new Cashier.Restarted(Worker.KITCHEN));
    expectAfter(1000, waiter, ready(2, 0, "soda")); // on its station before the crash: it kept cooking
    clock.expectNoMessageFor(Duration.ofSeconds(5), waiter);
  }

  @Test
  void aCrashLosesOnlyTheRequestInHandAndSaysSoToItsWaiterAndTheCashier() {
    // A crash rate of 1: the cook throws on every message, before it takes the request on.
    ActorRef<Kitchen.Command> kitchen = kitchen(1.0, new Settings.Faults(0, 0, 1));
    TestProbe<Waiter.Command> waiter = testKit.createTestProbe();

    kitchen.tell(prepare(9, 0, "beer", waiter));

    waiter.expectMessage(new Kitchen.ProductLost(9, 0, 0, "beer"));
    cashier.expectMessage(new Cashier.Restarted(Worker.KITCHEN));
    clock.expectNoMessageFor(Duration.ofSeconds(2), waiter); // the beer never went on a station
  }

  @Test
  void onTheRealClockItSaysItIsThereAndReportsHowLateItsTimerWokeIt() {
    Settings reference = ReferenceWorkload.DEFAULTS;
    Settings settings = SettingsBuilder.reference().waiters(1).menu(reference.menu()).orders(reference.orders())
        .gracePeriod(reference.timing().gracePeriod()).build();
    ActorRef<Kitchen.Command> kitchen = testKit.spawn(Kitchen.create(settings, clock, settings.faultPlan(),
        cashier.ref(), true));
    cashier.expectMessage(new Cashier.KitchenReady(kitchen));
    TestProbe<Waiter.Command> waiter = testKit.createTestProbe();

    kitchen.tell(prepare(4, 0, "soda", waiter));
    clock.timePasses(Duration.ofMillis(1003)); // the clock reads 1003 ms when the 1 s timer wakes the kitchen
    waiter.expectMessage(ready(4, 0, "soda"));
    kitchen.tell(new Kitchen.ReportStations(clock.getAsLong()));

    LatenessMeter.Sample lateness = cashier.expectMessageClass(Cashier.StationsMeasured.class).lateness();
    assertEquals(1, lateness.timers());
    assertEquals(3_000_000, lateness.maxNanos());
    assertEquals(3_000_000, lateness.sumNanos());
  }
}
