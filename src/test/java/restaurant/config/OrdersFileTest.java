package restaurant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import restaurant.model.Menu;
import restaurant.model.Order;

/** Orders files, streamed: the orders, the menu's own names, a BOM, NFC, the heap, Jackson in words. */
class OrdersFileTest {
  private static final Menu MENU = new Menu(Map.of("soda", Duration.ofSeconds(1), "café", Duration.ofSeconds(2)));

  @TempDir
  Path dir;

  private Path file(String text) throws IOException {
    return Files.writeString(dir.resolve("orders.json"), text);
  }

  private String refusal(Path file) {
    return assertThrows(BadInputException.class, () -> OrdersFile.read(file, MENU)).getMessage();
  }

  @Test
  void readsTheOrdersInTheirOrder() throws IOException {
    assertEquals(List.of(new Order(0, List.of("soda", "café")), new Order(1, List.of("soda"))),
        OrdersFile.read(file("[[\"soda\", \"café\"],\n [\"soda\"]]"), MENU));
  }

  @Test
  void productNamesAreTheMenusOwnStrings() throws IOException {
    String menuSoda = MENU.products().stream().filter("soda"::equals).findFirst().orElseThrow();

    List<Order> orders = OrdersFile.read(file("[[\"soda\"], [\"soda\", \"soda\"]]"), MENU);

    assertSame(menuSoda, orders.get(0).products().get(0));
    assertSame(menuSoda, orders.get(1).products().get(1));
  }

  @Test
  void aByteOrderMarkAtTheStartIsAccepted() throws IOException {
    assertEquals(List.of(new Order(0, List.of("soda"))), OrdersFile.read(file("\uFEFF[[\"soda\"]]"), MENU));
  }

  @Test
  void aNameInAnotherUnicodeFormIsTheSameProduct() throws IOException {
    String decomposed = "cafe\u0301"; // e and a combining acute accent: café as some keyboards write it

    List<Order> orders = OrdersFile.read(file("[[\"" + decomposed + "\"], [\"caf\\u00e9\"]]"), MENU);

    assertEquals("café", orders.get(0).products().get(0));
    assertSame(orders.get(0).products().get(0), orders.get(1).products().get(0));
  }

  @Test
  void theFileIsCheckedWholeFirstThenReadAgainAtEachIteration() throws IOException {
    Path file = file("[[\"soda\"], {\"arrival\": 0.5, \"products\": [\"soda\"]}, {\"arrival\": 7, \"products\": "
        + "[\"soda\", \"soda\"]}]");

    OrdersFile.Read orders = OrdersFile.read(file, MENU);

    assertEquals(3, orders.size());
    assertEquals(7, orders.lastArrivalSeconds());
    assertTrue(orders.arrivesOverTime());
    List<Order> expected = List.of(new Order(0, List.of("soda"), 0), new Order(1, List.of("soda"), 0.5),
        new Order(2, List.of("soda", "soda"), 7));
    assertEquals(expected, List.copyOf(orders));
    assertEquals(expected, List.copyOf(orders)); // a second pass reads the file again
  }

  @Test
  void textAfterTheListIsSaidInWords() throws IOException {
    Path file = file("[[\"soda\"]]\n[[\"soda\"]]");

    assertEquals("orders file " + file + ": unexpected text after the list of orders at line 2, column 1; the file"
        + " must hold one list of orders", refusal(file));
  }

  @Test
  void jacksonsSettingsAreNotNamed() {
    assertEquals("Non-standard token 'NaN'", OrdersFile.inWords(
        "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"));
    assertEquals("Unexpected character ('/' (code 47)): maybe a (non-standard) comment?", OrdersFile.inWords(
        "Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as one since Feature"
            + " 'ALLOW_COMMENTS' not enabled for parser)"));
    assertEquals("Document nesting depth (1001) exceeds the maximum allowed (1000)", OrdersFile.inWords(
        "Document nesting depth (1001) exceeds the maximum allowed (1000, from"
            + " `StreamReadConstraints.getMaxNestingDepth()`)"));
    assertEquals("Unexpected end-of-input: expected close marker for Array", OrdersFile.inWords(
        "Unexpected end-of-input: expected close marker for Array (start marker at [Source: x; line: 1])\n at ..."));
  }

  @Test
  void aNestedValueIsShownCut() throws IOException {
    Path file = file("[[\"soda\", {\"name\": \"" + "n".repeat(1000) + "\"}]]");

    assertEquals("orders file " + file + ": order 0 has {\"name\":\"" + "n".repeat(51) + "..., which is not a"
        + " product name", refusal(file));
  }

  @Test
  void aBadByteIsFoundWhereverItIs() throws IOException {
    Path file = dir.resolve("bad.json");
    byte[] bytes = ("[[\"soda\"]" + ",[\"soda\"]".repeat(20_000) + ",[\"so\u00ffda\"]]").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, bytes); // ÿ as one Latin-1 byte, 0xFF: never UTF-8

    assertEquals("orders file " + file + ": not UTF-8 text (a bad byte near byte " + (9 + 9 * 20_000 + 5) + ")",
        refusal(file));
  }
}
