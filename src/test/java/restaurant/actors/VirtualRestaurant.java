package restaurant.actors;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import restaurant.config.Settings;
import restaurant.model.FaultPlan;
import restaurant.model.StopRequest;
import restaurant.report.Progress;
import restaurant.report.RunReport;

/**
 * The whole restaurant on virtual time (restaurant.akka.VirtualTimeScheduler): a run of 23.7
 * simulated seconds takes milliseconds, and every time in its report is exact. Its dispatcher has
 * one thread, so an actor that blocked waiting for another would hang the run.
 */
final class VirtualRestaurant {
  static final Config VIRTUAL_TIME = ConfigFactory.parseResources("restaurant/virtual-time.conf")
      .withFallback(ConfigFactory.parseResources("restaurant/akka.conf"))
      .withFallback(ConfigFactory.defaultReference());

  private VirtualRestaurant() {}

  static RunReport serve(Settings settings) {
    return serve(settings, settings.faultPlan());
  }

  static RunReport serve(Settings settings, FaultPlan faults) {
    return ActorRestaurant.run(settings, faults, VIRTUAL_TIME, new Progress(settings.orders().size()),
        new StopRequest());
  }
}
