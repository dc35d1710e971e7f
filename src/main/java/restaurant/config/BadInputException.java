package restaurant.config;

/**
 * Input the restaurant cannot run with: a bad flag, key, value or file. Its message is the one
 * line the user sees on stderr, so it names the key or file and says what is allowed.
 */
public final class BadInputException extends RuntimeException {
  /** A value shown in a message keeps this many characters; the rest is counted, not echoed. */
  static final int SHOWN_CHARACTERS = 60;
  /** The longest message: whatever a library's message echoes, the line stays readable. */
  static final int LONGEST_MESSAGE = 1000;

  /** @param message one line; a line break or other control character in it is escaped */
  public BadInputException(String message) {
    super(oneLine(message), null, false, false);
  }

  /**
   * Text from the input, fit for a one-line message: control and invisible characters escaped
   * ({@code \n}, {@code \u200B}), and cut after {@value #SHOWN_CHARACTERS} characters, saying how long
   * it was: {@code xxxxx... (5000000 characters)}.
   */
  public static String shown(String text) {
    if (text.length() <= SHOWN_CHARACTERS) {
      return escaped(text);
    }
    int end = SHOWN_CHARACTERS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never half a character
    }
    return escaped(text.substring(0, end)) + "... (" + text.length() + " characters)";
  }

  /**
   * Every character that is not printable written as an escape: {@code \n}, {@code \t}, {@code \r},
   * else {@code \}{@code uXXXX}. Printable: not a control, format (zero-width, direction
   * overrides), line or paragraph separator, surrogate or unassigned character.
   */
  public static String escaped(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      if (!isPrintable(codePoint)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        switch (codePoint) {
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            for (char c : Character.toChars(codePoint)) {
              out.append(String.format("\\u%04X", (int) c));
            }
          }
        }
      } else if (out != null) {
        out.append(text, i, next);
      }
      i = next;
    }
    return out == null ? text : out.toString();
  }

  /** Whether a character shows as itself on a terminal line: see {@link #escaped(String)}. */
  static boolean isPrintable(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE, Character.UNASSIGNED -> false;
      default -> true;
    };
  }

  /** The message as one line, escaped, and cut if a library's message echoed too much. */
  private static String oneLine(String message) {
    String line = escaped(message == null ? "" : message.strip());
    return line.length() <= LONGEST_MESSAGE ? line
        : line.substring(0, LONGEST_MESSAGE) + "... (a message of " + line.length() + " characters)";
  }
}
