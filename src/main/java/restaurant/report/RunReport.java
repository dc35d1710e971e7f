package restaurant.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import restaurant.model.Pacing;
import restaurant.model.Mode;
import restaurant.model.Worker;

/**
 * The outcome of a run. Times are simulated seconds (wall time divided by the time-scale);
 * {@code wallMillis} is the makespan as it really passed on the wall clock; on a virtual clock, the
 * wall time the whole run took.
 *
 * @param clock               the clock the run was paced by
 * @param opensAt             on the virtual clock, the time of day the restaurant opens at
 *                            ("12:00:00"; restaurant.opens-at), which the logs and the page's time
 *                            axes count from; null on the real clock
 * @param deliverySeconds     what a waiter took to bring each order to its table (simulated)
 * @param makespanSeconds     first order handed out to the last one dispatched or given up
 * @param sequentialSeconds   one blocking waiter serving every order received in turn (the drawn times)
 * @param floorSeconds        the slowest dispatched order on its own: no run finishes below it
 * @param ordersReceived      the orders that came in (arrived) before the run ended
 * @param pending             received, neither dispatched nor failed: in flight or waiting at a stop
 * @param notArrived          the day's orders that had not arrived when the run ended: neither
 *                            received nor pending (a stopped run's later customers)
 * @param stopped             the run was stopped (SIGINT, SIGTERM) before every order was done
 * @param failure             the bug that ended the run early (an actor threw), or null
 * @param burntProducts       products the kitchen burnt
 * @param retries             burnt products ordered again
 * @param restarts            restarts after a crash, per role
 * @param takings             what the cashier's till holds
 * @param dispatchedValue     the prices of the dispatched orders, added up apart from the till
 * @param invariantHolds      received = dispatched + failed (+ pending if stopped), no order
 *                            dispatched twice, no product in the wrong order, till = dispatched value
 * @param problems            what broke the invariant, if anything
 * @param orders              each received order's line, for runs of up to {@link Ledger#LISTED_UP_TO}
 *                            orders; else none
 * @param products            the products of the orders received
 * @param waitersWhoServed    waiters who were handed at least one order
 * @param lostNodes           in a cluster, the floor nodes lost during the run; empty in one JVM
 * @param service             the service's statistics: latency, waits, utilisation, stations
 * @param timerLateness       on the real clock, how late the timers fired and whether the times
 *                            above can be trusted; null on the virtual clock, where none is late
 */
public record RunReport(
    Mode mode,
    Pacing.Kind clock,
    String opensAt,
    int waiters,
    int maxOpenOrders,
    double timeScale,
    double deliverySeconds,
    double makespanSeconds,
    double wallMillis,
    double sequentialSeconds,
    double floorSeconds,
    int ordersReceived,
    int dispatched,
    int failed,
    int pending,
    int notArrived,
    boolean stopped,
    String failure,
    long burntProducts,
    long retries,
    Map<Worker, Integer> restarts,
    BigDecimal takings,
    BigDecimal dispatchedValue,
    boolean invariantHolds,
    List<String> problems,
    List<ServedOrder> orders,
    long products,
    int waitersWhoServed,
    List<LostNode> lostNodes,
    @JsonUnwrapped ServiceReport service,
    TimerLateness timerLateness) {

  public RunReport {
    // The ledger's view is immutable already; copied, it would make every record at once.
    orders = orders instanceof ServedOrders ? orders : List.copyOf(orders);
  }

  /** The same report with {@code wallMillis} the wall time the whole run took: for a virtual run. */
  public RunReport withWallMillis(double millis) {
    return new RunReport(mode, clock, opensAt, waiters, maxOpenOrders, timeScale, deliverySeconds, makespanSeconds, millis,
        sequentialSeconds, floorSeconds, ordersReceived, dispatched, failed, pending, notArrived, stopped, failure,
        burntProducts, retries, restarts, takings, dispatchedValue, invariantHolds, problems, orders, products, waitersWhoServed, lostNodes, service,
        timerLateness);
  }

  /** The same report with the kitchen stations' statistics, which the kitchen keeps. */
  public RunReport withStations(List<StationReport> stations) {
    return new RunReport(mode, clock, opensAt, waiters, maxOpenOrders, timeScale, deliverySeconds, makespanSeconds, wallMillis,
        sequentialSeconds, floorSeconds, ordersReceived, dispatched, failed, pending, notArrived, stopped, failure,
        burntProducts, retries, restarts, takings, dispatchedValue, invariantHolds, problems, orders, products,
        waitersWhoServed, lostNodes, service.withStations(stations), timerLateness);
  }

  /** The same report with how late its timers fired: on the real clock. */
  public RunReport withTimerLateness(TimerLateness lateness) {
    return new RunReport(mode, clock, opensAt, waiters, maxOpenOrders, timeScale, deliverySeconds, makespanSeconds, wallMillis,
        sequentialSeconds, floorSeconds, ordersReceived, dispatched, failed, pending, notArrived, stopped, failure,
        burntProducts, retries, restarts, takings, dispatchedValue, invariantHolds, problems, orders, products,
        waitersWhoServed, lostNodes, service, lateness);
  }

  /**
   * How many times faster than one blocking waiter serving every order in turn; null unless every
   * order of the day was dispatched (a failed order was given up before its time, a pending one not
   * done) and the makespan is above 0.
   */
  public Double speedUp() {
    return dispatched == ordersReceived + notArrived && notArrived == 0 && makespanSeconds > 0
        ? sequentialSeconds / makespanSeconds : null;
  }
}
