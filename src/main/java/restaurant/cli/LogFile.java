package restaurant.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Picks the file this run logs to, before anything logs: {@code logs/restaurant.log}, unless
 * another run in the same folder is writing it (it holds {@code logs/restaurant.log.lock}), when
 * this run takes {@code logs/restaurant-PID.log}: each run keeps its own complete log. When the
 * folder cannot hold a log (logs is a file, the log is a folder, no permission), one line on
 * stderr says so and the run logs to the console only.
 *
 * <p>conf/logback.xml reads the choice from the system properties set here.
 */
public final class LogFile {
  /** The log file's path, for conf/logback.xml ({@code ${restaurant.log.file}}). */
  public static final String FILE_PROPERTY = "restaurant.log.file";
  private static final Path FOLDER = Path.of("logs");
  private static final Path USUAL = FOLDER.resolve("restaurant.log");
  /** Held for the whole life of the JVM: released when it exits, however it exits. */
  private static FileLock usualFileLock;

  private LogFile() {}

  /** Says on stderr, in one line, when the log is not the usual file. */
  public static void choose(PrintStream err) {
    String problem = unusable();
    if (problem != null) {
      err.println("restaurant: " + problem + "; this run logs to the console only");
      System.setProperty(FILE_PROPERTY, "");
      return;
    }
    Path file = USUAL;
    if (!lockUsual()) {
      file = FOLDER.resolve("restaurant-" + ProcessHandle.current().pid() + ".log");
      err.println("restaurant: another run is writing " + USUAL + "; this run logs to " + file);
    }
    System.setProperty(FILE_PROPERTY, file.toString());
  }

  private static String unusable() {
    if (Files.exists(FOLDER) && !Files.isDirectory(FOLDER)) {
      return "cannot write " + USUAL + ": " + FOLDER + " is a file, not a folder";
    }
    try {
      Files.createDirectories(FOLDER);
    } catch (IOException e) {
      return "cannot create the folder " + FOLDER + " (" + e.getMessage() + ")";
    }
    if (!Files.isWritable(FOLDER)) {
      return "cannot write in " + FOLDER + " (permission denied)";
    }
    if (Files.isDirectory(USUAL)) {
      return "cannot write " + USUAL + ": it is a folder";
    }
    return null;
  }

  private static boolean lockUsual() {
    try {
      FileChannel channel = FileChannel.open(FOLDER.resolve("restaurant.log.lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      usualFileLock = channel.tryLock();
      return usualFileLock != null;
    } catch (IOException e) {
      return false; // no lock to be had: a file of its own is safe
    }
  }
}
