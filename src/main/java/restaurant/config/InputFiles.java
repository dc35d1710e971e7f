package restaurant.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checks every file the user names goes through before it is read or written. */
public final class InputFiles {
  private InputFiles() {}

  /**
   * The text of a file the user named, checked: it exists, is a readable file of at most
   * {@code maxBytes}, and is UTF-8 (a stray byte is an error, not a silent replacement).
   */
  public static String readUtf8(Path file, String what, long maxBytes) {
    checkReadable(file, what);
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new BadInputException(what + " " + file + ": " + megabytes(size) + "; a " + what + " may be at most "
            + megabytes(maxBytes));
      }
      byte[] bytes = Files.readAllBytes(file);
      CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer input = ByteBuffer.wrap(bytes);
      try {
        return utf8.decode(input).toString();
      } catch (CharacterCodingException e) {
        throw new BadInputException(what + " " + file + ": not UTF-8 text (a bad byte near byte "
            + input.position() + ")");
      }
    } catch (IOException e) {
      throw new BadInputException(what + " " + file + ": cannot be read: " + e.getMessage());
    }
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

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
