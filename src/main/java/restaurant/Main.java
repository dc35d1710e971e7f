package restaurant;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import restaurant.cli.Cli;

/** {@code java -jar target/restaurant.jar [options]}: see {@code --help}. */
public final class Main {
  private static final String LOGBACK_CONFIG = "logback.configurationFile";
  /** How long a stopping JVM waits for the report to be printed. */
  private static final long REPORT_WAIT_SECONDS = 30;

  private Main() {}

  public static void main(String[] args) {
    // The user's logging setup, read before anything logs; without it the jar's copy of it applies.
    Path userLogback = Path.of("conf", "logback.xml");
    if (System.getProperty(LOGBACK_CONFIG) == null && Files.isRegularFile(userLogback)) {
      System.setProperty(LOGBACK_CONFIG, userLogback.toString());
    }
    // On SIGINT or SIGTERM the JVM runs its shutdown hooks: Akka's runs CoordinatedShutdown,
    // which closes the cashier and ends the actor system, and the run returns a partial report.
    // This hook holds the JVM until that report is printed and the logs are flushed; the JVM
    // then exits with 128 + the signal: 130 for SIGINT, 143 for SIGTERM.
    CountDownLatch reportPrinted = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        reportPrinted.await(REPORT_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "wait-for-the-report"));

    int exitCode = Cli.run(args, System.out, System.err);
    System.out.flush();
    // Flushes the async file appender, also when a signal stopped the run.
    if (Cli.runStarted() && LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
      logging.stop();
    }
    reportPrinted.countDown();
    System.exit(exitCode); // during a signal's shutdown this waits, and the signal's code wins
  }
}
