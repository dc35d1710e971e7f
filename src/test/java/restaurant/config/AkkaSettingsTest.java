package restaurant.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Akka's settings that Akka would take quietly, or refuse naming nothing, are refused before anything starts. */
class AkkaSettingsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      akka.loglevel = NOPE                                    | akka.loglevel = "NOPE" (test: 1) must be one of off, error, warning, info, debug
      akka.stdout-loglevel = WARN                             | akka.stdout-loglevel = "WARN" (test: 1) must be one of off, error, warning, info, debug
      akka.actor.default-dispatcher.fork-join-executor.parallelism-max = -1   | akka.actor.default-dispatcher.fork-join-executor.parallelism-max = -1 (test: 1) must be at least 1
      akka.actor.internal-dispatcher.fork-join-executor.parallelism-min = 0   | akka.actor.internal-dispatcher.fork-join-executor.parallelism-min = 0 (test: 1) must be at least 1
      akka.actor.default-dispatcher.fork-join-executor.parallelism-factor = 0 | akka.actor.default-dispatcher.fork-join-executor.parallelism-factor = 0 (test: 1) must be above 0
      akka.coordinated-shutdown.exit-jvm = on                 | akka.coordinated-shutdown.exit-jvm = on (test: 1) would end the JVM before the report is printed; the restaurant ends its own JVM: leave it off
      """)
  void aValueAkkaWouldTakeQuietlyIsBadInput(String setting, String message) {
    BadInputException refused = assertThrows(BadInputException.class, () -> AkkaSettings.check(config(setting)));

    assertEquals(message, refused.getMessage());
  }

  @Test
  void theRestaurantsOwnAkkaSettingsPass() {
    assertDoesNotThrow(() -> AkkaSettings.check(config("")));
  }

  private static Config config(String setting) {
    return ConfigFactory.parseString(setting, ConfigParseOptions.defaults().setOriginDescription("test"))
        .withFallback(ConfigFactory.parseResources("restaurant/akka.conf"))
        .withFallback(ConfigFactory.defaultReference()).resolve();
  }
}
