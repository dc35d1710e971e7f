package restaurant.cli;

import com.typesafe.config.ConfigValue;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import restaurant.config.BadInputException;
import restaurant.config.FlagValues;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.model.Workloads;
import restaurant.plan.SweepRequest;

/**
 * The options every command takes: where the orders and the configuration come from, and
 * --quiet; with the flags of {@link ConfigFlag}'s table, which set config keys.
 */
final class RunOptions {
  /** The command these options are mixed into, whose parse gives the keys the flags set. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--orders", paramLabel = "FILE", description = "serve the orders in FILE, JSON lists"
      + " of product names such as [[\"burger\",\"soda\"],[\"beer\"]]; replaces " + Settings.ORDERS)
  Path ordersFile;

  @Option(names = "--generate", paramLabel = "N", converter = Count.class, description = "serve N generated"
      + " orders (1 to 10000000) of 1 to 4 products each, drawn from the menu; replaces " + Settings.ORDERS)
  Integer generate;

  @Option(names = "--dump-orders", paramLabel = "FILE", description = "write the orders (configured, --orders"
      + " or --generate) to FILE in the --orders format, and exit without running")
  Path dumpOrdersFile;

  @Option(names = "--config", paramLabel = "FILE", description = "read FILE instead of conf/application.conf"
      + " (HOCON; .json and .properties work too)")
  Path configFile;

  @Option(names = "--quiet", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
      description = "drop the per-event lines (console and file log); summaries and the report still print")
  boolean quiet;

  /** What a command that runs one day and reports it asks for: run, node and cluster. */
  Options options(Options.Command command, Mode mode, ReportFiles files) {
    return options(command, mode, files.report, files.trace, files.html, null, null);
  }

  /** @param sweep what sweep tries, or null for the other commands */
  Options options(Options.Command command, Mode mode, Path reportFile, Path traceFile, Path htmlFile,
      Integer idleWaiters, SweepRequest sweep) {
    Map<String, ConfigValue> overrides = ConfigFlag.overrides(spec.commandLine().getParseResult());
    if (ordersFile != null && generate != null) {
      throw new BadInputException("--orders and --generate both replace the orders: give one of them");
    }
    return new Options(command, mode, configFile, ordersFile, generate, dumpOrdersFile, reportFile, traceFile,
        htmlFile, quiet, idleWaiters, Map.copyOf(overrides), sweep, null);
  }

  /**
   * --generate and --idle-waiters: a count from 1 to the most orders --generate makes, written in
   * ASCII digits (Integer.parseInt also takes other scripts' digits).
   */
  static final class Count implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      try {
        if (!FlagValues.isPlainNumber(text.trim())) {
          throw new NumberFormatException(text);
        }
        int n = Integer.parseInt(text.trim());
        if (n >= 1 && n <= Workloads.MAX_GENERATED_ORDERS) {
          return n;
        }
      } catch (NumberFormatException e) {
        // falls through to the message below
      }
      throw new TypeConversionException("must be a whole number from 1 to " + Workloads.MAX_GENERATED_ORDERS);
    }
  }
}
