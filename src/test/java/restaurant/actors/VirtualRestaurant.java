package restaurant.actors;

import static org.junit.jupiter.api.Assertions.fail;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.ManualTime;
import akka.testkit.ExplicitlyTriggeredScheduler;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.config.Settings;

/**
 * Runs the whole restaurant in virtual time (Akka's ManualTime), jumping from one kitchen timer
 * to the next, so a 23.7 s run takes a second and every time in its report is exact.
 */
final class VirtualRestaurant {
  private final ActorTestKit testKit;
  private final ManualTime manualTime;
  private final ExplicitlyTriggeredScheduler scheduler;
  private final AtomicLong schedulerMillis;

  /** @param testKit made with {@link ManualTime#config()} */
  VirtualRestaurant(ActorTestKit testKit) {
    this.testKit = testKit;
    this.manualTime = ManualTime.get(testKit.system());
    this.scheduler = VirtualClock.scheduler(testKit);
    this.schedulerMillis = VirtualClock.millis(testKit);
  }

  RunReport serve(Settings settings) {
    AtomicReference<RunReport> report = new AtomicReference<>();
    testKit.spawn(Restaurant.create(settings, VirtualClock.nanos(testKit), new Progress(settings.orders().size()), report::set));
    // Each timePasses first lets the dispatchers settle (ManualTime waits for them), then runs the
    // timers due. Jumping straight to the next due timer keeps every reaction at its exact time.
    for (int step = 0; step < 10_000; step++) {
      manualTime.timePasses(Duration.ZERO);
      if (report.get() != null) {
        return report.get();
      }
      long next = nextDueMillis();
      manualTime.timePasses(Duration.ofMillis(next - schedulerMillis.get()));
    }
    return fail("the restaurant did not finish in 10000 steps");
  }

  private long nextDueMillis() {
    Collection<Object> dueTimes = scheduler.akka$testkit$ExplicitlyTriggeredScheduler$$scheduled().values();
    return dueTimes.stream().mapToLong(t -> (Long) t).min()
        .orElseGet(() -> fail("no timer pending and no report: the restaurant is stuck"));
  }
}
