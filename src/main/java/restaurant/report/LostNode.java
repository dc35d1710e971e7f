package restaurant.report;

/**
 * A floor node the cluster lost during the run (downed after it stopped answering).
 *
 * @param waiters         its waiters, lost with it
 * @param ordersRehanded  the orders they held, handed to other waiters (0 when no waiter was left to take them)
 * @param atSeconds       when the cashier heard, in simulated seconds from the opening (0 when it was before)
 */
public record LostNode(String node, int waiters, int ordersRehanded, double atSeconds) {}
