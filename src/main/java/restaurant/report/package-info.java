/**
 * What a run tells: the cashier's ledger of who served what and when (the orders in flight, each
 * order's line, the orders' own times a run is measured against), the run report and its
 * invariant, the printed table, the JSON writers, the per-event log lines every design shares,
 * and the progress of a long run. Uses {@code restaurant.model} and {@code restaurant.config}.
 */
package restaurant.report;
