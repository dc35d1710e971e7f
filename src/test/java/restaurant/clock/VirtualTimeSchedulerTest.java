package restaurant.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.Behaviors;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Akka timers on the virtual clock: exact, in order, as fast as the CPU, and an end when nothing is left. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class VirtualTimeSchedulerTest {
  private static final Config VIRTUAL_TIME = ConfigFactory.parseResources("restaurant/virtual-time.conf")
      .withFallback(ConfigFactory.defaultReference());

  private enum Tick { ONCE, AGAIN, LATE, CANCELLED }

  /** Records the virtual time of each timer it gets; cancels one and lets the others fire. */
  private static Behavior<Tick> timers(List<String> fired, LongSupplier[] clock) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      clock[0] = SystemClock.nanoClock(context.getSystem());
      timers.startSingleTimer(Tick.LATE, Tick.LATE, Duration.ofHours(3));
      timers.startSingleTimer(Tick.ONCE, Tick.ONCE, Duration.ofMillis(7500));
      timers.startSingleTimer(Tick.AGAIN, Tick.AGAIN, Duration.ofMillis(7500)); // same instant: scheduled second
      timers.startSingleTimer(Tick.CANCELLED, Tick.CANCELLED, Duration.ofSeconds(1));
      timers.cancel(Tick.CANCELLED);
      return Behaviors.receiveMessage(tick -> {
        fired.add(tick + " at " + clock[0].getAsLong());
        return tick == Tick.LATE ? Behaviors.stopped() : Behaviors.same();
      });
    }));
  }

  @Test
  void timersFireAtTheirExactVirtualTimeInTheOrderTheyWereSet() throws Exception {
    List<String> fired = new CopyOnWriteArrayList<>();
    LongSupplier[] clock = new LongSupplier[1];
    long start = System.nanoTime();

    ActorSystem<Tick> system = ActorSystem.create(timers(fired, clock), "virtual", VIRTUAL_TIME);
    system.getWhenTerminated().toCompletableFuture().get();

    assertEquals(List.of("ONCE at 7500000000", "AGAIN at 7500000000", "LATE at 10800000000000"), fired);
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "three virtual hours took real time");
  }

  @Test
  void whenNothingIsLeftToDoTheIdleActionRuns() throws Exception {
    CompletableFuture<Long> idleAt = new CompletableFuture<>();
    ActorSystem<String> system = ActorSystem.create(Behaviors.<String>setup(context -> {
      LongSupplier clock = SystemClock.nanoClock(context.getSystem());
      SystemClock.whenIdle(context.getSystem(), () -> idleAt.complete(clock.getAsLong()));
      return Behaviors.<String>withTimers(timers -> {
        timers.startSingleTimer("done", Duration.ofSeconds(42));
        return Behaviors.receiveMessage(done -> Behaviors.same()); // then waits for ever
      });
    }), "idle", VIRTUAL_TIME);
    try {
      assertEquals(42_000_000_000L, idleAt.get(20, TimeUnit.SECONDS)); // after the last timer, not before
    } finally {
      system.terminate();
    }
  }

  @Test
  void aMessageFromOutsideWakesTheIdleSimulationAndTheClockGoesOnFromWhereItWas() throws Exception {
    CompletableFuture<Long> idleAt = new CompletableFuture<>();
    CompletableFuture<Long> answeredAt = new CompletableFuture<>();
    ActorSystem<String> system = ActorSystem.create(Behaviors.<String>setup(context -> {
      LongSupplier clock = SystemClock.nanoClock(context.getSystem());
      SystemClock.whenIdle(context.getSystem(), () -> idleAt.complete(clock.getAsLong()));
      return Behaviors.<String>withTimers(timers -> {
        timers.startSingleTimer("first", Duration.ofSeconds(3));
        return Behaviors.receiveMessage(message -> {
          if (message.equals("from outside")) {
            timers.startSingleTimer("second", Duration.ofSeconds(2)); // on the virtual clock: set by the actor
          } else if (message.equals("second")) {
            answeredAt.complete(clock.getAsLong());
          }
          return Behaviors.same();
        });
      });
    }), "outside", VIRTUAL_TIME);
    try {
      assertEquals(3_000_000_000L, idleAt.get(20, TimeUnit.SECONDS)); // nothing left: the thread waits
      system.tell("from outside"); // from the test's thread, not the simulation's

      assertEquals(5_000_000_000L, answeredAt.get(20, TimeUnit.SECONDS));
    } finally {
      system.terminate();
    }
  }

  /**
   * A new day puts the clock back at 0, and a periodic timer set before it (as Akka's own are)
   * stays as far ahead as it was: at 25 s a 10 s tick due at 30 s is due 5 s into the new day.
   */
  @Test
  void aNewDayPutsTheClockAtZeroAndAPeriodicTimerKeepsItsDistance() throws Exception {
    List<String> ticks = new CopyOnWriteArrayList<>();
    ActorSystem<String> system = ActorSystem.create(Behaviors.<String>setup(context -> {
      LongSupplier clock = SystemClock.nanoClock(context.getSystem());
      return Behaviors.<String>withTimers(timers -> {
        timers.startTimerWithFixedDelay("tick", Duration.ofSeconds(10));
        timers.startSingleTimer("new day", Duration.ofSeconds(25));
        return Behaviors.receiveMessage(message -> {
          ticks.add(message + " at " + clock.getAsLong() / 1_000_000_000);
          if (message.equals("new day")) {
            SystemClock.startNewDay(context.getSystem());
          } else if (ticks.size() == 5) {
            return Behaviors.stopped();
          }
          return Behaviors.same();
        });
      });
    }), "days", VIRTUAL_TIME);
    system.getWhenTerminated().toCompletableFuture().get();

    assertEquals(List.of("tick at 10", "tick at 20", "new day at 25", "tick at 5", "tick at 15"), ticks);
  }
}
