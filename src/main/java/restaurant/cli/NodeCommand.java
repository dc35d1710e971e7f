package restaurant.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import restaurant.cluster.ClusterNode;
import restaurant.cluster.Floor;
import restaurant.cluster.NodeRole;
import restaurant.config.BadInputException;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.report.LostNode;
import restaurant.report.Progress;
import restaurant.report.RunReport;

/** node: one member of the restaurant's Akka Cluster, the cashier's node or a floor node ({@link ClusterNode}). */
@Command(name = "node", description = "Runs one member of the restaurant's Akka Cluster, on the real clock: the"
    + " cashier node (it waits for --expect-floors floor nodes, serves the workload, prints the report and tells"
    + " the floors to leave) or a floor node (its --waiters and a kitchen of its own).")
final class NodeCommand extends RestaurantCommand {
  @Option(names = "--role", paramLabel = "cashier|floor", required = true,
      description = "cashier (the one that takes the orders, once in the cluster) or floor (waiters and a kitchen)")
  String role;

  @Option(names = "--port", paramLabel = "P", description = "the port this node listens on (default: 2551 for"
      + " the cashier, any free one for a floor: 0)")
  String port;

  @Option(names = "--hostname", paramLabel = "H", description = "the address other nodes reach this one at"
      + " (default 127.0.0.1)")
  String hostname = "127.0.0.1";

  @Option(names = "--seed-nodes", paramLabel = "HOST:PORT[,HOST:PORT]", description = "nodes to join the"
      + " cluster through: the cashier node's address (a floor needs it; the cashier defaults to itself)")
  String seedNodes;

  @Option(names = "--expect-floors", paramLabel = "K", description = "cashier: the floor nodes to wait for"
      + " before opening, 1 to " + ClusterRequest.MOST_FLOORS + " (default 1)")
  String expectFloors;

  @Option(names = "--join-timeout", paramLabel = "D", description = "how long the cashier waits for the floors,"
      + " and a floor for the cashier (default 60s)")
  String joinTimeout = "60s";

  @Mixin
  ReportFiles files;

  @Override
  Options options() {
    ClusterRequest request = ClusterRequest.node(role, port, hostname, seedNodes, expectFloors, joinTimeout);
    Options options = runOptions.options(Options.Command.NODE, Mode.ACTORS, files).withCluster(request);
    if (request.node().role() == NodeRole.FLOOR) {
      refuseOnAFloor(options);
    } else if (options.overrides().containsKey(Settings.WAITERS)) {
      throw new BadInputException("--waiters goes with --role floor: it counts a floor node's waiters; the"
          + " cashier node's are the floors' sum");
    }
    return options;
  }

  /** What only the cashier node does: on a floor it would do nothing, and a user would think it did. */
  private static void refuseOnAFloor(Options options) {
    if (options.reportFile() != null || options.htmlFile() != null || options.traceFile() != null) {
      throw new BadInputException("--report, --html and --trace go with --role cashier: the cashier keeps the"
          + " book, a floor node has no report");
    }
    if (options.ordersFile() != null || options.generate() != null || options.dumpOrdersFile() != null) {
      throw new BadInputException("--orders, --generate and --dump-orders go with --role cashier: the cashier"
          + " takes the orders, a floor node serves what it is handed");
    }
    for (Map.Entry<String, String> flag : Map.of(Settings.ARRIVAL_RATE, "--arrival-rate", Settings.WARM_UP,
        "--warm-up").entrySet()) {
      if (options.overrides().containsKey(flag.getKey())) {
        throw new BadInputException(flag.getValue() + " goes with --role cashier: the cashier takes the customers"
            + " in and keeps the statistics");
      }
    }
  }

  @Override
  void preflight(Setup setup) {
    checkClustered(setup.settings(), Options.Command.NODE);
    ClusterNode.check(setup.options().cluster().node(), setup.settings(), setup.config());
  }

  /**
   * The cashier's node: its report, and 4 when every floor node was lost. A floor node: 0 once
   * the cashier reported and told it to leave, 4 when it lost the cashier.
   */
  @Override
  int run(Setup setup) throws IOException, InterruptedException {
    Settings settings = setup.settings();
    // The floors leave before the cashier's node does.
    return cli.start(setup, ClusterNode.LEAVING_TIME, () -> {
      ClusterNode.Ending outcome = files.traced(trace -> ClusterNode.run(setup.options().cluster().node(), settings,
          setup.config(), new Progress(settings.orders().size()), trace, cli.stop, () -> { }));
      return outcome.report() != null
          ? cashierExit(files.report(outcome.report(), cli.out, cli.err), outcome.report(), cli.err)
          : floorExit(outcome, cli.err);
    });
  }

  /** What the cluster cannot run yet, refused before anything starts. */
  static void checkClustered(Settings settings, Options.Command command) {
    if (settings.timing().clock().virtual()) {
      throw new BadInputException(Settings.CLOCK + " = virtual: the " + command.toString()
          .toLowerCase(Locale.ROOT) + " command runs on the real clock (virtual time cannot span JVMs);"
          + " use --clock real, with --time-scale to go faster");
    }
    if (!settings.service().stations().isEmpty()) {
      throw new BadInputException(Settings.STATIONS + ": kitchen stations do not run across nodes yet (each floor"
          + " node's kitchen cooks without limits); leave the stations out of the configuration for a cluster");
    }
  }

  /** A floor node's exit: 0 once the cashier reported and told it to leave. */
  private static int floorExit(ClusterNode.Ending outcome, PrintStream err) {
    if (outcome.floorEnd() == Floor.End.SERVED) {
      return Cli.OK;
    }
    if (outcome.floorEnd() == Floor.End.CASHIER_LOST) {
      err.println("restaurant: the cashier node was lost mid-run, and the book of the run with it: this floor"
          + " stopped (run again; see docs/cluster.md)");
      return Cli.NODE_LOST;
    }
    err.println("restaurant: this floor node was stopped before the cashier told it to leave; the orders it held,"
        + " if any, go to the other floors' waiters");
    return Cli.FAILED; // a signal's exit code (130, 143) wins over this one
  }

  /** The cashier node's exit: its report's, or 4 when every floor node was lost and the run could not go on. */
  static int cashierExit(int reportsExit, RunReport report, PrintStream err) {
    int waitersLost = report.lostNodes().stream().mapToInt(LostNode::waiters).sum();
    if (reportsExit != Cli.OK || waitersLost < report.waiters() || report.waiters() == 0) {
      return reportsExit;
    }
    err.println("restaurant: every floor node was lost mid-run (the last " + report.lostNodes()
        .get(report.lostNodes().size() - 1).node() + "): no waiter was left for the " + report.pending()
        + " orders pending; the report above has what was done");
    return Cli.NODE_LOST;
  }
}
