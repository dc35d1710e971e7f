package restaurant.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of the files a user names, and the strict UTF-8 reading, chunk by chunk. */
class InputFilesTest {
  @TempDir
  Path dir;

  private static String refusal(Runnable check) {
    return assertThrows(BadInputException.class, check::run).getMessage();
  }

  @Test
  void devicesAreNotRegularFiles() {
    for (String device : new String[] {"/dev/zero", "/dev/null", "/dev/urandom"}) {
      assertEquals("orders file " + device + ": not a regular file (a device, a pipe or a socket); give the name of"
          + " an ordinary file", refusal(() -> InputFiles.checkReadable(Path.of(device), "orders file")));
      assertEquals("report file " + device + ": not a regular file (a device, a pipe or a socket); give the name of"
          + " an ordinary file", refusal(() -> InputFiles.checkWritable(Path.of(device), "report file")));
    }
  }

  @Test
  void aRegularFileAndALinkToOneAreFine() throws IOException {
    Path file = Files.writeString(dir.resolve("orders.json"), "[]");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), file);

    assertDoesNotThrow(() -> InputFiles.checkReadable(link, "orders file"));
    assertDoesNotThrow(() -> InputFiles.checkWritable(link, "report file"));
    assertDoesNotThrow(() -> InputFiles.checkWritable(dir.resolve("new.json"), "report file"));
  }

  @Test
  void anOutputMayNotBeAnInputByAnyName() throws IOException {
    Path orders = Files.writeString(dir.resolve("orders.json"), "[]");
    Path hardLink = Files.createLink(dir.resolve("hard.json"), orders);
    Path symbolicLink = Files.createSymbolicLink(dir.resolve("soft.json"), orders);

    for (Path output : new Path[] {orders, hardLink, symbolicLink, dir.resolve("sub/../orders.json")}) {
      Files.createDirectories(dir.resolve("sub"));
      assertEquals("--report " + output + " and --orders " + orders + " are the same file: writing --report would"
          + " overwrite that input; give --report another file",
          refusal(() -> InputFiles.checkNoOutputIsAnInput(Map.of("--orders", orders), Map.of("--report", output))));
    }
  }

  @Test
  void anOutputThatIsNoInputOrDoesNotExistYetIsFine() throws IOException {
    Path orders = Files.writeString(dir.resolve("orders.json"), "[]");
    Path other = Files.writeString(dir.resolve("other.json"), "[]");

    assertDoesNotThrow(() -> InputFiles.checkNoOutputIsAnInput(Map.of("--orders", orders),
        Map.of("--report", other, "--dump-orders", dir.resolve("new.json"))));
  }

  @Test
  void aFailedWriteNamesItsFile() {
    assertEquals("report file out.json: cannot be written: No space left on device",
        InputFiles.cannotWrite("report file", Path.of("out.json"), new IOException("No space left on device")));
    assertEquals("orders dump file o.json: cannot be written: IOException",
        InputFiles.cannotWrite("orders dump file", Path.of("o.json"), new IOException()));
  }

  @Test
  void aFileTooBigIsRefusedUnread() throws IOException {
    Path big = Files.writeString(dir.resolve("big.conf"), "x".repeat(2_000_000));

    assertEquals("config file " + big + ": 2.0 MB; a config file may be at most 1.0 MB",
        refusal(() -> InputFiles.readUtf8(big, "config file", 1_000_000)));
  }

  @Test
  void aCharacterAcrossTwoChunksIsReadWhole() throws IOException {
    String text = "a".repeat(64 * 1024 - 1) + "é" + "日本".repeat(30_000) + "\uD83C\uDF54"; // é across the first chunk's end
    Path file = Files.writeString(dir.resolve("text.conf"), text);

    assertEquals(text, InputFiles.readUtf8(file, "config file", 1_000_000));
  }

  @Test
  void aBadByteIsPlacedExactlyInAnyChunk() throws IOException {
    for (int at : new int[] {0, 5, 64 * 1024 - 1, 64 * 1024, 200_000}) {
      byte[] bytes = "a".repeat(300_000).getBytes(StandardCharsets.UTF_8);
      bytes[at] = (byte) 0xFF;
      Path file = Files.write(dir.resolve("bad.conf"), bytes);

      assertEquals("config file " + file + ": not UTF-8 text (a bad byte near byte " + at + ")",
          refusal(() -> InputFiles.readUtf8(file, "config file", 1_000_000)));
    }
  }

  @Test
  void aCharacterCutOffAtTheEndIsNotUtf8() throws IOException {
    Path file = Files.write(dir.resolve("cut.conf"), new byte[] {'a', 'b', (byte) 0xC3});

    assertEquals("config file " + file + ": not UTF-8 text (a bad byte near byte 2)",
        refusal(() -> InputFiles.readUtf8(file, "config file", 1_000_000)));
  }

  @Test
  void aByteOrderMarkIsDropped() throws IOException {
    Path file = Files.writeString(dir.resolve("bom.conf"), "\uFEFFrestaurant.waiters = 3");

    assertEquals("restaurant.waiters = 3", InputFiles.readUtf8(file, "config file", 1_000_000));
  }
}
