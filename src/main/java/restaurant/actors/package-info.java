/**
 * The Akka Typed restaurant: the Cashier, the Waiters and the Kitchen, the guardian that spawns
 * them, their log lines, and the state one of them keeps in a class of its own (a waiter's open
 * orders), and the marker of the messages that may cross nodes in a cluster (CrossesNodes).
 * No actor blocks a thread. Uses {@code restaurant.model},
 * {@code restaurant.config} and {@code restaurant.report} (the cashier keeps the ledger).
 */
package restaurant.actors;
