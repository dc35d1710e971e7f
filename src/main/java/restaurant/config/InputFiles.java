package restaurant.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks every file the user names goes through before it is read or written: it is a
 * regular file (not a folder, a device such as /dev/zero, a pipe or a socket), small enough, UTF-8,
 * and no output is one of the inputs.
 */
public final class InputFiles {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private InputFiles() {}

  /**
   * The text of a file the user named, checked: it exists, is a readable regular file of at most
   * {@code maxBytes}, and is UTF-8 (a stray byte is an error, not a silent replacement).
   */
  public static String readUtf8(Path file, String what, long maxBytes) {
    try (Reader in = utf8Reader(file, what, maxBytes)) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    } catch (IOException e) {
      throw new BadInputException(what + " " + file + ": cannot be read: " + e.getMessage());
    }
  }

  /**
   * A strict UTF-8 reader of a file the user named, checked like {@link #readUtf8}: a bad byte
   * or more than {@code maxBytes} (should the file grow while it is read) ends the reading with a
   * {@link BadInputException} naming the file. A byte order mark at the start is skipped.
   * Read in chunks: the file is never held whole.
   */
  public static Reader utf8Reader(Path file, String what, long maxBytes) {
    checkReadable(file, what);
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw tooBig(file, what, size, maxBytes);
      }
      return new StrictUtf8Reader(Files.newInputStream(file), file, what, maxBytes);
    } catch (IOException e) {
      throw new BadInputException(what + " " + file + ": cannot be read: " + e.getMessage());
    }
  }

  private static BadInputException tooBig(Path file, String what, long size, long maxBytes) {
    return new BadInputException(what + " " + file + ": " + megabytes(size) + "; a " + what + " may be at most "
        + megabytes(maxBytes));
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  /** @param what "orders file", "config file": the start of the error message */
  public static void checkReadable(Path file, String what) {
    if (!Files.exists(file)) {
      throw new BadInputException(what + " " + file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(what + " " + file + ": is a directory, not a file");
    }
    if (!Files.isRegularFile(file)) {
      throw notRegular(file, what);
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(what + " " + file + ": not readable (permission denied)");
    }
  }

  /**
   * Checked before a run, so a run's result is never lost to a report file that cannot be
   * written, and a device such as /dev/full is not written to at all.
   */
  public static void checkWritable(Path file, String what) {
    Path parent = file.toAbsolutePath().getParent();
    if (Files.isSymbolicLink(file) && !Files.exists(file)) {
      throw new BadInputException(what + " " + file + ": a link to " + readLink(file) + ", which does not exist;"
          + " give the file's own name");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(what + " " + file + ": is a directory, not a file");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw notRegular(file, what);
    }
    if (parent != null && !Files.isDirectory(parent)) {
      throw new BadInputException(what + " " + file + ": folder " + parent + " does not exist");
    }
    if (Files.exists(file) ? !Files.isWritable(file) : parent != null && !Files.isWritable(parent)) {
      throw new BadInputException(what + " " + file + ": not writable (permission denied)");
    }
    probeWriting(file, what);
  }

  /** Kernel file systems: their files take no report (root may open them, and the write fails). */
  private static final Set<String> NOT_FOR_FILES = Set.of("proc", "sysfs", "cgroup", "cgroup2", "debugfs",
      "securityfs", "devpts");

  /**
   * What the permission bits do not tell (root passes them all): the file is opened for writing,
   * without truncating it, or created and deleted again; and it is not on a kernel file system.
   */
  private static void probeWriting(Path file, String what) {
    try {
      boolean existed = Files.exists(file);
      Path onStore = existed ? file : file.toAbsolutePath().getParent();
      String store = onStore == null ? "" : Files.getFileStore(onStore).type();
      if (NOT_FOR_FILES.contains(store)) {
        throw new BadInputException(what + " " + file + ": on the kernel's " + store
            + " file system, which takes no report; give an ordinary file");
      }
      if (existed) {
        FileChannel.open(file, StandardOpenOption.WRITE).close();
      } else {
        Files.createFile(file);
        Files.delete(file);
      }
    } catch (IOException e) {
      String why = e instanceof AccessDeniedException ? "permission denied"
          : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
      throw new BadInputException(what + " " + file + ": not writable (" + why + ")");
    }
  }

  private static BadInputException notRegular(Path file, String what) {
    return new BadInputException(what + " " + file
        + ": not a regular file (a device, a pipe or a socket); give the name of an ordinary file");
  }

  /**
   * Refuses an output that is one of the inputs, which writing it would overwrite: the same file
   * by its real path (a link, a hard link or another spelling of it is the same file).
   *
   * @param inputs  the files read, each under the flag that names it ("--config"); missing ones are left out
   * @param outputs the files written, likewise ("--report")
   */
  public static void checkNoOutputIsAnInput(Map<String, Path> inputs, Map<String, Path> outputs) {
    for (Map.Entry<String, Path> output : outputs.entrySet()) {
      for (Map.Entry<String, Path> input : inputs.entrySet()) {
        if (sameFile(input.getValue(), output.getValue())) {
          throw new BadInputException(output.getKey() + " " + output.getValue() + " and " + input.getKey() + " "
              + input.getValue() + " are the same file: writing " + output.getKey() + " would overwrite that input;"
              + " give " + output.getKey() + " another file");
        }
      }
    }
  }

  /**
   * Two names of one file: the same existing file, or, when one does not exist yet, the same path
   * (an include's file that is not there yet is read once it is).
   */
  public static boolean sameFile(Path a, Path b) {
    try {
      if (!Files.exists(a) || !Files.exists(b)) {
        return whereItPoints(a).equals(whereItPoints(b));
      }
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false; // unreadable: the input's own check names the problem
    }
  }

  private static String readLink(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "a file";
    }
  }

  /** The path a name stands for: a link to a file not there yet, followed (a few links deep). */
  private static Path whereItPoints(Path name) throws IOException {
    Path path = name.toAbsolutePath().normalize();
    for (int links = 0; links < 8 && Files.isSymbolicLink(path); links++) {
      path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
    }
    return path;
  }

  /** "report file out.json: cannot be written: No space left on device": an output that failed. */
  public static String cannotWrite(String what, Path file, IOException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return what + " " + file + ": cannot be written: " + reason;
  }

  /**
   * UTF-8 decoded strictly, a chunk at a time: a bad byte is reported with its offset, a byte
   * order mark at the start is dropped, and no more than {@code maxBytes} are ever read.
   */
  private static final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final Path file;
    private final String what;
    private final long maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024).flip();
    /** Bytes consumed before the ones now in {@code bytes}. */
    private long offset;
    private boolean endOfInput;
    private boolean atStart = true;

    StrictUtf8Reader(InputStream in, Path file, String what, long maxBytes) {
      this.in = in;
      this.file = file;
      this.what = what;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read(char[] buffer, int from, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (!chars.hasRemaining()) {
        if (!fill()) {
          return -1;
        }
      }
      int n = Math.min(length, chars.remaining());
      chars.get(buffer, from, n);
      return n;
    }

    /** Decodes the next chunk into {@code chars}; false at the end of the file. */
    private boolean fill() throws IOException {
      if (endOfInput && !bytes.hasRemaining()) {
        return false;
      }
      if (!endOfInput) {
        offset += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          endOfInput = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        if (offset + bytes.limit() > maxBytes) {
          throw tooBig(file, what, offset + bytes.limit(), maxBytes);
        }
      }
      chars.clear();
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError() || endOfInput && bytes.hasRemaining()) {
        throw new BadInputException(what + " " + file + ": not UTF-8 text (a bad byte near byte "
            + (offset + bytes.position()) + ")");
      }
      if (endOfInput) {
        decoder.flush(chars);
      }
      chars.flip();
      if (atStart && chars.hasRemaining()) {
        atStart = false;
        if (chars.get(0) == BYTE_ORDER_MARK) {
          chars.get();
        }
      }
      return true;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
