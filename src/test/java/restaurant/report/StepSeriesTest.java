package restaurant.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepSeriesTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void theCountAtTheEndOfEachSecondWhateverOrderTheChangesCameIn() {
    StepSeries queue = new StepSeries(10 * SECOND, SECOND); // opened at 10 s on the clock
    queue.change(12 * SECOND + 500_000_000L, -1); // taken at 2.5 s, known before its arrival was
    queue.change(10 * SECOND + 200_000_000L, +1); // arrived at 0.2 s
    queue.change(11 * SECOND, +1); // arrived at 1 s, still waiting at the end

    List<double[]> points = queue.points(1.0);

    assertEquals(4, points.size());
    assertArrayEquals(new double[] {0, 0}, points.get(0));
    assertArrayEquals(new double[] {1, 1}, points.get(1)); // end of [0, 1): one waiting
    assertArrayEquals(new double[] {2, 2}, points.get(2));
    assertArrayEquals(new double[] {3, 1}, points.get(3));
  }

  @Test
  void aLongRunWidensTheBinsAndKeepsTheCount() {
    StepSeries queue = new StepSeries(0, SECOND);
    queue.change(0, +3);
    queue.change(10_000 * SECOND, -1); // far past 512 one-second bins: they double until it fits

    List<double[]> points = queue.points(0.5); // at time-scale 0.5 the clock's 10,000 s are 20,000 s

    assertEquals(true, points.size() <= StepSeries.BINS + 1);
    assertEquals(3, points.get(1)[1]);
    assertEquals(2, points.get(points.size() - 1)[1]);
    assertEquals(true, points.get(points.size() - 1)[0] >= 20_000, () -> "" + points.get(points.size() - 1)[0]);
  }
}
