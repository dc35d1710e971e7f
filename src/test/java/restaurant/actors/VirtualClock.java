package restaurant.actors;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.testkit.ExplicitlyTriggeredScheduler;
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** The virtual time of a ManualTime testkit's scheduler, as a nanosecond clock for the actors. */
final class VirtualClock {
  private VirtualClock() {}

  static ExplicitlyTriggeredScheduler scheduler(ActorTestKit testKit) {
    return (ExplicitlyTriggeredScheduler) testKit.system().classicSystem().scheduler();
  }

  /** The scheduler's own current time in milliseconds: Akka keeps it in a private field. */
  static AtomicLong millis(ActorTestKit testKit) {
    try {
      Field field = ExplicitlyTriggeredScheduler.class.getDeclaredField("currentTime");
      field.setAccessible(true);
      return (AtomicLong) field.get(scheduler(testKit));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("Akka's ExplicitlyTriggeredScheduler changed: no currentTime field", e);
    }
  }

  static LongSupplier nanos(ActorTestKit testKit) {
    AtomicLong millis = millis(testKit);
    return () -> millis.get() * 1_000_000L;
  }
}
