package restaurant.actors;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.MarkerFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.slf4j.LoggerFactory;
import restaurant.config.Settings;
import restaurant.model.FaultPlan;
import restaurant.model.StopRequest;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.ServiceEvents;

/**
 * The whole restaurant on virtual time (restaurant.clock.VirtualTimeScheduler): a run of 23.7
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

  /**
   * A big run without its per-event lines (as --quiet has it): a hundred thousand orders' lines
   * would cost the run ten times its time in the test log.
   */
  static RunReport serveQuietly(Settings settings) {
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    MarkerFilter quiet = new MarkerFilter();
    quiet.setMarker(ServiceEvents.EVENT.getName());
    quiet.setOnMatch(FilterReply.DENY.name());
    quiet.setContext(logging);
    quiet.start();
    logging.addTurboFilter(quiet);
    try {
      return serve(settings);
    } finally {
      logging.getTurboFilterList().remove(quiet);
    }
  }

  static RunReport serve(Settings settings, FaultPlan faults) {
    return ActorRestaurant.run(settings, faults, VIRTUAL_TIME, new Progress(settings.orders().size()),
        new StopRequest());
  }
}
