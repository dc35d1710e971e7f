package restaurant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import restaurant.config.BadInputException;
import restaurant.config.Settings;
import restaurant.model.StopRequest;
import restaurant.report.Progress;

/** Akka's own settings are checked by starting Akka: what it refuses is bad input, in one line. */
class ActorRestaurantTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      akka.loglevel = NOPE                                    | akka.loglevel = "NOPE" (test: 1) must be one of off, error, warning, info, debug
      akka.stdout-loglevel = WARN                             | akka.stdout-loglevel = "WARN" (test: 1) must be one of off, error, warning, info, debug
      akka.scheduler.implementation = no.such.Clazz           | Akka's settings do not load: ClassNotFoundException: no.such.Clazz
      akka.actor.default-dispatcher.throughput = lots         | Akka's settings do not load: test: 1: throughput has type STRING rather than NUMBER
      akka.actor.default-dispatcher.fork-join-executor.parallelism-max = -1   | akka.actor.default-dispatcher.fork-join-executor.parallelism-max = -1 (test: 1) must be at least 1
      akka.actor.internal-dispatcher.fork-join-executor.parallelism-min = 0   | akka.actor.internal-dispatcher.fork-join-executor.parallelism-min = 0 (test: 1) must be at least 1
      akka.actor.default-dispatcher.fork-join-executor.parallelism-factor = 0 | akka.actor.default-dispatcher.fork-join-executor.parallelism-factor = 0 (test: 1) must be above 0
      akka.coordinated-shutdown.exit-jvm = on                 | akka.coordinated-shutdown.exit-jvm = on (test: 1) would end the JVM before the report is printed; the restaurant ends its own JVM: leave it off
      """)
  void aValueAkkaRefusesIsBadInput(String setting, String message) {
    Config config = ConfigFactory.parseString(setting, com.typesafe.config.ConfigParseOptions.defaults()
        .setOriginDescription("test")).withFallback(ConfigFactory.parseResources("restaurant/akka.conf"))
        .withFallback(ConfigFactory.defaultReference()).resolve();
    Settings settings = ReferenceWorkload.with(2, 1);

    BadInputException refused = assertThrows(BadInputException.class,
        () -> ActorRestaurant.run(settings, config, new Progress(4), new StopRequest()));

    assertEquals(message, refused.getMessage());
  }
}
