package restaurant;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import restaurant.cli.Cli;

/** {@code java -jar target/restaurant.jar [options]}: see {@code --help}. */
public final class Main {
  private static final String LOGBACK_CONFIG = "logback.configurationFile";

  private Main() {}

  public static void main(String[] args) {
    // The user's logging setup, read before anything logs; without it the jar's copy of it applies.
    Path userLogback = Path.of("conf", "logback.xml");
    if (System.getProperty(LOGBACK_CONFIG) == null && Files.isRegularFile(userLogback)) {
      System.setProperty(LOGBACK_CONFIG, userLogback.toString());
    }
    int exitCode = Cli.run(args, System.out, System.err);
    // Flushes the async file appender before the JVM goes.
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
      logging.stop();
    }
    System.exit(exitCode);
  }
}
