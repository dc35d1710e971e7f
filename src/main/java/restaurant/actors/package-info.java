/**
 * The Akka Typed restaurant: the Cashier, the Waiters and the Kitchen, the guardian that spawns
 * them, and their log lines. No actor blocks a thread. Uses {@code restaurant.model},
 * {@code restaurant.config} and {@code restaurant.report} (the cashier keeps the ledger).
 */
package restaurant.actors;
