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

/**
 * What only starting Akka can tell of its settings: what it refuses is bad input, in one line (the
 * rest is checked before anything starts: {@code AkkaSettingsTest}).
 */
class ActorRestaurantTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      akka.scheduler.implementation = no.such.Clazz           | Akka's settings do not load: ClassNotFoundException: no.such.Clazz
      akka.actor.default-dispatcher.throughput = lots         | Akka's settings do not load: test: 1: throughput has type STRING rather than NUMBER
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
