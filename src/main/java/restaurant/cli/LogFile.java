package restaurant.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import restaurant.bench.Bench;

/**
 * Picks the file this run logs to, before anything logs: {@code logs/restaurant.log}, unless
 * another run in the same folder is writing it (it holds {@code logs/restaurant.log.lock}), when
 * this run takes {@code logs/restaurant-PID.log}: each run keeps its own complete log. When the
 * folder cannot hold a log (logs is a file, the log is a folder, no permission), one line on
 * stderr says so and the run logs to the console only.
 *
 * <p>A floor node of the cluster demo is given its own file ({@value #NAME_PROPERTY}), with its
 * name in it: logs/restaurant-floor-1.log.
 *
 * <p>A row of bench's grid, in a JVM of its own ({@link Bench#ROW_PROPERTY}), logs to no file:
 * bench keeps its table line only, and the row's log would be left behind.
 *
 * <p>conf/logback.xml reads the choice from the system properties set here.
 */
public final class LogFile {
  /** The log file's path, for conf/logback.xml ({@code ${restaurant.log.file}}). */
  public static final String FILE_PROPERTY = "restaurant.log.file";
  /** Set by the cluster demo for its floor nodes: the log's name in logs/, without .log. */
  static final String NAME_PROPERTY = "log.name"; // not under restaurant.: system properties there are settings
  private static final Path FOLDER = Path.of("logs");
  /** Held for the whole life of the JVM: released when it exits, however it exits. */
  private static FileLock fileLock;

  private LogFile() {}

  /** The log a run named {@code name} ({@value #NAME_PROPERTY}) writes: logs/restaurant-floor-1.log. */
  static Path named(String name) {
    return FOLDER.resolve(name + ".log");
  }

  /** Says on stderr, in one line, when the log is not the usual file. */
  public static void choose(PrintStream err) {
    if (Boolean.getBoolean(Bench.ROW_PROPERTY)) {
      System.setProperty(FILE_PROPERTY, "");
      return;
    }
    Path wanted = named(System.getProperty(NAME_PROPERTY, "restaurant"));
    String problem = unusable(wanted);
    if (problem != null) {
      err.println("restaurant: " + problem + "; this run logs to the console only");
      System.setProperty(FILE_PROPERTY, "");
      return;
    }
    Path file = wanted;
    if (!lock(wanted)) {
      file = FOLDER.resolve("restaurant-" + ProcessHandle.current().pid() + ".log");
      err.println("restaurant: another run is writing " + wanted + "; this run logs to " + file);
    }
    System.setProperty(FILE_PROPERTY, file.toString());
  }

  private static String unusable(Path wanted) {
    if (Files.exists(FOLDER) && !Files.isDirectory(FOLDER)) {
      return "cannot write " + wanted + ": " + FOLDER + " is a file, not a folder";
    }
    try {
      Files.createDirectories(FOLDER);
    } catch (IOException e) {
      return "cannot create the folder " + FOLDER + " (" + e.getMessage() + ")";
    }
    if (!Files.isWritable(FOLDER)) {
      return "cannot write in " + FOLDER + " (permission denied)";
    }
    if (Files.isDirectory(wanted)) {
      return "cannot write " + wanted + ": it is a folder";
    }
    return null;
  }

  private static boolean lock(Path file) {
    try {
      FileChannel channel = FileChannel.open(Path.of(file + ".lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      fileLock = channel.tryLock();
      return fileLock != null;
    } catch (IOException e) {
      return false; // no lock to be had: a file of its own is safe
    }
  }
}
