package restaurant.cluster;

import akka.actor.CoordinatedShutdown;
import akka.actor.Address;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.cluster.typed.Cluster;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import restaurant.config.BadInputException;
import restaurant.config.Settings;
import restaurant.model.StopRequest;
import restaurant.model.Mode;
import restaurant.report.Ledger;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.TraceFile;

/**
 * Runs one member of the restaurant's cluster (the node command): starts an actor system with
 * Akka Cluster on {@code host:port}, joins the seed nodes, runs the host (cashier node) or a
 * floor, and returns when the node has left. The cashier node returns the run's report.
 */
public final class ClusterNode {
  /** The actor system's name: every node's must be the same to join. */
  static final String SYSTEM = "restaurant";
  /** The system property conf/logback.xml prints on every line: which node wrote it. */
  /** How long a stopped cashier node may take after its grace period: the floors leave, then the node. */
  public static final Duration LEAVING_TIME = Host.LEAVING_WITHIN.plusSeconds(15);
  public static final String NODE_PROPERTY = "log.node"; // not under restaurant.: system properties there are settings

  private ClusterNode() {}

  /**
   * @param seedNodes    host:port of the nodes to join through (this node's own first, for the first node up)
   * @param expectFloors the floor nodes the cashier node waits for
   * @param joinTimeout  how long the cashier waits for them, and a floor for the cashier
   */
  public record Request(NodeRole role, String hostname, int port, List<String> seedNodes, int expectFloors,
      Duration joinTimeout) {
    /** "floor@127.0.0.1:2552": the node in the logs before it is up. */
    String name(int boundPort) {
      return role + "@" + hostname + ":" + boundPort;
    }
  }

  /** What a node ended with: the cashier's report (null on a floor), a floor's end (null on the cashier). */
  public record Outcome(RunReport report, Floor.End floorEnd) {}

  /** @param opened told when the cashier node opens, every floor in (the cluster demo times its kill from it) */
  public static Outcome run(Request request, Settings settings, Config config, Progress progress, TraceFile trace,
      StopRequest stop, Runnable opened) {
    checkPortFree(request);
    System.setProperty(NODE_PROPERTY, request.name(request.port()));
    Config node = ConfigFactory.parseMap(Map.of(
        "akka.remote.artery.canonical.hostname", request.hostname(),
        "akka.remote.artery.canonical.port", request.port(),
        "akka.cluster.seed-nodes", request.seedNodes().stream().map(seed -> "akka://" + SYSTEM + "@" + seed).toList(),
        "akka.cluster.roles", List.of(request.role().toString()))).withFallback(config);
    AtomicReference<RunReport> report = new AtomicReference<>();
    AtomicReference<String> refused = new AtomicReference<>();
    AtomicReference<Floor.End> floorEnd = new AtomicReference<>();
    ActorSystem<Void> system = ActorSystem.create(Node.create(member(request, settings, progress, trace, opened,
        report::set, refused::set, floorEnd::set), request.role().toString()), SYSTEM, node);
    System.setProperty(NODE_PROPERTY, nodeName(system));
    stop.whenRequested(() -> CoordinatedShutdown.get(system).run(CoordinatedShutdown.jvmExitReason()));
    try {
      system.getWhenTerminated().toCompletableFuture().join(); // the caller's thread: no dispatcher waits
    } finally {
      stop.clear();
    }
    if (refused.get() != null) {
      throw new BadInputException(refused.get());
    }
    if (floorEnd.get() == Floor.End.NO_HOST) {
      throw new BadInputException("no cashier node answered within " + request.joinTimeout().toSeconds()
          + " s through --seed-nodes " + String.join(",", request.seedNodes())
          + ": start the cashier node first (node --role cashier), or check the addresses");
    }
    if (request.role() == NodeRole.CASHIER && report.get() == null) { // stopped before it could open
      return new Outcome(new Ledger(Mode.ACTORS, settings, progress).report(true, null), null);
    }
    return new Outcome(report.get(), floorEnd.get());
  }

  /** A port in use would fail deep inside Akka's transport, after the run had begun: said first. */
  private static void checkPortFree(Request request) {
    if (request.port() == 0) {
      return; // any free port
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(request.hostname(), request.port()));
    } catch (IOException e) {
      throw new BadInputException("--port " + request.port() + ": " + request.hostname() + ":" + request.port()
          + " is in use (another node or program listens there): give another port");
    }
  }

  /** The node's one actor, by role. */
  private static Behavior<?> member(Request request, Settings settings, Progress progress, TraceFile trace,
      Runnable opened, Consumer<RunReport> reportTo, Consumer<String> refused, Consumer<Floor.End> ended) {
    return switch (request.role()) {
      case CASHIER -> Host.create(settings, request.expectFloors(), request.joinTimeout(), progress, trace, opened,
          reportTo, refused);
      case FLOOR -> Floor.create(settings, settings.faultPlan(), request.joinTimeout(), ended);
    };
  }

  /** "floor@127.0.0.1:2552": the node as the logs and the report name it, from its own address. */
  static String nodeName(ActorSystem<?> system) {
    Address address = Cluster.get(system).selfMember().address();
    return String.join(",", Cluster.get(system).selfMember().getRoles().stream()
        .filter(role -> !role.startsWith("dc-")).toList()) + "@" + address.getHost().orElse("?") + ":"
        + address.getPort().map(String::valueOf).orElse("?");
  }
}
