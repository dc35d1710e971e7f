package restaurant.actors;

import com.typesafe.config.Config;
import restaurant.config.Settings;
import restaurant.model.FaultPlan;
import restaurant.model.StopRequest;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.TraceFile;

/** Runs one day of the restaurant as actors, on a {@link RestaurantHost} of its own, and returns its report. */
public final class ActorRestaurant {
  private ActorRestaurant() {}

  /**
   * @param config the whole configuration: Akka reads its own section from it
   * @param stop   a stop closes the restaurant: the cashier first
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
    try (RestaurantHost host = RestaurantHost.start(settings, config)) {
      return host.serve(settings, faults, progress, trace, stop);
    }
  }
}
