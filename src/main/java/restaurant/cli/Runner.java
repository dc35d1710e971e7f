package restaurant.cli;

import com.typesafe.config.Config;
import restaurant.actors.ActorRestaurant;
import restaurant.baseline.SyncRestaurant;
import restaurant.baseline.ThreadsRestaurant;
import restaurant.config.BadInputException;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.model.OrderSequence;
import restaurant.model.StopRequest;
import restaurant.report.Progress;
import restaurant.report.ProgressLine;
import restaurant.report.TraceFile;
import restaurant.report.RunReport;

/** Runs one of the three designs on the settings, with a progress line when stderr is a terminal. */
final class Runner {
  /** Orders from which a run starts with a full collection: below, it costs more than it saves. */
  static final int COLLECT_FIRST_FROM = 100_000;

  private Runner() {}

  /**
   * Refuses settings a mode cannot honour, before anything starts; {@code comparing}: asked by
   * compare, which runs the three designs on the same settings (and takes no --mode).
   */
  static void check(Mode mode, Settings settings, boolean comparing) {
    if (mode == Mode.ACTORS) {
      return;
    }
    String who = comparing ? "compare runs sync and threads too, which" : "--mode " + mode;
    String instead = comparing ? "run them with the actors alone (run, not compare)" : "use --mode actors";
    if (settings.timing().clock().virtual()) {
      throw new BadInputException(Settings.CLOCK + " = virtual runs the actors only: " + who
          + (comparing ? " sleep" : " sleeps") + " real threads; " + (comparing ? "give --clock real"
          : "use --mode actors, or --clock real"));
    }
    boolean arrivals = !settings.service().arrivals().atOnce() || OrderSequence.arrivesOverTime(settings.orders());
    if (arrivals || !settings.service().stations().isEmpty()) {
      throw new BadInputException(who + (comparing ? " serve" : " serves") + " every order from the opening with a"
          + " cook for every product: " + (arrivals ? "arrival times" : Settings.STATIONS) + " need the actors; "
          + instead);
    }
    Settings.Faults faults = settings.faults();
    if (faults.burnRate() > 0 || faults.waiterCrashRate() > 0 || faults.kitchenCrashRate() > 0) {
      throw new BadInputException(who + (comparing ? " know" : " knows") + " no faults (burnt products, crashes):"
          + " the fault rates need the actors; " + instead);
    }
    if (mode == Mode.THREADS && settings.staff().waiters() > ThreadsRestaurant.MAX_WAITERS) {
      throw new BadInputException("--mode threads starts one OS thread per waiter: at most "
          + ThreadsRestaurant.MAX_WAITERS + " waiters, got " + settings.staff().waiters());
    }
  }

  /** On a virtual clock the makespan took next to no wall time: the report says what the run took. */
  private static RunReport actors(Settings settings, Config config, Progress progress, TraceFile trace,
      StopRequest stop) {
    long start = System.nanoTime();
    RunReport report = ActorRestaurant.run(settings, config, progress, trace, stop);
    return settings.timing().clock().virtual() ? report.withWallMillis((System.nanoTime() - start) / 1e6) : report;
  }

  /**
   * @param quiet no event lines on the console: only then is there room for a progress line on
   *     the same terminal
   * @param stop  SIGINT / SIGTERM: the run ends with what it has done
   */
  static RunReport run(Mode mode, Settings settings, Config config, boolean quiet, StopRequest stop)
      throws InterruptedException {
    return run(mode, settings, config, quiet, null, stop);
  }

  /** @param trace where each order goes as it finishes (--trace; the actors only), or null */
  static RunReport run(Mode mode, Settings settings, Config config, boolean quiet, TraceFile trace,
      StopRequest stop) throws InterruptedException {
    if (settings.orders().size() >= COLLECT_FIRST_FROM) {
      // The workload is in memory: its garbage goes now, and the orders move to the old generation
      // in one full collection, rather than be copied by every young collection of the service.
      // 1M orders on the virtual clock: 1.1 to 1.6 s less in all (docs/benchmarks.md).
      System.gc();
    }
    Progress progress = new Progress(settings.orders().size());
    try (ProgressLine line = quiet ? ProgressLine.startIfTerminal(progress) : ProgressLine.NONE) {
      return switch (mode) {
        case SYNC -> SyncRestaurant.run(settings, progress, stop);
        case THREADS -> ThreadsRestaurant.run(settings, progress, stop);
        case ACTORS -> actors(settings, config, progress, trace, stop);
      };
    }
  }
}
