package restaurant;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import restaurant.cli.Cli;
import restaurant.cli.LogFile;
import restaurant.model.StopRequest;

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
    // On SIGINT or SIGTERM the JVM runs its shutdown hooks. This one, the only one, asks the run
    // to stop, whatever it is doing and however early: the actors close through Akka's
    // CoordinatedShutdown, the blocking modes are interrupted, a run not yet started does not
    // start. It then holds the JVM until the partial report is printed and the logs are flushed;
    // the JVM exits with 128 + the signal: 130 for SIGINT, 143 for SIGTERM.
    StopRequest stop = new StopRequest();
    CountDownLatch reportPrinted = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.request();
      try {
        reportPrinted.await(Cli.stopTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "stop-the-run"));

    int exitCode;
    try {
      exitCode = Cli.run(args, System.out, System.err, stop, () -> LogFile.choose(System.err));
    } catch (OutOfMemoryError e) {
      System.err.println("restaurant: out of memory (" + e.getMessage() + "): give java more heap with -Xmx, "
          + "or serve fewer orders");
      exitCode = Cli.FAILED;
    } catch (Throwable e) { // the command line catches what it expects: this is a bug
      System.err.println("restaurant: the run failed on a bug: " + e.toString().replace('\n', ' '));
      exitCode = Cli.FAILED;
    }
    System.out.flush();
    // Flushes the async file appender, also when a signal stopped the run.
    if (Cli.runStarted() && LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
      logging.stop();
    }
    reportPrinted.countDown();
    System.exit(exitCode); // during a signal's shutdown this waits, and the signal's code wins
  }
}
