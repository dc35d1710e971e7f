package restaurant.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.ServedOrder;

/**
 * The one blocking waiter really sleeps, so in real time its makespan can never beat the model: that bound cannot
 * flake. How far above the model it lands depends on the machine, so the benchmark measures that,
 * not this test.
 */
class SyncRestaurantTest {
  private static final Settings REFERENCE = Settings.from(ConfigFactory.defaultReference());
  private static final double TIME_SCALE = 0.01;

  private static Settings scaled(int waiters) {
    Settings reference = REFERENCE.withStaff(waiters, 1);
    return new Settings(reference.waiters(), 1, reference.maxRetries(), TIME_SCALE, reference.seed(),
        reference.menu(), reference.orders(), reference.faults(), reference.gracePeriod());
  }

  private static void assertEveryOrderDispatchedOnce(RunReport report) {
    assertEquals(List.of(0, 1, 2, 3), report.orders().stream().map(ServedOrder::id).collect(Collectors.toList()));
    report.orders().forEach(order -> assertTrue(order.finishedSeconds() >= order.takenSeconds(), order::toString));
  }

  @Test
  void syncTakesEveryProductInTurn() throws InterruptedException {
    RunReport report = SyncRestaurant.run(scaled(2), new Progress(4));

    assertTrue(report.makespanSeconds() >= 43.8, () -> "faster than the model: " + report.makespanSeconds());
    assertEquals(Mode.SYNC, report.mode());
    assertEquals(1, report.waiters()); // waiter 1 does everything, whatever the settings say
    report.orders().forEach(order -> assertEquals(1, order.waiter()));
    assertEveryOrderDispatchedOnce(report);
  }
}
