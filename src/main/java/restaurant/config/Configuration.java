package restaurant.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The whole configuration of a run, highest first: command-line flags, JVM -D properties, the
 * config file (conf/application.conf unless --config names another), the restaurant's Akka
 * tuning, the built-in defaults (reference.conf).
 */
public final class Configuration {
  public static final Path DEFAULT_FILE = Path.of("conf", "application.conf");
  /** A settings file, not a data file: anything bigger is a mistake. */
  static final long MAX_CONFIG_BYTES = 1_000_000;
  /** The restaurant's Akka tuning: logging through SLF4J, the precise scheduler, the dispatcher. */
  static final String AKKA_DEFAULTS = "restaurant/akka.conf";

  private Configuration() {}

  /**
   * @param configFile the file --config names, or null for conf/application.conf
   * @param overrides  config keys set on the command line, each value with its flag as origin
   */
  public static Config load(Path configFile, Map<String, ConfigValue> overrides) {
    Config flags = ConfigFactory.empty();
    for (Map.Entry<String, ConfigValue> override : overrides.entrySet()) {
      flags = flags.withValue(override.getKey(), override.getValue());
    }
    Config file = file(configFile);
    Config defaults = ConfigFactory.defaultReference();
    if (file.hasPath(Settings.MENU)) {
      // A menu in the file is the whole menu: merged with the default one, a file that lists
      // only pizza would still sell burgers.
      defaults = defaults.withoutPath(Settings.MENU);
    }
    return flags
        .withFallback(ConfigFactory.systemProperties())
        .withFallback(file)
        .withFallback(ConfigFactory.parseResources(AKKA_DEFAULTS))
        .withFallback(defaults)
        .resolve();
  }

  private static Config file(Path named) {
    if (named == null && !Files.exists(DEFAULT_FILE)) {
      return ConfigFactory.empty(); // run outside the project root: the built-in defaults apply
    }
    Path file = named != null ? named : DEFAULT_FILE;
    String text = InputFiles.readUtf8(file, "config file", MAX_CONFIG_BYTES);
    String name = file.getFileName().toString();
    ConfigSyntax syntax = name.endsWith(".json") ? ConfigSyntax.JSON
        : name.endsWith(".properties") ? ConfigSyntax.PROPERTIES : ConfigSyntax.CONF;
    return ConfigFactory.parseString(text,
        ConfigParseOptions.defaults().setSyntax(syntax).setOriginDescription(file.toString()));
  }
}
