package restaurant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import restaurant.model.Order;

/** Settings read and checked: numbers as people write them, the time-scale's range, where the orders come from. */
class SettingsTest {
  @TempDir
  Path dir;

  /** The built-in defaults under {@code hocon}, as a config file would put them. */
  private static Config config(String hocon) {
    Config file = ConfigFactory.parseString(hocon);
    Config defaults = ConfigFactory.defaultReference();
    return file.withFallback(file.hasPath(Settings.MENU) ? defaults.withoutPath(Settings.MENU) : defaults).resolve();
  }

  private static Config flag(String key, String text) {
    return ConfigFactory.empty().withValue(key, ConfigValueFactory.fromAnyRef(text, "command line"))
        .withFallback(ConfigFactory.defaultReference());
  }

  @ParameterizedTest
  @ValueSource(strings = {"4", "-0.5", "+2", "1e-3", "2.5E+2", ".5", "5.", "0", "007"})
  void plainDecimalNumbersAreNumbers(String text) {
    assertTrue(FlagValues.isPlainNumber(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.01d", "1f", "0x1p-7", "0x10", "\uFF14", "\u0663", "1_000", "NaN", "Infinity", "",
      " ", "1e", "e5", "--1", "1.2.3", "½"})
  void otherSpellingsAreNot(String text) {
    assertFalse(FlagValues.isPlainNumber(text), text);
  }

  @Test
  void aFlagsNumberIsReadAsWritten() {
    assertEquals(4, Settings.from(flag(Settings.WAITERS, "4")).staff().waiters());
    assertEquals(4, Settings.from(flag(Settings.WAITERS, " 4 ")).staff().waiters());
    assertEquals(0.001, Settings.from(flag(Settings.TIME_SCALE, "1e-3")).timing().timeScale());
    assertEquals(-5, Settings.from(flag(Settings.SEED, "-5")).seed());
  }

  @Test
  void hoconsOwnNumbersAreNumbers() {
    assertEquals(0.001, Settings.from(config("restaurant.time-scale = 1e-3")).timing().timeScale());
    assertEquals(3, Settings.from(config("restaurant.waiters = 3")).staff().waiters());
    assertEquals(3, Settings.from(config("restaurant.waiters = \"3\"")).staff().waiters());
  }

  @Test
  void unquotedWordsThatLookLikeNumbersAreNot() {
    // HOCON reads 0x10 and 0.01d as unquoted strings, not numbers
    assertThrows(BadInputException.class, () -> Settings.from(config("restaurant.waiters = 0x10")));
    assertThrows(BadInputException.class, () -> Settings.from(config("restaurant.time-scale = 0.01d")));
  }

  @Test
  void theTimeScaleGoesFromAMillionthToAThousand() {
    assertEquals(0.000001, Settings.from(flag(Settings.TIME_SCALE, "0.000001")).timing().timeScale());
    assertEquals(1000, Settings.from(flag(Settings.TIME_SCALE, "1000")).timing().timeScale());
    for (String tooSmall : new String[] {"0.00000099", "4.9e-324", "1e-300", "0"}) {
      String message = assertThrows(BadInputException.class,
          () -> Settings.from(flag(Settings.TIME_SCALE, tooSmall))).getMessage();
      assertEquals("restaurant.time-scale = \"" + tooSmall + "\" (command line) must be a number from 0.000001 to"
          + " 1000 (1 = real time, 0.01 = a hundred times faster)", message);
    }
  }

  @Test
  void theSmallestTimeScaleKeepsEveryTimeFinite() {
    Settings settings = Settings.from(flag(Settings.TIME_SCALE, "0.000001"));
    double aDayOfWallTimeSimulated = 86_400 / settings.timing().timeScale();

    assertTrue(Double.isFinite(aDayOfWallTimeSimulated));
    assertEquals(1, settings.scaled(java.time.Duration.ofMillis(1)).toNanos()); // a 1 ms product: 1 ns
  }

  @Test
  void aValueTooLongIsShownCut() {
    String message = assertThrows(BadInputException.class,
        () -> Settings.from(flag(Settings.WAITERS, "9".repeat(1_000_000)))).getMessage();

    assertEquals("restaurant.waiters = \"" + "9".repeat(59) + "... (1000002 characters) (command line) must be a"
        + " whole number from 1 to 1000000", message);
  }

  @Test
  void aMenuOfOnesOwnServesAnOrdersFileOrGeneratedOrders() throws IOException {
    Config pizzeria = config("restaurant.menu { pizza { time = 8s, price = 9.50 } }");
    Path orders = Files.writeString(dir.resolve("pizza.json"), "[[\"pizza\"], [\"pizza\", \"pizza\"]]");

    assertEquals(List.of(new Order(0, List.of("pizza")), new Order(1, List.of("pizza", "pizza"))),
        Settings.from(pizzeria, Settings.OrderSource.file(orders)).orders());
    List<Order> generated = Settings.from(pizzeria, Settings.OrderSource.generated(5)).orders();
    assertEquals(5, generated.size());
    assertTrue(generated.stream().allMatch(order -> order.products().stream().allMatch("pizza"::equals)));
  }

  @Test
  void theBuiltInOrdersAreCheckedOnlyWhenTheyRun() {
    Config pizzeria = config("restaurant.menu { pizza = 8s }");

    assertEquals("restaurant.orders (the built-in orders; with a menu of your own, give restaurant.orders, --orders"
        + " or --generate): order 0 has unknown product \"burger\"; the menu has pizza",
        assertThrows(BadInputException.class, () -> Settings.from(pizzeria)).getMessage());
  }

  @Test
  void configuredOrdersThatDoNotRunAreNotEvenRead() {
    Config broken = config("restaurant.menu { pizza = 8s }\nrestaurant.orders = \"not a list\"");

    assertEquals(3, Settings.from(broken, Settings.OrderSource.generated(3)).orders().size());
  }

  @Test
  void ordersFromAFileAndGeneratedAtOnceAreRefused() {
    assertThrows(BadInputException.class, () -> new Settings.OrderSource(Path.of("o.json"), 3));
  }

  @Test
  void configuredOrdersUseTheMenusNamesInAnyUnicodeForm() {
    Config cafe = config("restaurant.menu { \"caf\u00e9\" = 1s }\nrestaurant.orders = [[\"cafe\u0301\"]]");

    assertEquals(List.of(new Order(0, List.of("caf\u00e9"))), Settings.from(cafe).orders());
  }
}
