package restaurant.actors;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.ManualTime;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import restaurant.domain.Settings;

class KitchenTest {
  private static ActorTestKit testKit;
  private static ManualTime manualTime;

  @BeforeAll
  static void start() {
    testKit = ActorTestKit.create(ManualTime.config());
    manualTime = ManualTime.get(testKit.system());
  }

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  private static Settings scaled(double timeScale) {
    Settings reference = ReferenceWorkload.DEFAULTS;
    return new Settings(1, 1, timeScale, 1, reference.menu(), reference.orders());
  }

  /** Nothing for {@code millis - 1} ms of virtual time, then {@code expected} on the last millisecond. */
  private static void expectAfter(long millis, TestProbe<Waiter.Command> waiter, Kitchen.ProductReady expected) {
    manualTime.expectNoMessageFor(Duration.ofMillis(millis - 1), waiter);
    manualTime.timePasses(Duration.ofMillis(1));
    waiter.expectMessage(expected);
  }

  @Test
  void repliesAtExactlyTheMenuTimeAndNotOneMillisecondBefore() {
    ActorRef<Kitchen.Command> kitchen = testKit.spawn(Kitchen.create(scaled(1.0), VirtualClock.nanos(testKit)));
    TestProbe<Waiter.Command> waiter = testKit.createTestProbe();

    kitchen.tell(new Kitchen.Prepare(7, "burger", waiter.ref()));

    expectAfter(7500, waiter, new Kitchen.ProductReady(7, "burger"));
  }

  @Test
  void cooksEverythingAtOnceAndRepliesToEveryRequest() {
    ActorRef<Kitchen.Command> kitchen = testKit.spawn(Kitchen.create(scaled(1.0), VirtualClock.nanos(testKit)));
    TestProbe<Waiter.Command> waiter = testKit.createTestProbe();

    for (String product : List.of("burger", "burger", "beer", "frites")) {
      kitchen.tell(new Kitchen.Prepare(1, product, waiter.ref()));
    }
    expectAfter(1200, waiter, new Kitchen.ProductReady(1, "beer"));
    expectAfter(2800, waiter, new Kitchen.ProductReady(1, "frites"));
    // Two burgers of one order: two replies, neither timer replacing the other.
    expectAfter(3500, waiter, new Kitchen.ProductReady(1, "burger"));
    waiter.expectMessage(new Kitchen.ProductReady(1, "burger"));
    manualTime.expectNoMessageFor(Duration.ofSeconds(10), waiter);
  }

  @Test
  void theTimeScaleMultipliesEveryPreparationTime() {
    ActorRef<Kitchen.Command> kitchen = testKit.spawn(Kitchen.create(scaled(0.1), VirtualClock.nanos(testKit)));
    TestProbe<Waiter.Command> waiter = testKit.createTestProbe();

    kitchen.tell(new Kitchen.Prepare(0, "burger", waiter.ref()));

    expectAfter(750, waiter, new Kitchen.ProductReady(0, "burger"));
  }

  @Test
  void repliesToEachRequesterItsOwnProducts() {
    ActorRef<Kitchen.Command> kitchen = testKit.spawn(Kitchen.create(scaled(1.0), VirtualClock.nanos(testKit)));
    TestProbe<Waiter.Command> first = testKit.createTestProbe();
    TestProbe<Waiter.Command> second = testKit.createTestProbe();

    kitchen.tell(new Kitchen.Prepare(0, "soda", first.ref()));
    kitchen.tell(new Kitchen.Prepare(1, "soda", second.ref()));
    manualTime.timePasses(Duration.ofSeconds(1));

    first.expectMessage(new Kitchen.ProductReady(0, "soda"));
    second.expectMessage(new Kitchen.ProductReady(1, "soda"));
  }
}
