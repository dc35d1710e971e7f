package restaurant.cli;

import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import restaurant.cluster.ClusterNode;
import restaurant.model.Mode;
import restaurant.report.RunReport;

/** cluster: the demo of a whole cluster on this machine ({@link ClusterDemo}). */
@Command(name = "cluster", description = "The one-command demo of Akka Cluster on this machine: the cashier node"
    + " here and --nodes - 1 floor nodes as child JVMs on loopback (--waiters each), their logs streamed with"
    + " a node prefix; prints the report and stops them all, also on Ctrl-C.")
final class ClusterCommand extends RestaurantCommand {
  @Option(names = "--nodes", paramLabel = "N", description = "the nodes in all, the cashier's among them: 2 to "
      + (ClusterRequest.MOST_FLOORS + 1) + " (default 3)")
  String nodes = "3";

  @Option(names = "--kill-node-at", paramLabel = "D", description = "SIGKILL one floor node this long after the"
      + " opening, e.g. 2s: the cluster downs it and its orders go to the other floors' waiters")
  String killNodeAt;

  @Option(names = "--join-timeout", paramLabel = "D", description = "how long the cashier waits for the floor"
      + " nodes to start and join (default 60s)")
  String joinTimeout = "60s";

  @Mixin
  ReportFiles files;

  @Override
  Options options() {
    return runOptions.options(Options.Command.CLUSTER, Mode.ACTORS, files).withCluster(ClusterRequest.cluster(nodes,
        killNodeAt, joinTimeout));
  }

  @Override
  void preflight(Setup setup) {
    NodeCommand.checkClustered(setup.settings(), Options.Command.CLUSTER);
    ClusterNode.check(setup.options().cluster().node(), setup.settings(), setup.config()); // the cashier's node
  }

  /** The cashier node's exit: its report's, or 4 when every floor node was lost. */
  @Override
  int run(Setup setup) throws IOException, InterruptedException {
    // The floors leave before the cashier's node does, and the cluster's own leaving takes its time.
    return cli.start(setup, ClusterNode.LEAVING_TIME.plus(ClusterDemo.LEAVE_TIME), () -> {
      RunReport report = ClusterDemo.run(setup.options(), setup.settings(), setup.config(), cli.stop, cli.out);
      return NodeCommand.cashierExit(files.report(report, cli.out, cli.err), report, cli.err);
    });
  }
}
