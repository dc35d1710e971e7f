package restaurant.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import restaurant.config.BadInputException;
import restaurant.config.Configuration;
import restaurant.config.Settings;
import restaurant.model.OrderOutcome;
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
      List<CompletableFuture<ClusterNode.Ending>> floors) throws Exception {
    Config config = config("restaurant.waiters", Integer.toString(waitersEach), "restaurant.time-scale", "0.1");
    // Bounded: a cashier that never opens (its waiters' word lost on the way) fails the test, not the build.
    return start(expectFloors, JOIN_WITHIN, config, Collections.nCopies(floorCount, config), floors)
        .get(2, TimeUnit.MINUTES)
        .report();
  }

  /**
   * A cashier node of {@code cashierConfig}, waiting {@code cashierWaits} for its floors, and a
   * floor node for each of {@code floorConfigs}.
   */
  private static CompletableFuture<ClusterNode.Ending> start(int expectFloors, Duration cashierWaits,
      Config cashierConfig, List<Config> floorConfigs, List<CompletableFuture<ClusterNode.Ending>> floors)
      throws IOException {
    int cashierPort = freePort();
    List<String> seeds = List.of("127.0.0.1:" + cashierPort);
    Settings settings = Settings.from(cashierConfig);
    CompletableFuture<ClusterNode.Ending> cashier = CompletableFuture.supplyAsync(() -> ClusterNode.run(
        new ClusterNode.Request(NodeRole.CASHIER, "127.0.0.1", cashierPort, seeds, expectFloors, cashierWaits),
        settings, cashierConfig, new Progress(settings.orders().size()), null, new StopRequest(), () -> { }));
    for (Config floorConfig : floorConfigs) {
      Settings floorSettings = Settings.from(floorConfig);
      floors.add(CompletableFuture.supplyAsync(() -> ClusterNode.run(
          new ClusterNode.Request(NodeRole.FLOOR, "127.0.0.1", 0, seeds, 0, JOIN_WITHIN), floorSettings, floorConfig,
          new Progress(floorSettings.orders().size()), null, new StopRequest(), () -> { })));
    }
    return cashier;
  }

  /** The bad input a node ended with: its BadInputException's message. */
  private static String refusal(CompletableFuture<ClusterNode.Ending> node) {
    ExecutionException failed = assertThrows(ExecutionException.class, node::get);
    assertInstanceOf(BadInputException.class, failed.getCause());
    return failed.getCause().getMessage();
  }

  @Test
  void theReferenceWorkloadOverTwoFloorNodesDispatchesEveryOrderOnce() throws Exception {
    List<CompletableFuture<ClusterNode.Ending>> floors = new ArrayList<>();
    RunReport report = run(2, 2, 1, floors);

    assertTrue(report.invariantHolds(), report.problems()::toString);
    assertEquals(4, report.dispatched());
    assertEquals(List.of(OrderOutcome.DISPATCHED, OrderOutcome.DISPATCHED, OrderOutcome.DISPATCHED, OrderOutcome.DISPATCHED),
        report.orders().stream().map(ServedOrder::outcome).toList());
    assertEquals(2, report.waitersWhoServed(), "a waiter on each floor node");
    // The reference's 15 s with two waiters, and the network's milliseconds (scaled up tenfold).
    assertTrue(report.makespanSeconds() >= 15.0 && report.makespanSeconds() < 20, report.makespanSeconds() + " s");
    for (CompletableFuture<ClusterNode.Ending> floor : floors) {
      assertEquals(Floor.End.SERVED, floor.get().floorEnd());
    }
  }

  @Test
  void aFloorThatComesAfterTheOpeningIsToldToLeaveAndTheRunGoesOn() throws Exception {
    List<CompletableFuture<ClusterNode.Ending>> floors = new ArrayList<>();
    RunReport report = run(1, 2, 2, floors); // one floor more than the cashier expects

    assertTrue(report.invariantHolds(), report.problems()::toString);
    assertEquals(4, report.dispatched());
    assertEquals(2, report.waiters(), "the one floor's two waiters");
    for (CompletableFuture<ClusterNode.Ending> floor : floors) {
      assertEquals(Floor.End.SERVED, floor.get().floorEnd(), "both leave as told");
    }
  }

  @Test
  void aFloorOfTenThousandWaitersOpensItsReadinessIsNotDroppedOnTheWay() throws Exception {
    // Akka's send queue holds 3072 messages by default: the floor's 10,000 WaiterReady in one
    // burst lost some, and the cashier waited for them for ever.
    List<CompletableFuture<ClusterNode.Ending>> floors = new ArrayList<>();
    RunReport report = run(1, 1, 10_000, floors);

    assertTrue(report.invariantHolds(), report.problems()::toString);
    assertEquals(4, report.dispatched());
    assertEquals(10_000, report.waiters());
    assertEquals(Floor.End.SERVED, floors.get(0).get().floorEnd());
  }

  @Test
  void aFloorWithOtherSettingsIsRefusedAndNoNodeRuns() throws Exception {
    Config cashierConfig = config("restaurant.time-scale", "0.1");
    Config floorConfig = config("restaurant.time-scale", "0.1", "restaurant.waiter.max-open-orders", "2");
    List<CompletableFuture<ClusterNode.Ending>> floors = new ArrayList<>();
    CompletableFuture<ClusterNode.Ending> cashier = start(1, JOIN_WITHIN, cashierConfig, List.of(floorConfig), floors);

    String expected = "has restaurant.waiter.max-open-orders = 2, this cashier node 1: start every node with the"
        + " same config file, -D properties and flags";
    assertTrue(refusal(cashier).contains(expected), refusal(cashier));
    assertTrue(refusal(floors.get(0)).contains(expected), refusal(floors.get(0)));
  }

  @Test
  void aFloorWithMoreSlotsThanTheCashiersSendQueueHoldsIsRefused() throws Exception {
    Config cashierConfig = config("restaurant.time-scale", "0.1", "restaurant.waiters", "1", ClusterNode.SEND_QUEUE,
        "100");
    Config floorConfig = config("restaurant.time-scale", "0.1", "restaurant.waiters", "101");
    List<CompletableFuture<ClusterNode.Ending>> floors = new ArrayList<>();
    CompletableFuture<ClusterNode.Ending> cashier = start(1, JOIN_WITHIN, cashierConfig, List.of(floorConfig), floors);

    String message = refusal(cashier);
    assertTrue(message.contains("brings 101 waiters of 1 open order each: 101 orders may go to it at once")
        && message.contains(ClusterNode.SEND_QUEUE + " = 100") && message.contains("-D" + ClusterNode.SEND_QUEUE
        + "=101"), message);
    assertEquals(message, refusal(floors.get(0)));
  }

  @Test
  void aCashierThatGivesUpOnItsFloorsTellsTheOnesThatCameWhy() throws Exception {
    Config config = config("restaurant.time-scale", "0.1");
    List<CompletableFuture<ClusterNode.Ending>> floors = new ArrayList<>();
    CompletableFuture<ClusterNode.Ending> cashier = start(2, Duration.ofSeconds(12), config, List.of(config), floors);

    String expected = "only 1 of 2 floor nodes joined within 12 s: start them with --seed-nodes naming this node, or"
        + " wait longer with --join-timeout";
    assertEquals(expected, refusal(cashier));
    // Told at once, it leaves saying so (it took the cashier for lost some 10 s later, and exited 4).
    assertEquals("the cashier node gave up: " + expected, refusal(floors.get(0)));
  }

  @Test
  void eachNodesSendQueueHoldsWhatItsWaitersMaySendAtOnce() {
    Settings tenThousandOfTwo = Settings.from(config("restaurant.waiters", "10000",
        "restaurant.waiter.max-open-orders", "2"));
    // A floor: 10,000 WaiterReady, then per slot an OrderDone and a Burnt and an OrderedAgain for each of 4 products.
    assertEquals(10_000 + 20_000 * 9, ClusterNode.sendQueue(NodeRole.FLOOR, tenThousandOfTwo, 3072));
    // The cashier: an order per slot.
    assertEquals(20_000, ClusterNode.sendQueue(NodeRole.CASHIER, tenThousandOfTwo, 3072));
    assertEquals(65_536, ClusterNode.sendQueue(NodeRole.CASHIER, tenThousandOfTwo, 65_536), "a larger one stays");
  }
}
