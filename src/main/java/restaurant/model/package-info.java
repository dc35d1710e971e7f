/**
 * The restaurant itself, as plain Java: the menu, orders, generated workloads, the three designs
 * ({@link restaurant.model.Mode}), what an order comes to and which actor role restarted, and the
 * reproducible chance that decides faults ({@link restaurant.model.FaultPlan}). No Akka, no
 * configuration, no I/O: every other package may use it, it uses none of them.
 */
package restaurant.model;
