package restaurant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressLineTest {
  @Test
  void theProgressLineSaysHowFarAndHowLong() {
    assertEquals("25,000 / 100,000 orders dispatched  10,000 orders/s  ETA 8 s",
        ProgressLine.line(25_000, 100_000, 2.5));
    assertEquals("0 / 10 orders dispatched  0.0 orders/s  ETA ?", ProgressLine.line(0, 10, 2));
  }

  @Test
  void aSlowRunKeepsADecimalOfItsRate() {
    assertEquals("2 / 4 orders dispatched  0.9 orders/s  ETA 2 s", ProgressLine.line(2, 4, 2.25));
  }
}
