package restaurant.config;

/**
 * Input the restaurant cannot run with: a bad flag, key, value or file. Its message is the one
 * line the user sees on stderr, so it names the key or file and says what is allowed.
 */
public final class BadInputException extends RuntimeException {
  public BadInputException(String message) {
    super(message, null, false, false);
  }
}
