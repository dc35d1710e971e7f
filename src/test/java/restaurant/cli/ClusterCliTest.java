package restaurant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node and cluster commands end to end: the cluster demo with child JVMs, one of them
 * killed, and the bad input that can only be found by trying (a port in use, nodes that never
 * answer), each ended within its --join-timeout.
 */
class ClusterCliTest {
  @TempDir
  Path dir;

  @Test
  void aFloorNodeKilledMidRunLosesNoOrderAndTheReportNamesIt() throws IOException {
    FileTime started = FileTime.from(Instant.now().minusSeconds(1)); // file times may be coarse
    Path json = dir.resolve("cluster.json");
    CliRun run = CliRun.of("cluster", "--nodes", "3", "--generate", "100000", "--waiters", "300", "--time-scale",
        "0.001", "--kill-node-at", "1s", "--quiet", "--report", json.toString());

    JsonNode report = everyOrderOnce(run, json, 100_000);
    Matcher killed = Pattern.compile("SIGKILL to floor-2 \\((floor@127\\.0\\.0\\.1:\\d+),").matcher(run.out());
    assertTrue(killed.find(), run.out());
    JsonNode lost = report.get("lostNodes");
    assertEquals(1, lost.size(), lost.toString());
    assertEquals(killed.group(1), lost.get(0).get("node").asText());
    assertEquals(300, lost.get(0).get("waiters").asInt());
    assertTrue(lost.get(0).get("ordersRehanded").asInt() > 0, "its waiters held orders when it died");
    assertTrue(run.out().contains("lost node "), "the console report names it");
    assertTrue(run.out().contains("[floor-1] "), "the floors' lines, each with its node");
    assertTrue(run.out().contains("cluster: floor-1 exited 0\n"), "the floor left as told: " + run.out());
    Matcher floor1 = Pattern.compile("floor-1 \\((floor@127\\.0\\.0\\.1:\\d+),").matcher(run.out());
    assertTrue(floor1.find(), run.out());
    Path floorLog = Path.of("logs", "restaurant-floor-1.log");
    assertTrue(Files.getLastModifiedTime(floorLog).compareTo(started) >= 0, "floor-1 logged to its own file");
    assertTrue(Files.readString(floorLog).contains("node=" + floor1.group(1) + " "), "each line names its node");
  }

  @Test
  void aKillRightAfterTheOpeningComesAfterTheWaitersHaveTheirOrders() throws IOException {
    // Timed from the host's Open, before the floors' waiters were in, a kill under some 700 ms
    // came before the opening: a floor lost there ended the run as a bug.
    Path json = dir.resolve("early-kill.json");
    Path trace = dir.resolve("early-kill.csv");
    CliRun run = CliRun.of("cluster", "--nodes", "3", "--generate", "20000", "--waiters", "100", "--time-scale",
        "0.001", "--kill-node-at", "1ms", "--quiet", "--report", json.toString(), "--trace", trace.toString());

    JsonNode report = everyOrderOnce(run, json, 20_000);
    // A re-handed order's wait runs to its hand-out to the waiter who served it: the trace's taken.
    TraceRecount.assertReportAgreesWithTrace(trace, report);
    JsonNode lost = report.get("lostNodes");
    assertEquals(1, lost.size(), lost.toString());
    assertEquals(100, lost.get(0).get("ordersRehanded").asInt(), "every slot of its waiters held an order");
    assertTrue(lost.get(0).get("atSeconds").asDouble() > 0, lost.toString());
  }

  /** The demo's JSON report, once the run ended with exit 0 and every order dispatched once. */
  private static JsonNode everyOrderOnce(CliRun run, Path json, int orders) throws IOException {
    assertEquals(0, run.exitCode(), run.err() + run.out());
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertTrue(report.get("invariantHolds").asBoolean(), report.get("problems").toString());
    assertEquals(orders, report.get("dispatched").asInt(), "every order once: the invariant counts twice as broken");
    assertEquals(0, report.get("failed").asInt());
    return report;
  }

  @Test
  void aPortInUseIsSaidBeforeTheNodeStarts() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      CliRun run = CliRun.of("node", "--role", "cashier", "--port", Integer.toString(taken.getLocalPort()));

      assertEquals(2, run.exitCode(), run.err());
      assertEquals("restaurant: --port " + taken.getLocalPort() + ": 127.0.0.1:" + taken.getLocalPort()
          + " is in use (another node or program listens there): give another port\n", run.err());
    }
  }

  @Test
  void aSeedNodeThatNeverAnswersEndsTheFloorWithinItsTimeout() throws IOException {
    int nobody = freePorts(1)[0];
    CliRun run = CliRun.of("node", "--role", "floor", "--seed-nodes", "127.0.0.1:" + nobody, "--join-timeout", "2s",
        "--quiet");

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("restaurant: no cashier node answered within 2 s through --seed-nodes 127.0.0.1:" + nobody
        + ": start the cashier node first (node --role cashier), or check the addresses\n", run.err());
  }

  @Test
  void aCashierWhoseFirstSeedIsNotItselfNorAnyNodeUpEndsWithinItsTimeout() throws IOException {
    int[] ports = freePorts(2);
    int port = ports[0];
    int nobody = ports[1];
    CliRun run = CliRun.of("node", "--role", "cashier", "--port", Integer.toString(port), "--seed-nodes",
        "127.0.0.1:" + nobody, "--join-timeout", "1500ms", "--quiet");

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("restaurant: this cashier node did not join a cluster within 1.5 s through --seed-nodes 127.0.0.1:"
        + nobody + ": the first seed node must be this node itself (127.0.0.1:" + port + "), or a node already up\n",
        run.err());
  }

  @Test
  void aCashierFirstOfItsSeedsThatHadNoTimeToFormItsClusterSaysWhy() throws IOException {
    int[] ports = freePorts(2);
    int port = ports[0];
    int other = ports[1];
    CliRun run = CliRun.of("node", "--role", "cashier", "--port", Integer.toString(port), "--seed-nodes",
        "127.0.0.1:" + port + ",127.0.0.1:" + other, "--join-timeout", "2s", "--quiet");

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("restaurant: this cashier node did not form its cluster within 2 s: as the first of --seed-nodes it"
        + " first waits up to akka.cluster.seed-node-timeout (5 s) for the others: wait longer with --join-timeout\n",
        run.err());
  }

  @Test
  void aCashierWhoseFloorsNeverComeEndsWithinItsTimeout() throws IOException {
    int port = freePorts(1)[0];
    CliRun run = CliRun.of("node", "--role", "cashier", "--port", Integer.toString(port), "--expect-floors", "2",
        "--join-timeout", "2s", "--quiet");

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("restaurant: only 0 of 2 floor nodes joined within 2 s: start them with --seed-nodes naming this"
        + " node, or wait longer with --join-timeout\n", run.err());
  }

  /** Ports free now, and all different: each is held until the others are found. */
  private static int[] freePorts(int count) throws IOException {
    ServerSocket[] held = new ServerSocket[count];
    int[] ports = new int[count];
    try {
      for (int i = 0; i < count; i++) {
        held[i] = new ServerSocket(0);
        ports[i] = held[i].getLocalPort();
      }
    } finally {
      for (ServerSocket socket : held) {
        if (socket != null) {
          socket.close();
        }
      }
    }
    return ports;
  }
}
