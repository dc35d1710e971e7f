package restaurant.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import restaurant.config.BadInputException;
import restaurant.config.InputFiles;
import restaurant.report.HtmlReport;
import restaurant.report.TraceFile;

/**
 * What each output option writes, and the one way it is written: how a file it wrote is known
 * again by how it begins, and what a failure to write it says. An output that exists is replaced
 * only when it is empty or an earlier output of the same kind, so no output ever replaces a config
 * file, an orders file, a source file or another kind of output. Each beginning is one no config
 * file can have (a config file's keys are under restaurant and akka), nor an orders file (a JSON
 * list), nor a source file.
 */
enum OutputKind {
  /** An orders file is an input, and a dump cannot be told from one written by hand: none is replaced. */
  ORDERS_DUMP("--dump-orders", "orders dump file", "an orders file", null),
  /** The report as Jackson indents it: its mode, then its clock. */
  RUN_REPORT("--report", "report file", "a run's JSON report",
      "\\{\\R  \"mode\" : \"[a-z]+\",\\R  \"clock\" : \"[a-z]+\",\\R"),
  SWEEP_REPORT("--report", "report file", "a sweep's JSON report",
      "\\{\\R  \"targetP95Seconds\" : [0-9.E-]+,\\R  \"replications\" : [0-9]+,\\R"),
  TRACE("--trace", "trace file", "a trace", Pattern.quote(TraceFile.HEADER) + "\\R"),
  RUN_PAGE("--html", "html file", "a run's HTML page", page(HtmlReport.RUN_PAGE)),
  SWEEP_PAGE("--html", "html file", "a sweep's HTML page", page(HtmlReport.SWEEP_PAGE)),
  /** The header: waiters, each swept station's cooks, the fixed columns, each station's utilization, the last three. */
  SWEEP_TABLE("--csv", "csv file", "a sweep's CSV table",
      "waiters,(?:[^\\r\\n]*,)?latencyMean,latencyMeanHalfWidth,latencyP95,latencyP95HalfWidth,failedShare,"
      + "waiterUtilization,(?:[^\\r\\n]*,)?people,meets,recommended(?:,ran)?\\R");

  /** The bytes of an existing file read to tell its kind: enough for every beginning above. */
  private static final int FIRST_BYTES = 4096;

  private final String flag;
  /** The file as messages name it: "report file". */
  private final String what;
  private final String noun;
  /** How a file of this kind begins; null for a kind no existing file is replaced with. */
  private final Pattern beginning;

  OutputKind(String flag, String what, String noun, String beginning) {
    this.flag = flag;
    this.what = what;
    this.noun = noun;
    this.beginning = beginning == null ? null : Pattern.compile(beginning);
  }

  /** A page: its doctype, then in its first lines its generator. */
  private static String page(String generator) {
    return "<!DOCTYPE html>\\R(?:[^\\r\\n]*\\R){0,4}"
        + Pattern.quote("<meta name=\"generator\" content=\"" + generator + "\">");
  }

  /** The option that writes it: "--report". */
  String flag() {
    return flag;
  }

  /** Before anything runs: {@code file} can be written ({@link InputFiles#checkWritable}). */
  void checkWritable(Path file) {
    InputFiles.checkWritable(file, what);
  }

  /** What writes an output file. */
  @FunctionalInterface
  interface Writer {
    void write(Path file) throws IOException;
  }

  /**
   * Writes {@code file}, if the option named one; a failure is one line that names the file:
   * "report file r.json: cannot be written: ...".
   */
  void write(Path file, Writer writer) throws IOException {
    if (file == null) {
      return;
    }
    try {
      writer.write(file);
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
  }

  /** The failure to write {@code file} as one line, for a file written as the run goes (the trace). */
  IOException cannotWrite(Path file, IOException e) {
    return new IOException(InputFiles.cannotWrite(what, file, e), e);
  }

  /**
   * Refuses to write {@code file} when it exists, holds something, and is not an earlier output of
   * this kind: its one line names the option, the file, and what it is when it is another output.
   */
  void checkMayReplace(Path file) {
    String start;
    try {
      if (!Files.exists(file) || Files.size(file) == 0) {
        return;
      }
      start = firstBytes(file);
    } catch (IOException e) {
      throw refusal(file, "exists and cannot be read ("
          + (e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName())
          + ") to tell whether it is " + noun);
    }
    if (beginning == null) {
      throw new BadInputException(flag + " " + file + ": exists, and " + flag + " replaces only an empty file (what"
          + " it writes is an orders file, an input, and an earlier dump cannot be told from one written by hand);"
          + " give a new file name, or remove the file first");
    }
    if (beginning.matcher(start).lookingAt()) {
      return;
    }
    Optional<OutputKind> other = Arrays.stream(values())
        .filter(kind -> kind.beginning != null && kind.beginning.matcher(start).lookingAt()).findFirst();
    throw refusal(file, other.map(kind -> "exists and is " + kind.noun + ", not " + noun)
        .orElse("exists and is not " + noun + " this program wrote"));
  }

  private BadInputException refusal(Path file, String what) {
    return new BadInputException(flag + " " + file + ": " + what + ", which is all " + flag + " replaces (or an"
        + " empty file); give a new file name, or remove the file first");
  }

  private static String firstBytes(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(FIRST_BYTES), StandardCharsets.UTF_8);
    }
  }
}
