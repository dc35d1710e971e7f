package restaurant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real JVMs in a folder of their own: the log folder's trouble and two runs at once. */
class LogFileTest {
  private static final Path LOGBACK = Path.of("conf", "logback.xml").toAbsolutePath();

  @TempDir
  Path dir;

  private Process launch(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=" + LOGBACK,
        "restaurant.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile()).start();
  }

  private static String read(java.io.InputStream stream) throws IOException {
    return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
  }

  /** The run goes on with the console log, after one line on stderr; stdout has only the run's own. */
  private void assertRunsWithOneWarning(String warning) throws IOException, InterruptedException {
    Process run = launch("--time-scale", "0.001", "--quiet");
    String out = read(run.getInputStream());
    String err = read(run.getErrorStream());
    assertTrue(run.waitFor(60, TimeUnit.SECONDS));

    assertEquals(0, run.exitValue(), err);
    assertEquals("restaurant: " + warning + "; this run logs to the console only" + System.lineSeparator(), err);
    assertTrue(out.contains("invariant       holds"), out);
    assertFalse(out.contains("ch.qos") || out.contains("Exception") || out.contains("|-"), out);
  }

  @Test
  void whenLogsIsAFileTheRunLogsToTheConsoleOnly() throws IOException, InterruptedException {
    Files.writeString(dir.resolve("logs"), "not a folder");

    assertRunsWithOneWarning("cannot write logs/restaurant.log: logs is a file, not a folder");
  }

  @Test
  void whenTheLogFileIsAFolderTheRunLogsToTheConsoleOnly() throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("logs/restaurant.log"));

    assertRunsWithOneWarning("cannot write logs/restaurant.log: it is a folder");
  }

  @Test
  void twoRunsAtOnceKeepALogEach() throws IOException, InterruptedException {
    Process first = launch("--time-scale", "0.5"); // 7.5 s, its lines as they happen: longer than a JVM's start
    BufferedReader firstOut = new BufferedReader(new InputStreamReader(first.getInputStream(),
        StandardCharsets.UTF_8));
    String line;
    do { // the first run is logging, so it holds logs/restaurant.log
      line = firstOut.readLine();
    } while (line != null && !line.contains("All 2 waiters are in"));

    Process second = launch("--time-scale", "0.001");
    String secondOut = read(second.getInputStream());
    String secondErr = read(second.getErrorStream());
    assertTrue(second.waitFor(60, TimeUnit.SECONDS));
    while (firstOut.readLine() != null) {
      // the rest of the first run's output
    }
    assertTrue(first.waitFor(60, TimeUnit.SECONDS));

    assertEquals(0, second.exitValue(), secondErr);
    assertEquals(0, first.exitValue());
    Path secondLog = dir.resolve("logs/restaurant-" + second.pid() + ".log");
    assertEquals("restaurant: another run is writing logs/restaurant.log; this run logs to logs/restaurant-"
        + second.pid() + ".log" + System.lineSeparator(), secondErr);
    assertTrue(secondOut.contains("invariant       holds"), secondOut);
    for (Path log : List.of(dir.resolve("logs/restaurant.log"), secondLog)) {
      String text = Files.readString(log);
      assertEquals(1, text.lines().filter(l -> l.contains("<Cashier> 4 orders to serve")).count(), text);
      assertEquals(1, text.lines().filter(l -> l.contains("<Cashier> 4 of 4 orders dispatched")).count(), text);
      assertTrue(text.lines().allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")),
          "a line broken in " + log + ": " + text);
    }
  }
}
