package restaurant.clock;

import akka.actor.typed.ActorSystem;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.function.LongSupplier;

/** The clock an actor system's actors read: virtual time on the {@link VirtualTimeScheduler}, else the wall clock. */
public final class SystemClock {
  private SystemClock() {}

  /**
   * On virtual time, what to do when the simulation has nothing left to do and no timer set: the
   * run is over, or stuck. On the wall clock there is no such moment (a quiet actor system may
   * just be waiting), and nothing is done.
   */
  public static void whenIdle(ActorSystem<?> system, Runnable action) {
    if (system.classicSystem().scheduler() instanceof VirtualTimeScheduler virtual) {
      virtual.whenIdle(action);
    }
  }

  /**
   * On virtual time, the clock back to 0 for a new day on the same actor system, once the day
   * before has ended (see {@link VirtualTimeScheduler#startNewDay}); the wall clock goes on.
   */
  public static void startNewDay(ActorSystem<?> system) {
    if (system.classicSystem().scheduler() instanceof VirtualTimeScheduler virtual) {
      virtual.startNewDay();
    }
  }

  /** {@code config} with the actors on virtual time: {@code restaurant/virtual-time.conf} above it. */
  public static Config onVirtualTime(Config config) {
    return ConfigFactory.parseResources("restaurant/virtual-time.conf").withFallback(config);
  }

  /** The system's timers run on virtual time: none fires late. */
  public static boolean virtual(ActorSystem<?> system) {
    return system.classicSystem().scheduler() instanceof VirtualTimeScheduler;
  }

  /** Nanoseconds on the same clock the system's timers are due on. */
  public static LongSupplier nanoClock(ActorSystem<?> system) {
    return system.classicSystem().scheduler() instanceof VirtualTimeScheduler virtual
        ? virtual::nanoTime
        : System::nanoTime;
  }
}
