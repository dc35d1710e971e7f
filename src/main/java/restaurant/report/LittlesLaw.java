package restaurant.report;

/**
 * Little's law, L = λW, checked on the run: the orders in the restaurant on average over time
 * (arrived, not yet dispatched or failed), measured as the run went, beside the arrival rate times
 * the mean time an order spent inside. Over a window that starts and ends empty they are equal.
 *
 * @param arrivalsPerHour     λ: orders that arrived in the window, per hour
 * @param meanSecondsInside   W: arrival to dispatched or failed, on average
 * @param predicted           λW
 * @param measured            L, time-weighted over the window
 */
public record LittlesLaw(double arrivalsPerHour, double meanSecondsInside, double predicted, double measured) {}
