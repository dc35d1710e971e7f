package restaurant.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.MarkerFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Properties;
import org.slf4j.LoggerFactory;
import restaurant.bench.Bench;
import restaurant.bench.Comparison;
import restaurant.config.BadInputException;
import restaurant.config.Configuration;
import restaurant.config.InputFiles;
import restaurant.config.OrdersFile;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.model.Workloads;
import restaurant.report.JsonWriter;
import restaurant.report.ReportPrinter;
import restaurant.report.RunReport;
import restaurant.report.ServiceEvents;

/** The command line, end to end: flags and config in, a run, the report out, an exit code. */
public final class Cli {
  public static final int OK = 0;
  /** Anything else, a broken invariant among it. */
  public static final int FAILED = 1;
  public static final int BAD_INPUT = 2;

  /** Set once a run has started, and so logging: bad input and --help leave logging untouched. */
  private static volatile boolean runStarted;

  private Cli() {}

  /** Whether a run started in this JVM, so there are logs to flush at exit. */
  public static boolean runStarted() {
    return runStarted;
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine commandLine;
    Config config;
    Settings settings;
    try {
      commandLine = CommandLine.parse(args);
      if (commandLine.help()) {
        out.print(CommandLine.USAGE);
        return OK;
      }
      if (commandLine.version()) {
        out.println("restaurant " + version());
        return OK;
      }
      config = Configuration.load(commandLine.configFile(), commandLine.overrides());
      settings = withOrders(Settings.from(config), commandLine);
      if (commandLine.dumpOrdersFile() != null) {
        InputFiles.checkWritable(commandLine.dumpOrdersFile(), "orders dump file");
        JsonWriter.writeOrders(settings.orders(), commandLine.dumpOrdersFile());
        out.println("wrote " + settings.orders().size() + " orders to " + commandLine.dumpOrdersFile());
        return OK;
      }
      if (commandLine.reportFile() != null) {
        InputFiles.checkWritable(commandLine.reportFile(), "report file");
      }
      for (Mode mode : commandLine.command() == CommandLine.Command.COMPARE ? Mode.values()
          : new Mode[] {commandLine.mode()}) {
        Runner.check(mode, settings);
      }
    } catch (BadInputException | ConfigException e) {
      err.println("restaurant: " + oneLine(e.getMessage()));
      return BAD_INPUT;
    } catch (IOException e) {
      err.println("restaurant: " + oneLine(e.getMessage()));
      return FAILED;
    }

    runStarted = true;
    MarkerFilter quiet = commandLine.quiet() ? dropEventLines() : null;
    try {
      switch (commandLine.command()) {
        case COMPARE -> Comparison.run(settings, mode -> Runner.run(mode, settings, config), out);
        case BENCH -> Bench.run(commandLine.idleWaiters(),
            commandLine.generate() != null || commandLine.ordersFile() != null, commandLine.configFile(), settings,
            config, out);
        case RUN -> {
          RunReport report = Runner.run(commandLine.mode(), settings, config);
          ReportPrinter.print(report, out);
          if (commandLine.reportFile() != null) {
            JsonWriter.write(report, commandLine.reportFile());
          }
          if (!report.invariantHolds()) {
            err.println("restaurant: the invariant is broken: " + String.join("; ", report.problems()));
            return FAILED;
          }
        }
      }
      return OK;
    } catch (IOException e) {
      err.println("restaurant: " + oneLine(e.getMessage()));
      return FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("restaurant: interrupted");
      return FAILED;
    } finally {
      if (quiet != null) {
        quiet.stop();
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList().remove(quiet);
      }
    }
  }

  /** --orders and --generate replace the configured orders. */
  private static Settings withOrders(Settings settings, CommandLine commandLine) {
    if (commandLine.ordersFile() != null) {
      return settings.withOrders(OrdersFile.read(commandLine.ordersFile(), settings.menu()));
    }
    if (commandLine.generate() != null) {
      return settings.withOrders(Workloads.generate(commandLine.generate(), settings.seed(), settings.menu()));
    }
    return settings;
  }

  /** --quiet: a turbo filter drops every line marked as a per-event line, before it is even formatted. */
  private static MarkerFilter dropEventLines() {
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    MarkerFilter filter = new MarkerFilter();
    filter.setMarker(ServiceEvents.EVENT.getName());
    filter.setOnMatch(FilterReply.DENY.name());
    filter.setContext(logging);
    filter.start();
    logging.addTurboFilter(filter);
    return filter;
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = Cli.class.getResourceAsStream("/restaurant/version.properties")) {
      properties.load(in);
    } catch (IOException | NullPointerException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replace('\n', ' ').strip();
  }
}
