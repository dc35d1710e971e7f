package restaurant.actors;

import akka.actor.typed.ActorSystem;
import com.typesafe.config.Config;
import java.util.concurrent.CompletableFuture;
import restaurant.config.Settings;
import restaurant.model.FaultPlan;
import restaurant.report.Progress;
import restaurant.report.RunReport;

/** Runs the restaurant as actors, in real time, and returns its report. */
public final class ActorRestaurant {
  private ActorRestaurant() {}

  /** @param config the whole configuration: Akka reads its own section from it */
  public static RunReport run(Settings settings, Config config, Progress progress) {
    return run(settings, settings.faultPlan(), config, progress);
  }

  /** @param faults what goes wrong on purpose; a test's script, or the settings' seeded plan */
  public static RunReport run(Settings settings, FaultPlan faults, Config config, Progress progress) {
    CompletableFuture<RunReport> report = new CompletableFuture<>();
    ActorSystem<Void> system = ActorSystem.create(
        Restaurant.create(settings, faults, progress, report::complete), "restaurant", config);
    // The caller's thread is not an actor: waiting here holds no dispatcher thread.
    system.getWhenTerminated().toCompletableFuture().join();
    RunReport finished = report.getNow(null);
    if (finished == null) {
      throw new IllegalStateException("the restaurant closed before every order was dispatched");
    }
    return finished;
  }
}
