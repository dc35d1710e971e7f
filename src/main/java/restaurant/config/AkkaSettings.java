package restaurant.config;

import com.typesafe.config.Config;
import java.util.List;
import java.util.Locale;

/**
 * Akka's own settings the restaurant checks before anything starts, where Akka would take a bad
 * value quietly or fail with a message that names nothing. What only starting Akka can tell is
 * checked when it starts.
 */
public final class AkkaSettings {
  private static final List<String> LOG_LEVELS = List.of("off", "error", "warning", "info", "debug");

  private AkkaSettings() {}

  /**
   * The log levels (Akka would only complain about a bad one on stdout, and go on), the
   * dispatchers' thread counts, and no exit of the JVM before the report is printed.
   */
  public static void check(Config config) {
    for (String key : List.of("akka.loglevel", "akka.stdout-loglevel")) {
      String level = config.getString(key);
      if (!LOG_LEVELS.contains(level.toLowerCase(Locale.ROOT))) {
        throw new BadInputException(key + " = \"" + level + "\" (" + config.getValue(key).origin().description()
            + ") must be one of " + String.join(", ", LOG_LEVELS));
      }
    }
    checkThreadCounts(config);
    if (config.getBoolean("akka.coordinated-shutdown.exit-jvm")) {
      throw new BadInputException("akka.coordinated-shutdown.exit-jvm = on ("
          + config.getValue("akka.coordinated-shutdown.exit-jvm").origin().description() + ") would end the JVM "
          + "before the report is printed; the restaurant ends its own JVM: leave it off");
    }
  }

  /**
   * The thread counts of the dispatchers the restaurant runs on: Akka would only fail on a count
   * below 1 with an IllegalArgumentException that names nothing, and on a virtual clock, which
   * has its own thread, not at all.
   */
  private static void checkThreadCounts(Config config) {
    for (String dispatcher : List.of("akka.actor.default-dispatcher", "akka.actor.internal-dispatcher")) {
      for (String count : List.of("parallelism-min", "parallelism-max")) {
        String key = dispatcher + ".fork-join-executor." + count;
        if (config.hasPath(key) && config.getInt(key) < 1) {
          throw new BadInputException(key + " = " + config.getInt(key) + " (" + config.getValue(key).origin()
              .description() + ") must be at least 1");
        }
      }
      String factor = dispatcher + ".fork-join-executor.parallelism-factor";
      if (config.hasPath(factor) && !(config.getDouble(factor) > 0)) {
        throw new BadInputException(factor + " = " + config.getValue(factor).unwrapped() + " ("
            + config.getValue(factor).origin().description() + ") must be above 0");
      }
    }
  }
}
