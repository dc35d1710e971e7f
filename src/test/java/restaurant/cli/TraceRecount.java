package restaurant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's statistics worked out again from its own trace, row by row, and compared with its
 * JSON: every figure of the report must be recomputable from the trace (products without commas
 * or quotes, so a row splits on commas).
 */
final class TraceRecount {
  private TraceRecount() {}

  /** Checks the JSON's latency and wait against the trace's rows past the warm-up, and each order's times. */
  static void assertReportAgreesWithTrace(Path trace, JsonNode report) throws IOException {
    double warmUp = report.get("warmUpSeconds").asDouble();
    List<Double> latencies = new ArrayList<>();
    List<Double> waits = new ArrayList<>();
    Map<Integer, double[]> takenAndDone = new HashMap<>();
    List<String> rows = Files.readAllLines(trace);
    assertEquals("id,waiter,products,arrived,taken,ready,dispatched,latency,outcome", rows.get(0));
    for (String row : rows.subList(1, rows.size())) {
      String[] field = row.split(",", -1);
      double arrived = Double.parseDouble(field[3]);
      double taken = Double.parseDouble(field[4]);
      takenAndDone.put(Integer.parseInt(field[0]), new double[] {taken});
      if (arrived >= warmUp) {
        waits.add(taken - arrived);
        if (field[8].equals("dispatched")) {
          latencies.add(Double.parseDouble(field[6]) - arrived);
        }
      }
    }
    assertEquals(report.get("dispatched").asInt() + report.get("failed").asInt(), rows.size() - 1,
        "a row for every order done");
    assertSpread("latencySeconds", latencies, report);
    assertSpread("waitSeconds", waits, report); // a finished run: every wait is an order done
    for (JsonNode order : report.get("orders")) {
      double[] fromTrace = takenAndDone.get(order.get("id").asInt());
      if (fromTrace != null) {
        assertEquals(fromTrace[0], order.get("takenSeconds").asDouble(), 1e-6, order::toString);
      }
    }
  }

  /** Count, mean and max exact (to the trace's microsecond); p95 at or just above the nearest rank. */
  private static void assertSpread(String field, List<Double> times, JsonNode report) {
    JsonNode spread = report.get(field);
    assertEquals(times.size(), spread.get("count").asLong(), field);
    double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double mean = Arrays.stream(sorted).average().orElseThrow();
    assertEquals(mean, spread.get("mean").asDouble(), 1e-6, field + " mean");
    assertEquals(sorted[sorted.length - 1], spread.get("max").asDouble(), 1e-6, field + " max");
    double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
    double reported = spread.get("p95").asDouble();
    assertTrue(reported >= p95 - 1e-6 && reported <= p95 * 1.0002 + 1e-6, field + " p95 " + reported + " against " + p95);
  }
}
