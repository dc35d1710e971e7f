package restaurant.actors;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.ManualTime;
import akka.actor.testkit.typed.javadsl.TestProbe;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Akka's ManualTime, with a nanosecond clock for the actor under test that follows it, through
 * ManualTime's public API only. The clock moves while nothing runs: after the actors have settled
 * and before the timers due fire, so an actor woken by a timer reads the new time.
 */
final class ManualClock implements LongSupplier {
  private final ManualTime manualTime;
  private final AtomicLong nanos = new AtomicLong();

  /** @param testKit made with {@link ManualTime#config()} */
  ManualClock(ActorTestKit testKit) {
    this.manualTime = ManualTime.get(testKit.system());
  }

  @Override
  public long getAsLong() {
    return nanos.get();
  }

  void timePasses(Duration amount) {
    manualTime.timePasses(Duration.ZERO); // lets the messages already sent be handled at the old time
    nanos.addAndGet(amount.toNanos());
    manualTime.timePasses(amount);
  }

  void expectNoMessageFor(Duration amount, TestProbe<?> probe) {
    timePasses(amount);
    probe.expectNoMessage(Duration.ZERO);
  }
}
