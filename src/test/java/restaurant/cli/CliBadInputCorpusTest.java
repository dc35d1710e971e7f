package restaurant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad configs and orders files in src/test/resources/bad-input, each listed in
 * expected.tsv with its flag and the start of its message ({file} stands for its path). Every
 * one, through the command line: exit code 2, one line on stderr, no stack trace, nothing run.
 * Also big inputs: a 50 MB config, 50 MB of garbage as orders, and, in a JVM with a 64 MB heap,
 * more generated orders or more orders in a file than that heap holds.
 */
class CliBadInputCorpusTest {
  private static final Path CORPUS = corpus();

  @TempDir
  Path dir;

  private static Path corpus() {
    try {
      return Path.of(CliBadInputCorpusTest.class.getResource("/bad-input/expected.tsv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> corpusFiles() throws IOException {
    List<String> lines = Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8);
    assertTrue(lines.size() >= 70, "the corpus has at least 70 files");
    return lines.stream().map(line -> line.split("\t", 3)).map(f -> Arguments.of(f[0], f[1], f[2]));
  }

  private static void assertRejected(CliRun run, String expected) {
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("restaurant: " + expected), () -> "expected <restaurant: " + expected
        + "...> but was <" + run.err() + ">");
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusFiles")
  void eachCorpusFileIsRefusedWithOneClearLine(String file, String flag, String expected) {
    Path path = CORPUS.resolve(file);

    assertRejected(CliRun.of(flag, path.toString()), expected.replace("{file}", path.toString()));
  }

  @Test
  void aFiftyMegabyteConfigIsRefusedUnread() throws IOException {
    Path big = dir.resolve("big.conf");
    try (OutputStream out = Files.newOutputStream(big)) {
      byte[] line = "# padding padding padding padding padding padding padding padding padding\n"
          .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50_000_000; written += line.length) {
        out.write(line);
      }
    }

    assertRejected(CliRun.of("--config", big.toString()),
        "config file " + big + ": 50.0 MB; a config file may be at most 1.0 MB");
  }

  @Test
  void fiftyMegabytesOfGarbageAsOrdersAreMalformedJson() throws IOException {
    Path big = dir.resolve("big.json");
    byte[] garbage = new byte[50_000_000];
    java.util.Arrays.fill(garbage, (byte) 'x');
    Files.write(big, garbage);

    assertRejected(CliRun.of("--orders", big.toString()), "orders file " + big + ": malformed JSON at line 1");
  }

  /** A JVM of its own, with the heap -Xmx gives it: the command line's exit code, stdout and stderr. */
  private static CliRun inAJvmWithHeap(String xmx, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"), "restaurant.Main"));
    command.addAll(List.of(args));
    Process jvm = new ProcessBuilder(command).start();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(jvm.getInputStream()));
    byte[] err = jvm.getErrorStream().readAllBytes();
    assertTrue(jvm.waitFor(60, TimeUnit.SECONDS), "the JVM did not end");
    return new CliRun(jvm.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Orders are streamed, not held: a million generated, or half a million read from a file, run in a heap of 64 MB. */
  @Test
  void aMillionGeneratedOrdersAndHalfAMillionReadRunInA64MegabyteHeap() throws IOException, InterruptedException {
    Path orders = dir.resolve("half-a-million.json");
    try (OutputStream out = Files.newOutputStream(orders)) {
      out.write('[');
      byte[] order = "[\"soda\"],\n".getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 500_000; i++) {
        out.write(order);
      }
      out.write("[\"beer\"]]".getBytes(StandardCharsets.UTF_8));
    }

    CliRun generated = inAJvmWithHeap("64m", "--generate", "1000000", "--waiters", "1000", "--clock", "virtual",
        "--quiet");
    CliRun read = inAJvmWithHeap("64m", "--orders", orders.toString(), "--waiters", "1000", "--clock", "virtual",
        "--quiet");

    for (CliRun run : List.of(generated, read)) {
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.out().contains("invariant       holds"), run.out());
    }
    assertTrue(read.out().contains("orders         500001  received: 500001 dispatched"), read.out());
  }

  @Test
  void aFolderWhereAFileBelongs() {
    assertRejected(CliRun.of("--config", dir.toString()), "config file " + dir + ": is a directory, not a file");
    assertRejected(CliRun.of("--orders", dir.toString()), "orders file " + dir + ": is a directory, not a file");
  }

  @Test
  void aMissingFile() {
    Path missing = dir.resolve("nowhere.json");
    assertRejected(CliRun.of("--config", missing.toString()), "config file " + missing + ": no such file");
    assertRejected(CliRun.of("--orders", missing.toString()), "orders file " + missing + ": no such file");
  }

  @Test
  void aTypoUnderRestaurantAsAJvmPropertyIsCaughtToo() {
    System.setProperty("restaurant.waitres", "3");
    com.typesafe.config.ConfigFactory.invalidateCaches();
    try {
      assertRejected(CliRun.of(), "restaurant.waitres (system properties) is not a setting of the restaurant; "
          + "did you mean restaurant.waiters?");
    } finally {
      System.clearProperty("restaurant.waitres");
      com.typesafe.config.ConfigFactory.invalidateCaches();
    }
  }
}
