package restaurant.clock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.Cancellable;
import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.javadsl.Behaviors;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The restaurant's Akka runs its timers on the precise scheduler; they fire, and cancel. */
class PreciseSchedulerTest {
  private static ActorTestKit testKit;

  @BeforeAll
  static void start() {
    testKit = ActorTestKit.create(ConfigFactory.parseResources("restaurant/akka.conf"));
  }

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @Test
  void theRestaurantsAkkaUsesIt() {
    assertTrue(testKit.system().scheduler() instanceof akka.actor.typed.internal.adapter.SchedulerAdapter
        || testKit.system().classicSystem().scheduler() instanceof PreciseScheduler);
    assertTrue(testKit.system().classicSystem().scheduler() instanceof PreciseScheduler);
  }

  @Test
  void anActorTimerFires() {
    TestProbe<String> probe = testKit.createTestProbe();
    testKit.spawn(Behaviors.<String>withTimers(timers -> {
      timers.startSingleTimer("key", "ding", Duration.ofMillis(3));
      return Behaviors.receiveMessage(message -> {
        probe.ref().tell(message);
        return Behaviors.same();
      });
    }));

    probe.expectMessage("ding");
  }

  @Test
  void aCancelledTaskNeverRuns() {
    TestProbe<String> probe = testKit.createTestProbe();
    Cancellable cancelled = testKit.system().scheduler()
        .scheduleOnce(Duration.ofMillis(50), () -> probe.ref().tell("cancelled"), testKit.system().executionContext());
    testKit.system().scheduler()
        .scheduleOnce(Duration.ofMillis(100), () -> probe.ref().tell("kept"), testKit.system().executionContext());

    assertTrue(cancelled.cancel());
    assertTrue(cancelled.isCancelled());
    probe.expectMessage("kept");
    assertFalse(cancelled.cancel());
  }
}
