/**
 * Capacity planning: the {@code sweep} command's engine. It runs the actors on the virtual clock
 * for every staffing in a range, a few replications each, and finds the smallest staff that meets
 * a latency target with 95% confidence ({@link restaurant.plan.Sweep}); what it tries, read from the
 * command's flags ({@link restaurant.plan.SweepRequest}). Above the actors and the report, below the
 * command line.
 */
package restaurant.plan;
