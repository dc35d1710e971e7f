/**
 * The Akka Typed restaurant: the Cashier, the Waiters and the Kitchen, a day of them (Restaurant),
 * the guardian that opens one day after another (Days) on an actor system its caller keeps
 * (RestaurantHost: a run has one; a sweep, one per worker), and the marker of the messages that
 * may cross nodes in a cluster (CrossesNodes). The cashier is one behavior per phase
 * (CashierOpening, CashierServing, CashierClosing, DayReport) over its day (CashierDay), whose
 * state is plain classes: the DispatchBook (who holds what, changed by facts), the ArrivalGate
 * (the customers to come); a waiter's open orders are OpenOrders; the kitchen's Stove (its lanes
 * and Stations) outlives a restart of its cook, whose crashes (KitchenCrashes) and one timer
 * (KitchenTimer) are its own. No actor blocks a thread. Uses {@code restaurant.model},
 * {@code restaurant.config}, {@code restaurant.clock} and {@code restaurant.report} (the cashier
 * keeps the ledger).
 */
package restaurant.actors;
