package restaurant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real JVM on a long run, stopped with SIGTERM: it closes through CoordinatedShutdown, prints
 * what was dispatched and what was pending, and exits with 143.
 */
class MainTest {
  @Test
  void sigtermStopsTheRunWithAPartialReport() {
    assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
      List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
          "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=conf/logback.xml",
          "restaurant.Main", "--generate", "5000", "--waiters", "10", "--time-scale", "0.05", "--quiet");
      Process run = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
}
