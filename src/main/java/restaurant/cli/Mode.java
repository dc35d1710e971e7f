package restaurant.cli;

import com.typesafe.config.Config;
import java.util.Locale;
import restaurant.actors.ActorRestaurant;
import restaurant.baseline.SyncRestaurant;
import restaurant.baseline.ThreadsRestaurant;
import restaurant.domain.BadInputException;
import restaurant.domain.Progress;
import restaurant.domain.RunReport;
import restaurant.domain.Settings;

/** The three designs, run on the same settings and reported the same way. */
enum Mode {
  /** One blocking waiter does everything (the original's first program). */
  SYNC,
  /** One sleeping OS thread per waiter (the original's second program). */
  THREADS,
  /** Cashier, Waiter and Kitchen actors; nothing blocks. */
  ACTORS;

  static Mode parse(String text) {
    try {
      return valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--mode " + text + ": unknown mode; the modes are sync, threads, actors");
    }
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Refuses settings this mode cannot run, before anything starts. */
  void check(Settings settings) {
    if (this == THREADS && settings.waiters() > ThreadsRestaurant.MAX_WAITERS) {
      throw new BadInputException("--mode threads starts one OS thread per waiter: at most "
          + ThreadsRestaurant.MAX_WAITERS + " waiters, got " + settings.waiters());
    }
  }

  /** Runs this mode, with a progress line on stderr if it is a terminal and the run is long. */
  RunReport run(Settings settings, Config config) throws InterruptedException {
    Progress progress = new Progress(settings.orders().size());
    try (ProgressLine line = ProgressLine.startIfTerminal(progress)) {
      return run(settings, config, progress);
    }
  }

  private RunReport run(Settings settings, Config config, Progress progress) throws InterruptedException {
    return switch (this) {
      case SYNC -> SyncRestaurant.run(settings, progress);
      case THREADS -> ThreadsRestaurant.run(settings, progress);
      case ACTORS -> ActorRestaurant.run(settings, config, progress);
    };
  }
}
