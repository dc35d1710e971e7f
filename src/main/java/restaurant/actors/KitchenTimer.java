package restaurant.actors;

import akka.actor.typed.javadsl.ActorContext;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.ObjLongConsumer;

/**
 * The kitchen's one timer, set for the earliest product due on the {@link Stove}. Why one and not
 * one per product: the next product due anywhere on the stove is the head of a lane. A kitchen
 * with thousands of products on the go then runs one timer, not thousands, and everything due at
 * once goes out on the same wake-up.
 *
 * <p>Each wake-up ({@link Kitchen.Wake}) is sent with the scheduler's scheduleOnce, not a
 * TimerScheduler: Akka 2.8 sets up the logging MDC for every timer message
 * (ActorAdapter.handleMessage asks ctx.log for it), some 8% of a million-order run. A wake-up
 * cannot be cancelled, so one that an earlier product overtook arrives too, and is ignored. The
 * cook's: a restart leaves the stove, and the restarted cook sets its timer from it again.
 */
final class KitchenTimer {
  private final ActorContext<Kitchen.Command> context;
  private final LongSupplier nanoClock;
  private final Stove stove;
  /** The wake-up the kitchen waits for (others are overtaken), or Long.MAX_VALUE when nothing is cooking. */
  private long wakeAt = Long.MAX_VALUE;

  KitchenTimer(ActorContext<Kitchen.Command> context, LongSupplier nanoClock, Stove stove) {
    this.context = context;
    this.nanoClock = nanoClock;
    this.stove = stove;
  }

  /** A product went on the stove at {@code now}, due at {@code due}: the timer is set for it if it comes first. */
  void started(long due, long now) {
    if (due < wakeAt) {
      wakeUpAt(due, now);
    }
  }

  /**
   * The wake-up for {@code atNanos} came: unless an earlier one overtook it, every product due goes
   * to {@code ready}, with the clock's reading, and the timer is set for the earliest left.
   */
  void rang(long atNanos, ObjLongConsumer<Stove.Cooking> ready) {
    if (atNanos != wakeAt) {
      return; // overtaken by an earlier wake-up, which has served what was due and set the next
    }
    long now = nanoClock.getAsLong();
    stove.lateness.record(atNanos, now);
    wakeAt = Long.MIN_VALUE; // products started meanwhile set no timer: it is set once, at the end

    stove.takeOffDue(now, cooking -> ready.accept(cooking, now));
    wakeAt = Long.MAX_VALUE;
    setForTheEarliest(now);
  }

  /** Sets the timer for the earliest product on the stove, if any. */
  void setForTheEarliest(long now) {
    long earliest = stove.earliestDue();
    if (earliest != Long.MAX_VALUE) {
      wakeUpAt(earliest, now);
    }
  }

  /** Wakes the kitchen at {@code due}: the wake-up set before, later, will be ignored. */
  private void wakeUpAt(long due, long now) {
    wakeAt = due;
    context.scheduleOnce(Duration.ofNanos(Math.max(0, due - now)), context.getSelf(), new Kitchen.Wake(due));
  }
}
