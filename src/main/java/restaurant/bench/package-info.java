/**
 * Benchmark-only code: the bench grid and its rows, the heap cost of idle waiters, the side-by-side
 * comparison of the three designs, and the meter of CPU, threads and heap they report. Nothing
 * outside {@code restaurant.cli} uses it.
 */
package restaurant.bench;
