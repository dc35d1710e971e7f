/**
 * The restaurant across JVMs with Akka Cluster: the cashier node's host, which waits for the
 * floor nodes, gives each a range of waiter ids and runs the one cashier; each floor node's
 * floor, which runs its waiters and its own kitchen; the node runner behind the node command, and
 * the one-command demo behind the cluster command (child JVMs on loopback). Uses
 * {@code restaurant.actors}, {@code restaurant.report}, {@code restaurant.config} and
 * {@code restaurant.model}.
 */
package restaurant.cluster;
