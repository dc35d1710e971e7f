package restaurant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.ConfigFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import restaurant.model.Menu;

/** Menu names: printable, not blank, one Unicode form. */
class MenuReaderTest {
  private static Menu menu(String hocon) {
    return MenuReader.read(ConfigFactory.parseString(hocon), 1.0);
  }

  private static String refusal(String hocon) {
    return assertThrows(BadInputException.class, () -> menu(hocon)).getMessage();
  }

  @Test
  void printableNamesInAnyScriptAreFine() {
    Menu menu = menu("restaurant.menu { \"ice cream\" = 2s, \"crème brûlée\" = 3s, 日本酒 = 1s, \"\uD83C\uDF54\" = 7s }");

    assertEquals(List.of("crème brûlée", "ice cream", "日本酒", "\uD83C\uDF54"), List.copyOf(menu.products()));
  }

  @Test
  void namesAreKeptInTheirComposedForm() {
    assertEquals(List.of("café"), List.copyOf(menu("restaurant.menu { \"cafe\u0301\" = 2s }").products()));
  }

  @Test
  void oneNameInTwoFormsIsOnTheMenuTwice() {
    String message = refusal("restaurant.menu { \"caf\u00e9\" = 2s, \"cafe\u0301\" = 3s }");

    assertEquals(true, message.endsWith(" (String: 1) is on the menu twice, written in two Unicode forms (composed and"
        + " decomposed); keep one"), message);
  }

  @Test
  void blankNamesAreRefused() {
    for (String blank : new String[] {"", " ", "\\t", "\u3000"}) {
      String message = refusal("restaurant.menu { \"" + blank + "\" = 2s }");
      assertEquals(true, message.contains(" has a blank name; a product needs a name with at least one letter, digit or"
          + " sign"), message);
    }
  }

  @Test
  void unprintableNamesSayWhichCharacter() {
    assertEquals("restaurant.menu product \"soda\\n<Cashier> Dispatched by waiter 9\" (String: 1) has a name with an"
        + " unprintable character (U+000A, LINE FEED (LF)); names must be printable: no control, invisible or"
        + " line-breaking characters",
        refusal("restaurant.menu { \"soda\\n<Cashier> Dispatched by waiter 9\" = 1s }"));
    assertEquals(true, refusal("restaurant.menu { \"be\u00ADer\" = 1s }").contains("(U+00AD, SOFT HYPHEN)"));
    assertEquals(true, refusal("restaurant.menu { \"beer\u2028\" = 1s }").contains("(U+2028, LINE SEPARATOR)"));
  }
}
