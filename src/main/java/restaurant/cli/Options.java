package restaurant.cli;

import com.typesafe.config.ConfigValue;
import java.nio.file.Path;
import java.util.Map;
import restaurant.model.Mode;

/**
 * What the command line asks for, parsed (see {@link Commands}). Null stands for an option not
 * given.
 *
 * @param mode      the design a run uses; bench runs the actors, compare every mode
 * @param overrides the config keys set by flags, each with its flag as the origin
 */
record Options(
    Command command, Mode mode, Path configFile, Path ordersFile, Integer generate, Path dumpOrdersFile,
    Path reportFile, boolean quiet, Integer idleWaiters, Map<String, ConfigValue> overrides) {

  /** What to do: run one mode, compare the three, or benchmark the actors. */
  enum Command { RUN, COMPARE, BENCH }
}
