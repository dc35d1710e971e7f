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

  @Test
  void theReferenceWorkloadOverTwoFloorNodesDispatchesEveryOrderOnce() throws Exception {
    int cashierPort = freePort();
    List<String> seeds = List.of("127.0.0.1:" + cashierPort);
    Config config = config("restaurant.waiters", "1", "restaurant.time-scale", "0.1");
    Settings settings = Settings.from(config);
    CompletableFuture<ClusterNode.Outcome> cashier = CompletableFuture.supplyAsync(() -> ClusterNode.run(
        new ClusterNode.Request(NodeRole.CASHIER, "127.0.0.1", cashierPort, seeds, 2, JOIN_WITHIN), settings,
        config, new Progress(settings.orders().size()), null, new StopRequest(), () -> { }));
    List<CompletableFuture<ClusterNode.Outcome>> floors = new ArrayList<>();
    for (int floor = 0; floor < 2; floor++) {
      floors.add(CompletableFuture.supplyAsync(() -> ClusterNode.run(
          new ClusterNode.Request(NodeRole.FLOOR, "127.0.0.1", 0, seeds, 0, JOIN_WITHIN), settings, config,
          new Progress(settings.orders().size()), null, new StopRequest(), () -> { })));
    }

    RunReport report = cashier.get().report();

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
    int cashierPort = freePort();
    List<String> seeds = List.of("127.0.0.1:" + cashierPort);
    Config config = config("restaurant.waiters", "2", "restaurant.time-scale", "0.1");
    Settings settings = Settings.from(config);
    CompletableFuture<ClusterNode.Outcome> cashier = CompletableFuture.supplyAsync(() -> ClusterNode.run(
        new ClusterNode.Request(NodeRole.CASHIER, "127.0.0.1", cashierPort, seeds, 1, JOIN_WITHIN), settings,
        config, new Progress(settings.orders().size()), null, new StopRequest(), () -> { }));
    List<CompletableFuture<ClusterNode.Outcome>> floors = new ArrayList<>();
    for (int floor = 0; floor < 2; floor++) { // one more than the cashier expects
      floors.add(CompletableFuture.supplyAsync(() -> ClusterNode.run(
          new ClusterNode.Request(NodeRole.FLOOR, "127.0.0.1", 0, seeds, 0, JOIN_WITHIN), settings, config,
          new Progress(settings.orders().size()), null, new StopRequest(), () -> { })));
    }

    RunReport report = cashier.get().report();

    assertTrue(report.invariantHolds(), report.problems()::toString);
    assertEquals(4, report.dispatched());
    assertEquals(2, report.waiters(), "the one floor's two waiters");
    for (CompletableFuture<ClusterNode.Outcome> floor : floors) {
      assertEquals(Floor.End.SERVED, floor.get().floorEnd(), "both leave as told");
    }
  }
}
