package restaurant.actors;

import akka.actor.typed.ActorSystem;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
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

/**
 * An actor system that serves one day of the restaurant after another ({@link Days}): a run is
 * one day on a host of its own; a sweep keeps one host per worker thread and pays Akka's start-up
 * once per worker, not once per day. Every day gets fresh actors and, on virtual time, a clock
 * that starts again from 0: the same day gives the same report, first or after fifty others.
 * The caller's thread waits for each day; it is no actor, so no dispatcher thread is held.
 */
public final class RestaurantHost implements AutoCloseable {
  private final ActorSystem<Days.Command> system;
  private final boolean virtual;

  private RestaurantHost(ActorSystem<Days.Command> system, boolean virtual) {
    this.system = system;
    this.virtual = virtual;
  }

  /**
   * A host on the clock {@code settings} ask for.
   *
   * @param config the whole configuration: Akka reads its own section from it
   */
  public static RestaurantHost start(Settings settings, Config config) {
    config.getObject("akka"); // not a table (akka = 5): a ConfigException naming the file and line, bad input
    boolean virtual = settings.timing().clock().virtual();
    return new RestaurantHost(startSystem(virtual ? SystemClock.onVirtualTime(config) : config), virtual);
  }

  /**
   * Serves one day and returns its report; a stop closes the day (the cashier first) and returns
   * what was done. The day's clock must be this host's.
   *
   * @param faults what goes wrong on purpose; a test's script, or the settings' seeded plan
   * @param trace  where each order goes as it finishes (--trace), or null
   */
  public RunReport serve(Settings settings, FaultPlan faults, Progress progress, TraceFile trace, StopRequest stop) {
    if (settings.timing().clock().virtual() != virtual) {
      throw new IllegalArgumentException("a day on the " + settings.timing().clock() + " clock, on a host of the other");
    }
    CompletableFuture<RunReport> report = new CompletableFuture<>();
    CompletableFuture<Void> ended = new CompletableFuture<>();
    // Log lines show the simulated time from the opening on: the day's clock starts at 0.
    Runnable realTimeLogs = virtual ? LogTimestamp.simulate(SystemClock.nanoClock(system),
        LocalDate.now().atTime(settings.timing().clock().opensAt()), settings.timing().timeScale()) : () -> { };
    try {
      system.tell(new Days.OpenDay(settings, faults, progress, trace, report::complete, () -> ended.complete(null)));
      // After the opening is sent: a stop requested already closes this day, not none.
      stop.whenRequested(() -> system.tell(new Days.CloseDay(system.ignoreRef())));
      try {
        CompletableFuture.anyOf(ended, system.getWhenTerminated().toCompletableFuture()).join();
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

  /** Stops the actor system and waits until it has. */
  @Override
  public void close() {
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().join();
  }

  /**
   * What the pre-flight check of Akka's settings ({@link restaurant.config.AkkaSettings}) cannot
   * tell is checked by starting it: a value it refuses is bad input.
   */
  private static ActorSystem<Days.Command> startSystem(Config config) {
    try {
      return ActorSystem.create(Days.create(), "restaurant", config);
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
