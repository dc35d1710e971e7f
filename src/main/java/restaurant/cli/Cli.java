package restaurant.cli;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Properties;
import restaurant.actors.ActorRestaurant;
import restaurant.domain.BadInputException;
import restaurant.domain.InputFiles;
import restaurant.domain.Json;
import restaurant.domain.ReportPrinter;
import restaurant.domain.RunReport;
import restaurant.domain.Settings;

/** The command line, end to end: flags and config in, a run, the report out, an exit code. */
public final class Cli {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int BAD_INPUT = 2;

  private Cli() {}

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
      config = Configuration.load(commandLine);
      settings = Settings.from(config);
      if (commandLine.ordersFile() != null) {
        settings = settings.withOrders(Json.readOrders(commandLine.ordersFile(), settings.menu()));
      }
      if (commandLine.reportFile() != null) {
        InputFiles.checkWritable(commandLine.reportFile(), "report file");
      }
    } catch (BadInputException | ConfigException e) {
      err.println("restaurant: " + oneLine(e.getMessage()));
      return BAD_INPUT;
    }

    RunReport report = ActorRestaurant.run(settings, config);
    ReportPrinter.print(report, out);
    if (commandLine.reportFile() != null) {
      try {
        Json.write(report, commandLine.reportFile());
      } catch (IOException e) {
        err.println("restaurant: report file " + commandLine.reportFile() + ": " + oneLine(e.getMessage()));
        return FAILED;
      }
    }
    return OK;
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
