package restaurant.akka;

import akka.actor.typed.ActorSystem;
import java.util.function.LongSupplier;

/** The clock an actor system's actors read: virtual time on the {@link VirtualTimeScheduler}, else the wall clock. */
public final class Clocks {
  private Clocks() {}

  /** Nanoseconds on the same clock the system's timers are due on. */
  public static LongSupplier nanoClock(ActorSystem<?> system) {
    return system.classicSystem().scheduler() instanceof VirtualTimeScheduler virtual
        ? virtual::nanoTime
        : System::nanoTime;
  }
}
