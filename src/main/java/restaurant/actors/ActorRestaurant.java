package restaurant.actors;

import akka.actor.CoordinatedShutdown;
import akka.actor.typed.ActorSystem;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import restaurant.clock.SystemClock;
import restaurant.config.BadInputException;
import restaurant.config.Settings;
import restaurant.model.FaultPlan;
import restaurant.model.Mode;
import restaurant.model.StopRequest;
import restaurant.report.Ledger;
import restaurant.report.LogTimestamp;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.TraceFile;

/** Runs the restaurant as actors and returns its report. */
public final class ActorRestaurant {
  private ActorRestaurant() {}

  /**
   * @param config the whole configuration: Akka reads its own section from it
   * @param stop   a stop closes the restaurant through Akka's CoordinatedShutdown
   */
  public static RunReport run(Settings settings, Config config, Progress progress, StopRequest stop) {
    return run(settings, settings.faultPlan(), config, progress, null, stop);
  }

  /** @param trace where each order goes as it finishes (--trace), or null */
  public static RunReport run(Settings settings, Config config, Progress progress, TraceFile trace,
      StopRequest stop) {
    return run(settings, settings.faultPlan(), config, progress, trace, stop);
  }

  /** @param faults what goes wrong on purpose; a test's script, or the settings' seeded plan */
  public static RunReport run(Settings settings, FaultPlan faults, Config config, Progress progress,
      StopRequest stop) {
    return run(settings, faults, config, progress, null, stop);
  }

  private static RunReport run(Settings settings, FaultPlan faults, Config config, Progress progress,
      TraceFile trace, StopRequest stop) {
    config.getObject("akka"); // not a table (akka = 5): a ConfigException naming the file and line, bad input
    CompletableFuture<RunReport> report = new CompletableFuture<>();
    boolean virtual = settings.clock().virtual();
    // Log lines show the simulated time from the opening on; the virtual clock reads 0 until the
    // actor system, and so the clock, exists.
    AtomicReference<LongSupplier> clock = new AtomicReference<>(() -> 0L);
    Runnable realTimeLogs = virtual ? LogTimestamp.simulate(() -> clock.get().getAsLong(),
        LocalDate.now().atTime(settings.clock().opensAt()), settings.timeScale()) : () -> { };
    try {
      ActorSystem<Void> system = start(Restaurant.create(settings, faults, progress, trace, report::complete),
          virtual ? SystemClock.onVirtualTime(config) : config);
      clock.set(SystemClock.nanoClock(system));
      // The restaurant's close is a task of CoordinatedShutdown (see Restaurant); a stop runs it.
      stop.whenRequested(() -> CoordinatedShutdown.get(system).run(CoordinatedShutdown.jvmExitReason()));
      try {
        // The caller's thread is not an actor: waiting here holds no dispatcher thread.
        system.getWhenTerminated().toCompletableFuture().join();
      } finally {
        stop.clear();
      }
    } finally {
      realTimeLogs.run();
    }
    RunReport finished = report.getNow(null);
    if (finished != null) {
      return finished;
    }
    if (stop.isRequested()) { // stopped before the cashier could open: nothing was served
      return new Ledger(Mode.ACTORS, settings, progress).report(true, null);
    }
    throw new IllegalStateException("the actor system stopped before the restaurant closed");
  }

  /**
   * What the pre-flight check of Akka's settings ({@link restaurant.config.AkkaSettings}) cannot
   * tell is checked by starting it: a value it refuses is bad input.
   */
  private static ActorSystem<Void> start(akka.actor.typed.Behavior<Void> restaurant, Config config) {
    try {
      return ActorSystem.create(restaurant, "restaurant", config);
    } catch (Exception refused) { // Akka throws checked exceptions (ClassNotFoundException) unannounced
      Throwable cause = refused;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      throw new BadInputException("Akka's settings do not load: " + (cause instanceof ConfigException
          ? cause.getMessage() : cause.getClass().getSimpleName() + (cause.getMessage() != null
              ? ": " + cause.getMessage() : cause.getStackTrace().length > 0 // no message: where, at least
                  ? " in " + cause.getStackTrace()[0].getClassName() + "." + cause.getStackTrace()[0].getMethodName()
                  : "")));
    }
  }

}
