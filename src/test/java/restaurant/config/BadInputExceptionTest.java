package restaurant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one line a user sees: escaped, short values echoed whole, long ones cut with their length. */
class BadInputExceptionTest {
  @Test
  void aShortValueIsShownWhole() {
    assertEquals("burger", BadInputException.shown("burger"));
    assertEquals("x".repeat(60), BadInputException.shown("x".repeat(60)));
  }

  @Test
  void aLongValueIsCutAndSaysHowLongItWas() {
    assertEquals("x".repeat(60) + "... (5000000 characters)", BadInputException.shown("x".repeat(5_000_000)));
    assertEquals("y".repeat(60) + "... (61 characters)", BadInputException.shown("y".repeat(61)));
  }

  @Test
  void aCutNeverSplitsACharacter() {
    String burgers = "a".repeat(59) + "\uD83C\uDF54".repeat(10); // 🍔 takes two chars

    assertEquals("a".repeat(59) + "... (79 characters)", BadInputException.shown(burgers));
  }

  @Test
  void unprintableCharactersAreEscaped() {
    assertEquals("bur\\nger", BadInputException.escaped("bur\nger"));
    assertEquals("a\\tb\\rc", BadInputException.escaped("a\tb\rc"));
    assertEquals("so\\u200Bda", BadInputException.escaped("so\u200Bda"));
    assertEquals("\\u202Eadoc", BadInputException.escaped("\u202Eadoc"));
    assertEquals("nul\\u0000", BadInputException.escaped("nul\u0000"));
    assertEquals("\\uD800", BadInputException.escaped("\uD800")); // a lone surrogate
  }

  @Test
  void printableTextIsLeftAlone() {
    for (String text : new String[] {"ice cream", "café", "\uD83C\uDF54", "４", "日本酒", "crème brûlée"}) {
      assertEquals(text, BadInputException.escaped(text), text);
    }
  }

  @Test
  void theMessageIsAlwaysOneLine() {
    String message = new BadInputException("order 1 has \"pi\nzza\"\r\n<Cashier> Dispatched").getMessage();

    assertEquals("order 1 has \"pi\\nzza\"\\r\\n<Cashier> Dispatched", message);
    assertFalse(message.contains("\n"));
  }

  @Test
  void aMessageThatEchoesTooMuchIsCut() {
    String message = new BadInputException("bad: " + "z".repeat(100_000)).getMessage();

    assertTrue(message.length() < BadInputException.LONGEST_MESSAGE + 50, message);
    assertTrue(message.endsWith("... (a message of 100005 characters)"), message);
  }
}
