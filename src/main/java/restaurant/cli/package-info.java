/**
 * The command line only: parses the flags (picocli), loads the settings, runs the command asked
 * for and turns its outcome into output and an exit code; and the cluster demo, which starts
 * the floor nodes as child JVMs and streams their output. The top of the dependency graph.
 */
package restaurant.cli;
