package restaurant.domain;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checks every file the user names goes through before it is read or written. */
public final class InputFiles {
  private InputFiles() {}

  /** @param what "orders file", "config file": the start of the error message */
  public static void checkReadable(Path file, String what) {
    if (!Files.exists(file)) {
      throw new BadInputException(what + " " + file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(what + " " + file + ": is a directory, not a file");
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(what + " " + file + ": not readable (permission denied)");
    }
  }

  /** Checked before a run, so a run's result is never lost to a report file that cannot be written. */
  public static void checkWritable(Path file, String what) {
    Path parent = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file)) {
      throw new BadInputException(what + " " + file + ": is a directory, not a file");
    }
    if (parent != null && !Files.isDirectory(parent)) {
      throw new BadInputException(what + " " + file + ": folder " + parent + " does not exist");
    }
    if (Files.exists(file) ? !Files.isWritable(file) : parent != null && !Files.isWritable(parent)) {
      throw new BadInputException(what + " " + file + ": not writable (permission denied)");
    }
  }
}
