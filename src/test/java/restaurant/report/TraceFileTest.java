package restaurant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceFileTest {
  @TempDir
  Path dir;

  @Test
  void aFailedOrderHasNoReadyDispatchedOrLatencyAndOddNamesAreQuoted() throws IOException {
    Path file = dir.resolve("t.csv");
    try (TraceFile trace = TraceFile.open(file)) {
      trace.row(0, 3, List.of("fish, chips", "say \"cheese\""), 1.5, 2.25, Double.NaN, Double.NaN, "failed");
      trace.row(1, 1, List.of("soda"), 0.0000004, 12345.6789999, 12346, 12346.5, "dispatched");
    }

    assertEquals(List.of(TraceFile.HEADER,
        "0,3,\"fish, chips+say \"\"cheese\"\"\",1.500000,2.250000,,,,failed",
        "1,1,soda,0.000000,12345.679000,12346.000000,12346.500000,12346.500000,dispatched"), Files.readAllLines(file));
  }

  @Test
  void rowsPastAChunkAreAllWrittenInOrder() throws IOException {
    Path file = dir.resolve("t.csv");
    try (TraceFile trace = TraceFile.open(file)) {
      for (int id = 0; id < 10_000; id++) {
        trace.row(id, 1, List.of("soda"), id, id, id + 1, id + 1, "dispatched");
      }
    }

    List<String> lines = Files.readAllLines(file);
    assertEquals(10_001, lines.size());
    assertEquals("9999,1,soda,9999.000000,9999.000000,10000.000000,10000.000000,1.000000,dispatched", lines.get(10_000));
  }
}
