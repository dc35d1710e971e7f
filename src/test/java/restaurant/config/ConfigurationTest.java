package restaurant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flags beat JVM properties, which beat the config file, which beats the built-in defaults; a
 * config file's includes are beside it.
 */
class ConfigurationTest {
  @TempDir
  Path dir;

  @AfterEach
  void clearProperties() {
    System.clearProperty("restaurant.waiters");
    System.clearProperty("some.tool.setting");
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

    assertEquals(2, settings(empty, null).staff().waiters());
    assertEquals(3, settings(file, null).staff().waiters());
    System.setProperty("restaurant.waiters", "5");
    assertEquals(5, settings(file, null).staff().waiters());
    assertEquals(7, settings(file, "7").staff().waiters());
    // Keys not overridden keep their value from the layer below.
    assertEquals(0.5, settings(file, "7").timing().timeScale());
  }

  @Test
  void theProjectsConfFileHoldsTheReferenceWorkload() {
    Settings settings = settings(null, null);

    assertEquals(2, settings.staff().waiters());
    assertEquals(1, settings.staff().maxOpenOrders());
    assertEquals(1.0, settings.timing().timeScale());
    assertEquals(4, settings.orders().size());
    assertEquals(List.of("burger", "burger", "beer", "frites"), settings.orders().get(1).products());
  }

  @Test
  void anIncludeIsBesideTheFileThatIncludesItWhateverTheWorkingFolder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(folder.resolve("staff.conf"), "restaurant.waiters = 6");
    Path file = Files.writeString(folder.resolve("app.conf"), "include \"staff.conf\"\nrestaurant.time-scale = 0.5");

    Settings settings = settings(file, null);

    assertEquals(6, settings.staff().waiters());
    assertEquals(0.5, settings.timing().timeScale());
  }

  @Test
  void includesNestAndEachIsBesideItsOwnFile() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("conf.d"));
    Files.writeString(sub.resolve("menu.conf"), "include file(\"prices.conf\")\nrestaurant.menu.pizza.time = 8s");
    Files.writeString(sub.resolve("prices.conf"), "restaurant.menu.pizza.price = 9.50");
    Files.writeString(sub.resolve("orders.json"), "{\"restaurant\": {\"orders\": [[\"pizza\"]]}}");
    Path file = Files.writeString(dir.resolve("app.conf"), "include \"conf.d/menu\"\ninclude \"conf.d/orders\"");

    Settings settings = settings(file, null);

    assertEquals(950, settings.menu().priceCents("pizza"));
    assertEquals(8, settings.menu().preparationTime("pizza").toSeconds());
    assertEquals(1, settings.orders().size());
  }

  @Test
  void anIncludeThatIsNotRequiredMayFindNothing() throws IOException {
    Path file = Files.writeString(dir.resolve("app.conf"), "include \"local.conf\"\nrestaurant.waiters = 3");

    assertEquals(3, settings(file, null).staff().waiters());
  }

  @Test
  void aConfigFileMayStartWithAByteOrderMark() throws IOException {
    Path file = Files.writeString(dir.resolve("bom.conf"), "\uFEFFrestaurant.waiters = 4");

    assertEquals(4, settings(file, null).staff().waiters());
  }

  @Test
  void jvmPropertiesOfOtherToolsAreNotTheRestaurantsBusiness() throws IOException {
    System.setProperty("some.tool.setting", "on");
    Path empty = Files.writeString(dir.resolve("empty.conf"), "");

    assertEquals(2, settings(empty, null).staff().waiters());
  }
}
