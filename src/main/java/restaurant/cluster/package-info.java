/**
 * The restaurant across JVMs with Akka Cluster: the cashier node's host, which waits for the
 * floor nodes, gives each a range of waiter ids (its FloorRoster) and runs the one cashier; each
 * floor node's floor, which runs its waiters and its own kitchen; the settings every node must
 * share; and the node runner behind the node command. (The one-command demo behind the cluster
 * command, which starts child JVMs, is the command line's: {@code restaurant.cli}.) Uses
 * {@code restaurant.actors}, {@code restaurant.report}, {@code restaurant.config} and
 * {@code restaurant.model}.
 */
package restaurant.cluster;
