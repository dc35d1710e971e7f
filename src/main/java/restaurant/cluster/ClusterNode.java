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
import restaurant.model.Seconds;
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
  /** How long a stopped cashier node may take after its grace period: the floors leave, then the node. */
  public static final Duration LEAVING_TIME = Host.LEAVING_WITHIN.plusSeconds(15);
  /** The system property conf/logback.xml prints on every line: which node wrote it. */
  public static final String NODE_PROPERTY = "log.node"; // not under restaurant.: system properties there are settings
  /**
   * Akka's send queue to each other node: what does not fit is dropped, and an order with it. The
   * restaurant's messages have no flow control of their own beyond the waiters' slots, so each
   * node's queue is sized from them ({@link #sendQueue}).
   */
  public static final String SEND_QUEUE = "akka.remote.artery.advanced.outbound-message-queue-size";
  /**
   * What a floor may send for one order at once: its outcome, and for each of up to four products
   * (a generated order's most) that come out burnt together, the kitchen's Burnt and the waiter's
   * OrderedAgain.
   */
  private static final int FLOOR_MESSAGES_PER_SLOT = 1 + 2 * 4;
  /** The largest send queue a node sizes for itself: 64 MB for each node it talks to. */
  static final int MOST_SEND_QUEUE = 1 << 24;

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
  public record Ending(RunReport report, Floor.End floorEnd) {}

  /** @param opened told when the cashier opens, every waiter in (the cluster demo times its kill from it) */
  public static Ending run(Request request, Settings settings, Config config, Progress progress, TraceFile trace,
      StopRequest stop, Runnable opened) {
    System.setProperty(NODE_PROPERTY, request.name(request.port()));
    Config node = ConfigFactory.parseMap(Map.of(
        "akka.remote.artery.canonical.hostname", request.hostname(),
        "akka.remote.artery.canonical.port", request.port(),
        "akka.cluster.seed-nodes", request.seedNodes().stream().map(seed -> "akka://" + SYSTEM + "@" + seed).toList(),
        "akka.cluster.roles", List.of(request.role().toString()),
        SEND_QUEUE, sendQueue(request.role(), settings, config.getInt(SEND_QUEUE)))).withFallback(config);
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
      throw new BadInputException("no cashier node answered within " + Seconds.format(request.joinTimeout())
          + " s through --seed-nodes " + String.join(",", request.seedNodes())
          + ": start the cashier node first (node --role cashier), or check the addresses");
    }
    if (request.role() == NodeRole.CASHIER && report.get() == null) { // stopped before it could open
      return new Ending(new Ledger(Mode.ACTORS, settings, progress).report(true, null), null);
    }
    return new Ending(report.get(), floorEnd.get() == null && request.role() == NodeRole.FLOOR ? Floor.End.STOPPED
        : floorEnd.get());
  }

  /**
   * The send queue this node needs, or {@code configured} if that is more. Every message is a
   * few hundred bytes at most, and the queue holds references: some 4 bytes an entry.
   * <ul>
   *   <li>The cashier sends a floor at most one order per slot ({@code settings.staff().waiters()} are
   *       each floor's in the cluster demo); the host refuses a floor that brings more.
   *   <li>A floor sends every waiter's readiness at the opening, and then for each slot at most
   *       {@link #FLOOR_MESSAGES_PER_SLOT}.
   * </ul>
   */
  static int sendQueue(NodeRole role, Settings settings, int configured) {
    long slots = (long) settings.staff().waiters() * settings.staff().maxOpenOrders();
    long needed = switch (role) {
      case CASHIER -> slots;
      case FLOOR -> settings.staff().waiters() + slots * FLOOR_MESSAGES_PER_SLOT;
    };
    if (needed > MOST_SEND_QUEUE) {
      throw new BadInputException(Settings.WAITERS + " (" + settings.staff().waiters() + ") times "
          + Settings.MAX_OPEN_ORDERS + " (" + settings.staff().maxOpenOrders() + ") on one " + role + " node: up to " + needed + " messages at once to"
          + " another node, more than the " + MOST_SEND_QUEUE + " its send queue may hold: spread the waiters over"
          + " more floor nodes");
    }
    return (int) Math.max(configured, needed);
  }

  /**
   * Refuses what this node could not run, before anything starts: too many messages at once for
   * its send queue ({@link #sendQueue}), and a port in use, a foreign address or a seed that is no
   * host, which would fail deep inside Akka's transport after the run had begun.
   */
  public static void check(Request request, Settings settings, Config config) {
    sendQueue(request.role(), settings, config.getInt(SEND_QUEUE));
    checkAddresses(request);
  }

  private static void checkAddresses(Request request) {
    InetSocketAddress address = new InetSocketAddress(request.hostname(), request.port());
    if (address.isUnresolved()) {
      throw new BadInputException("--hostname " + request.hostname() + ": no such host (it resolves to no address)");
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(address);
    } catch (IOException e) {
      if (isPortInUse(address)) {
        throw new BadInputException("--port " + request.port() + ": " + request.hostname() + ":" + request.port()
            + " is in use (another node or program listens there): give another port");
      }
      throw new BadInputException("--hostname " + request.hostname() + ": this machine cannot listen there ("
          + e.getMessage() + "): give one of its own addresses");
    }
    for (String seed : request.seedNodes()) {
      String host = seed.substring(0, seed.lastIndexOf(':'));
      if (new InetSocketAddress(host, 1).isUnresolved()) {
        throw new BadInputException("--seed-nodes " + String.join(",", request.seedNodes()) + ": no such host " + host
            + " (it resolves to no address)");
      }
    }
  }

  /** Whether the address is fine but its port is taken: the same address binds with any free port. */
  private static boolean isPortInUse(InetSocketAddress address) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(address.getAddress(), 0));
      return address.getPort() != 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** The node's one actor, by role. */
  private static Behavior<?> member(Request request, Settings settings, Progress progress, TraceFile trace,
      Runnable opened, Consumer<RunReport> reportTo, Consumer<String> refused, Consumer<Floor.End> ended) {
    return switch (request.role()) {
      case CASHIER -> Host.create(settings, request.expectFloors(), request.joinTimeout(), progress, trace, opened,
          reportTo, refused);
      case FLOOR -> Floor.create(settings, settings.faultPlan(), request.joinTimeout(), ended, refused);
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
