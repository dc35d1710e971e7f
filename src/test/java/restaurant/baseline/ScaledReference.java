package restaurant.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import restaurant.config.Settings;
import restaurant.config.SettingsBuilder;
import restaurant.model.Pacing;
import restaurant.report.RunReport;
import restaurant.report.ServedOrder;

/** The reference orders for the blocking restaurants, at time-scale 0.01: they really sleep. */
final class ScaledReference {
  private static final Settings REFERENCE = Settings.from(ConfigFactory.defaultReference());
  private static final double TIME_SCALE = 0.01;

  private ScaledReference() {}

  static Settings withWaiters(int waiters) {
    return SettingsBuilder.from(REFERENCE).waiters(waiters).maxOpenOrders(1).timeScale(TIME_SCALE).clock(Pacing.REAL).build();
  }

  /** The same, each order taking {@code deliveryTime} (simulated) to its table. */
  static Settings withWaitersDelivering(int waiters, Duration deliveryTime) {
    return SettingsBuilder.from(withWaiters(waiters)).deliveryTime(deliveryTime).build();
  }

  static void assertEveryOrderDispatchedOnce(RunReport report) {
    assertEquals(List.of(0, 1, 2, 3), report.orders().stream().map(ServedOrder::id).collect(Collectors.toList()));
    report.orders().forEach(order -> assertTrue(order.finishedSeconds() >= order.takenSeconds(), order::toString));
  }
}
