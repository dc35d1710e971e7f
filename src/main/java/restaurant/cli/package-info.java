/**
 * The command line only: parses the flags (picocli), loads the settings, runs the command asked
 * for and turns its outcome into output and an exit code. The top of the dependency graph.
 *
 * <ul>
 *   <li>{@link restaurant.cli.Cli}: the entry point Main calls; the top command and its --help,
 *       the start of a run (the log file, --quiet, how long a stop may take) and the exit code of
 *       a failure. {@link restaurant.cli.UsageError} says what picocli found wrong, in one line.
 *   <li>One class per command, each a {@link restaurant.cli.RestaurantCommand} (a picocli
 *       Callable: its options, its checks, its run and its exit code): {@link
 *       restaurant.cli.RunCommand}, {@link restaurant.cli.CompareCommand}, {@link
 *       restaurant.cli.BenchCommand}, {@link restaurant.cli.SweepCommand}, {@link
 *       restaurant.cli.NodeCommand}, {@link restaurant.cli.ClusterCommand}.
 *   <li>The options more than one command takes: the mixins {@link restaurant.cli.RunOptions}
 *       (orders, config, --quiet) and {@link restaurant.cli.ReportFiles} (--report, --html,
 *       --trace), and {@link restaurant.cli.ConfigFlag}, the one table of the flags that set a
 *       config key.
 *   <li>What a command asked for, parsed and checked: {@link restaurant.cli.Options} (and its
 *       files), {@link restaurant.plan.SweepRequest}, {@link restaurant.cli.ClusterRequest}.
 *   <li>{@link restaurant.cli.OutputKind}: the output files, the one rule for replacing one that
 *       exists and the one way each is written.
 *   <li>{@link restaurant.cli.Runner} runs one design; {@link restaurant.cli.ClusterDemo} starts
 *       the floor nodes as child JVMs and streams their output; {@link restaurant.cli.LogFile}
 *       picks the log file.
 * </ul>
 */
package restaurant.cli;
