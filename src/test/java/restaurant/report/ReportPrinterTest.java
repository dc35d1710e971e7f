package restaurant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportPrinterTest {
  @Test
  void aBigRunIsSummarizedWithLatencyPercentiles() {
    double[] sorted = new double[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = i + 1;
    }
    assertEquals(50, ReportPrinter.percentile(sorted, 50));
    assertEquals(95, ReportPrinter.percentile(sorted, 95));
    assertEquals(99, ReportPrinter.percentile(sorted, 99));
    assertEquals(100, ReportPrinter.percentile(sorted, 100));
    assertTrue(ReportPrinter.percentile(new double[] {3}, 50) == 3);
  }
}
