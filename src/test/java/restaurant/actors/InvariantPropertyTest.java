package restaurant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.ServedOrder;
import restaurant.config.Settings;
import restaurant.model.Workloads;

/**
 * Over many seeds and fault rates, on real actors at a small time-scale: every order is
 * dispatched or failed exactly once, the till equals the prices of the dispatched orders, and the
 * run's own invariant check agrees.
 */
class InvariantPropertyTest {
  private static final Config AKKA = ConfigFactory.parseResources("restaurant/akka.conf")
      .withFallback(ConfigFactory.defaultReference());

  static Stream<Arguments> seedsAndRates() {
    double[][] rates = {{0, 0, 0}, {0.05, 0, 0}, {0.3, 0, 0}, {0, 0.02, 0}, {0, 0, 0.02}, {0.05, 0.01, 0.01},
        {0.2, 0.05, 0.05}, {1, 0, 0}};
    Stream.Builder<Arguments> cases = Stream.builder();
    for (long seed = 1; seed <= 4; seed++) {
      for (double[] rate : rates) {
        cases.add(Arguments.of(seed, rate[0], rate[1], rate[2]));
      }
    }
    return cases.build();
  }

  @ParameterizedTest(name = "seed {0}, burn {1}, waiter crash {2}, kitchen crash {3}")
  @MethodSource("seedsAndRates")
  void theInvariantAlwaysHolds(long seed, double burnRate, double waiterCrashRate, double kitchenCrashRate) {
    Settings reference = ReferenceWorkload.DEFAULTS;
    Settings settings = new Settings(8, 2, 0.0005, seed, reference.menu(),
        Workloads.generate(200, seed, reference.menu()),
        new Settings.Faults(burnRate, 2, waiterCrashRate, kitchenCrashRate, Duration.ofSeconds(2)));

    RunReport report = ActorRestaurant.run(settings, AKKA, new Progress(200));

    assertTrue(report.invariantHolds(), report.problems()::toString);
    assertEquals(200, report.dispatched() + report.failed());
    assertEquals(0, report.pending());
    Set<Integer> ids = new HashSet<>();
    long paidCents = 0;
    for (ServedOrder order : report.orders()) {
      assertTrue(ids.add(order.id()));
      assertTrue(order.outcome().equals("dispatched") || order.outcome().equals("failed"), order::toString);
      if (order.outcome().equals("dispatched")) {
        paidCents += settings.menu().priceCents(settings.orders().get(order.id()));
      }
    }
    assertEquals(BigDecimal.valueOf(paidCents, 2), report.takings());
    if (burnRate == 1) {
      assertEquals(200, report.failed());
    }
    if (waiterCrashRate + kitchenCrashRate > 0.02) {
      assertTrue(report.restarts().values().stream().mapToInt(Integer::intValue).sum() > 0, "no crash at all");
    }
  }
}
