package restaurant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real JVM stopped with SIGTERM: whatever it is doing, it ends promptly with a partial report
 * and exit code 143.
 */
class MainTest {
  /** Launching the JVM once first: the later launches read its files from the page cache. */
  @BeforeAll
  static void warmUp() throws IOException, InterruptedException {
    assertEquals(0, launch("--version").waitFor());
  }

  /**
   * A signal this early may reach the JVM before main() has installed its hook, when the JVM
   * ends at once with nothing to say: no run had started. Otherwise there must be a report.
   */
  private static boolean beforeMain(long delayMillis, String printed) {
    return delayMillis < 500 && printed.isEmpty();
  }
  private static Process launch(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=conf/logback.xml",
        "restaurant.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static String readAll(Process run) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
      lines.lines().forEach(out::add);
    }
    return String.join("\n", out);
  }

  /** What a run printed, sent SIGTERM {@code delayMillis} after its launch; it ended with 143. */
  private static String stoppedAfter(long delayMillis, String... args) throws IOException, InterruptedException {
    Process run = launch(args);
    Thread.sleep(delayMillis); // when the signal is sent: the stimulus, not a wait for a result
    run.toHandle().destroy();
    String printed = readAll(run);
    assertTrue(run.waitFor(20, TimeUnit.SECONDS), "still running");
    assertEquals(143, run.exitValue(), printed);
    return printed;
  }

  @Test
  void sigtermStopsTheRunWithAPartialReport() {
    assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
      Process run = launch("--generate", "5000", "--waiters", "10", "--time-scale", "0.05", "--quiet");
      List<String> out = new ArrayList<>();
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null) { // waits for the child's own lines
          out.add(line);
          if (line.contains("<Cashier> All 10 waiters are in: open")) {
            run.toHandle().destroy(); // SIGTERM, keeping our end of its output open
          }
        }
      }
      assertTrue(run.waitFor(60, TimeUnit.SECONDS));

      String printed = String.join("\n", out);
      assertEquals(143, run.exitValue(), printed);
      assertTrue(printed.contains("<Cashier> Closing: no more orders handed out"), printed);
      assertTrue(printed.contains("time-scale 0.05, STOPPED"), printed);
      assertTrue(printed.matches("(?s).*orders +5000  received: \\d+ dispatched, 0 failed, \\d+ pending.*"), printed);
      assertTrue(printed.contains("invariant       holds  received = dispatched + failed + pending"), printed);
    });
  }

  /**
   * A signal early in the run (the JVM starting, the settings being read, the actor system
   * starting) or in the middle of it, in every mode: the run ends within seconds, not at its
   * end, with its report marked STOPPED. The delay is when the signal is sent, not a wait for a
   * result. (A signal before main() has started is the JVM's own business: no run, no report.)
   */
  @ParameterizedTest(name = "{0} stopped {1} ms after launch")
  @CsvSource({"sync, 200", "sync, 500", "sync, 1000", "threads, 200", "threads, 500", "threads, 1000",
      "actors, 200", "actors, 500", "actors, 1000"})
  void aSignalAtAnyMomentEndsTheRunWithItsReport(String mode, long delayMillis) {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      // the reference workload in real time: 15 s to 44 s
      String printed = stoppedAfter(delayMillis, "--mode", mode);
      if (beforeMain(delayMillis, printed)) {
        return;
      }
      assertTrue(printed.contains("Restaurant report (" + mode + "): "), printed);
      assertTrue(printed.contains(", STOPPED"), printed);
      assertTrue(printed.contains("invariant       holds"), printed);
    });
  }

  @ParameterizedTest(name = "compare stopped {0} ms after launch")
  @CsvSource({"200", "500", "1000"})
  void aSignalEndsCompareWithTheRowsItHas(long delayMillis) {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      String printed = stoppedAfter(delayMillis, "compare", "--quiet");
      if (beforeMain(delayMillis, printed)) {
        return;
      }
      assertTrue(printed.contains("sync (STOPPED)"), printed);
      assertTrue(printed.contains("stopped: the modes after it did not run."), printed);
    });
  }

  /** bench --idle-waiters: a signal while the waiters come in ends it, saying nothing was measured. */
  @Test
  void aSignalEndsTheIdleWaiterBenchWithAWord() {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      // a million waiters take several seconds to come in: the signal comes first
      String printed = stoppedAfter(1500, "bench", "--idle-waiters", "1000000", "--quiet");

      assertTrue(printed.contains("stopped: the idle waiters were not all in; nothing measured."), printed);
    });
  }

  /** On the virtual clock too: the grace period then passes in simulated time. */
  @Test
  void aSignalEndsAVirtualRunWithItsReport() {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      // some 16 s of wall time on this project's machine: the signal comes in the middle
      String printed = stoppedAfter(2500, "--clock", "virtual", "--generate", "2000000", "--waiters", "10000",
          "--quiet");

      assertTrue(printed.contains("time-scale 1, STOPPED"), printed);
      assertTrue(printed.contains("on a virtual clock"), printed);
      assertTrue(printed.contains("invariant       holds"), printed);
    });
  }
}
