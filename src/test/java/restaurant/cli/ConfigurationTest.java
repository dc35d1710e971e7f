package restaurant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import restaurant.config.Configuration;
import restaurant.config.Settings;

/** Flags beat JVM properties, which beat the config file, which beats the built-in defaults. */
class ConfigurationTest {
  @TempDir
  Path dir;

  @AfterEach
  void clearProperties() {
    System.clearProperty("restaurant.waiters");
    ConfigFactory.invalidateCaches();
  }

  private Settings settings(String... args) {
    ConfigFactory.invalidateCaches(); // system properties are cached by Typesafe Config
    Options options = Commands.parse(args, System.out).orElseThrow();
    return Settings.from(Configuration.load(options.configFile(), options.overrides()));
  }

  @Test
  void eachLayerOverridesTheOneBelow() throws IOException {
    Path file = Files.writeString(dir.resolve("app.conf"), "restaurant.waiters = 3\nrestaurant.time-scale = 0.5");
    Path empty = Files.writeString(dir.resolve("empty.conf"), "");

    assertEquals(2, settings("--config", empty.toString()).waiters());
    assertEquals(3, settings("--config", file.toString()).waiters());
    System.setProperty("restaurant.waiters", "5");
    assertEquals(5, settings("--config", file.toString()).waiters());
    assertEquals(7, settings("--config", file.toString(), "--waiters", "7").waiters());
    // Keys not overridden keep their value from the layer below.
    assertEquals(0.5, settings("--config", file.toString(), "--waiters", "7").timeScale());
  }

  @Test
  void theProjectsConfFileHoldsTheReferenceWorkload() {
    Settings settings = settings();

    assertEquals(2, settings.waiters());
    assertEquals(1, settings.maxOpenOrders());
    assertEquals(1.0, settings.timeScale());
    assertEquals(4, settings.orders().size());
    assertEquals(43.8, settings.sequentialSeconds(), 1e-9);
  }
}
