package restaurant.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import restaurant.config.Configuration;
import restaurant.config.Settings;
import restaurant.model.Outcome;
import restaurant.model.StopRequest;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.ServedOrder;

/** One cashier node and two floor nodes, each its own actor system in this JVM, on loopback. */
class ClusterNodeTest {
  private static final Duration JOIN_WITHIN = Duration.ofSeconds(30);

  private static Config config(String... keyValues) {
    Map<String, com.typesafe.config.ConfigValue> overrides = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      overrides.put(keyValues[i], ConfigValueFactory.fromAnyRef(keyValues[i + 1], "test"));
    }
    return Configuration.load(null, overrides, new ArrayList<>(), true);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * The reference workload on a cashier node expecting {@code expectFloors} and {@code floorCount}
   * floor nodes of {@code waitersEach}, at time-scale 0.1; the floors' outcomes go to {@code floors}.
   */
  private static RunReport run(int expectFloors, int floorCount, int waitersEach,
      List<CompletableFuture<ClusterNode.Outcome>> floors) throws Exception {
    int cashierPort = freePort();
    List<String> seeds = List.of("127.0.0.1:" + cashierPort);
    Config config = config("restaurant.waiters", Integer.toString(waitersEach), "restaurant.time-scale", "0.1");
    Settings settings = Settings.from(config);
    CompletableFuture<ClusterNode.Outcome> cashier = CompletableFuture.supplyAsync(() -> ClusterNode.run(
        new ClusterNode.Request(NodeRole.CASHIER, "127.0.0.1", cashierPort, seeds, expectFloors, JOIN_WITHIN),
        settings, config, new Progress(settings.orders().size()), null, new StopRequest(), () -> { }));
    for (int floor = 0; floor < floorCount; floor++) {
      floors.add(CompletableFuture.supplyAsync(() -> ClusterNode.run(
          new ClusterNode.Request(NodeRole.FLOOR, "127.0.0.1", 0, seeds, 0, JOIN_WITHIN), settings, config,
          new Progress(settings.orders().size()), null, new StopRequest(), () -> { })));
    }
    return cashier.get().report();
  }

  @Test
  void theReferenceWorkloadOverTwoFloorNodesDispatchesEveryOrderOnce() throws Exception {
    List<CompletableFuture<ClusterNode.Outcome>> floors = new ArrayList<>();
    RunReport report = run(2, 2, 1, floors);

    assertTrue(report.invariantHolds(), report.problems()::toString);
    assertEquals(4, report.dispatched());
    assertEquals(List.of(Outcome.DISPATCHED, Outcome.DISPATCHED, Outcome.DISPATCHED, Outcome.DISPATCHED),
        report.orders().stream().map(ServedOrder::outcome).toList());
    assertEquals(2, report.waitersWhoServed(), "a waiter on each floor node");
    // The reference's 15 s with two waiters, and the network's milliseconds (scaled up tenfold).
    assertTrue(report.makespanSeconds() >= 15.0 && report.makespanSeconds() < 20, report.makespanSeconds() + " s");
    for (CompletableFuture<ClusterNode.Outcome> floor : floors) {
      assertEquals(Floor.End.SERVED, floor.get().floorEnd());
    }
  }

  @Test
  void aFloorThatComesAfterTheOpeningIsToldToLeaveAndTheRunGoesOn() throws Exception {
    List<CompletableFuture<ClusterNode.Outcome>> floors = new ArrayList<>();
    RunReport report = run(1, 2, 2, floors); // one floor more than the cashier expects

    assertTrue(report.invariantHolds(), report.problems()::toString);
    assertEquals(4, report.dispatched());
    assertEquals(2, report.waiters(), "the one floor's two waiters");
    for (CompletableFuture<ClusterNode.Outcome> floor : floors) {
      assertEquals(Floor.End.SERVED, floor.get().floorEnd(), "both leave as told");
    }
  }
}
