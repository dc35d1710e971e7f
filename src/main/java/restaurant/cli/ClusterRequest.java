package restaurant.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import restaurant.cluster.ClusterNode;
import restaurant.cluster.NodeRole;
import restaurant.config.BadInputException;
import restaurant.config.FlagValues;

/**
 * What the node and cluster commands ask for, checked: one member of a cluster, or the demo of
 * a whole cluster on this machine.
 *
 * @param node       the member this JVM runs (for cluster, the cashier node)
 * @param nodes      cluster: the nodes in all, the cashier's among them; 0 for node
 * @param killNodeAt cluster: when after the opening one floor node gets SIGKILL; null for never
 */
record ClusterRequest(ClusterNode.Request node, int nodes, Duration killNodeAt) {
  static final int MOST_FLOORS = 100;
  static final int FIRST_PORT = 2551;
  private static final Duration LONGEST_WAIT = Duration.ofHours(1);
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

  static ClusterRequest node(String role, String port, String hostname, String seedNodes, String expectFloors,
      String joinTimeout) {
    NodeRole nodeRole = role(role);
    hostname = hostname(hostname);
    int bound = port == null ? nodeRole == NodeRole.CASHIER ? FIRST_PORT : 0 : port(port);
    List<String> seeds = seedNodes == null ? null : seeds(seedNodes);
    if (seeds == null && nodeRole == NodeRole.FLOOR) {
      throw new BadInputException("node --role floor needs --seed-nodes HOST:PORT: the cashier node's address,"
          + " e.g. --seed-nodes 127.0.0.1:" + FIRST_PORT);
    }
    if (seeds == null && bound == 0) {
      throw new BadInputException("node --role cashier --port 0 needs --seed-nodes: a cluster's first node is"
          + " its own seed, at a port the others know");
    }
    if (expectFloors != null && nodeRole == NodeRole.FLOOR) {
      throw new BadInputException("--expect-floors goes with --role cashier: the cashier waits for the floors");
    }
    return new ClusterRequest(new ClusterNode.Request(nodeRole, hostname, bound,
        seeds == null ? List.of(hostname + ":" + bound) : seeds,
        expectFloors == null ? 1 : count("--expect-floors", expectFloors, 1, MOST_FLOORS),
        FlagValues.duration("--join-timeout", joinTimeout, LONGEST_WAIT, "1h", "30s or 2m")), 0, null);
  }

  static ClusterRequest cluster(String nodes, String killNodeAt, String joinTimeout) {
    int members = count("--nodes", nodes, 2, MOST_FLOORS + 1); // the cashier node and one floor node at least
    Duration kill = killNodeAt == null ? null
        : FlagValues.duration("--kill-node-at", killNodeAt, LONGEST_WAIT, "1h", "2s or 500ms");
    if (kill != null && members < 3) {
      throw new BadInputException("--kill-node-at with --nodes 2 would kill the only floor node: give --nodes 3 or"
          + " more, so the others can take its orders");
    }
    return new ClusterRequest(new ClusterNode.Request(NodeRole.CASHIER, "127.0.0.1", 0, List.of(), members - 1,
        FlagValues.duration("--join-timeout", joinTimeout, LONGEST_WAIT, "1h", "30s or 2m")), members, kill);
  }

  private static int port(String text) {
    if (DIGITS.matcher(text.trim()).matches() && Integer.parseInt(text.trim()) <= 65535) {
      return Integer.parseInt(text.trim());
    }
    throw new BadInputException("--port " + BadInputException.shown(text) + ": must be a port from 1 to 65535, or 0"
        + " for any free one");
  }

  /** The address the other nodes reach this one at; an IPv6 one in brackets, as Akka's addresses write it. */
  private static String hostname(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      throw new BadInputException("--hostname is empty: give the address the"
          + " other nodes reach this one at, e.g. 127.0.0.1 or 10.0.0.2");
    }
    return trimmed.contains(":") && !trimmed.startsWith("[") ? "[" + trimmed + "]" : trimmed;
  }

  private static NodeRole role(String text) {
    for (NodeRole role : NodeRole.values()) {
      if (role.toString().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return role;
      }
    }
    throw new BadInputException("--role " + BadInputException.shown(text) + ": must be cashier (the one that takes"
        + " the orders) or floor (waiters and a kitchen)");
  }

  /** HOST:PORT[,HOST:PORT...] */
  private static List<String> seeds(String text) {
    List<String> seeds = new ArrayList<>();
    for (String seed : text.split(",", -1)) {
      String trimmed = seed.trim();
      int colon = trimmed.lastIndexOf(':');
      boolean valid = colon > 0 && DIGITS.matcher(trimmed.substring(colon + 1)).matches();
      if (valid) {
        long port = Long.parseLong(trimmed.substring(colon + 1));
        valid = port >= 1 && port <= 65535;
      }
      if (!valid) {
        throw new BadInputException("--seed-nodes " + BadInputException.shown(text) + ": expected HOST:PORT, or"
            + " several separated by commas, e.g. 127.0.0.1:" + FIRST_PORT + ",10.0.0.2:" + FIRST_PORT);
      }
      String host = trimmed.substring(0, colon);
      if (host.contains(":") && !(host.startsWith("[") && host.endsWith("]"))) {
        throw new BadInputException("--seed-nodes " + BadInputException.shown(text) + ": " + trimmed + " is an IPv6"
            + " address and its port: write the address in brackets, e.g. [::1]:" + FIRST_PORT);
      }
      seeds.add(trimmed);
    }
    return seeds;
  }

  private static int count(String flag, String text, int least, int most) {
    String trimmed = text.trim();
    if (DIGITS.matcher(trimmed).matches()) {
      int n = Integer.parseInt(trimmed);
      if (n >= least && n <= most) {
        return n;
      }
    }
    throw new BadInputException(flag + " " + BadInputException.shown(text) + ": must be a whole number from " + least
        + " to " + most);
  }
}
