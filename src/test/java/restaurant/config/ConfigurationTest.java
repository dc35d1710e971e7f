package restaurant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags beat JVM properties, which beat the config file, which beats the built-in defaults. */
class ConfigurationTest {
  @TempDir
  Path dir;

  @AfterEach
  void clearProperties() {
    System.clearProperty("restaurant.waiters");
    ConfigFactory.invalidateCaches();
  }

  /** @param waitersFlag what --waiters says on the command line, or null */
  private static Settings settings(Path configFile, String waitersFlag) {
    ConfigFactory.invalidateCaches(); // system properties are cached by Typesafe Config
    Map<String, ConfigValue> flags = waitersFlag == null ? Map.of()
        : Map.of(Settings.WAITERS, ConfigValueFactory.fromAnyRef(waitersFlag, "command line --waiters"));
    return Settings.from(Configuration.load(configFile, flags));
  }

  @Test
  void eachLayerOverridesTheOneBelow() throws IOException {
    Path file = Files.writeString(dir.resolve("app.conf"), "restaurant.waiters = 3\nrestaurant.time-scale = 0.5");
    Path empty = Files.writeString(dir.resolve("empty.conf"), "");

    assertEquals(2, settings(empty, null).waiters());
    assertEquals(3, settings(file, null).waiters());
    System.setProperty("restaurant.waiters", "5");
    assertEquals(5, settings(file, null).waiters());
    assertEquals(7, settings(file, "7").waiters());
    // Keys not overridden keep their value from the layer below.
    assertEquals(0.5, settings(file, "7").timeScale());
  }

  @Test
  void theProjectsConfFileHoldsTheReferenceWorkload() {
    Settings settings = settings(null, null);

    assertEquals(2, settings.waiters());
    assertEquals(1, settings.maxOpenOrders());
    assertEquals(1.0, settings.timeScale());
    assertEquals(4, settings.orders().size());
    assertEquals(43.8, settings.sequentialSeconds(), 1e-9);
  }
}
