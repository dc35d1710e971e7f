package restaurant.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigIncludeContext;
import com.typesafe.config.ConfigIncluder;
import com.typesafe.config.ConfigIncluderFile;
import com.typesafe.config.ConfigIncluderURL;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole configuration of a run, highest first: command-line flags, JVM -D properties, the
 * config file (conf/application.conf unless --config names another), the restaurant's Akka
 * tuning, the built-in defaults (reference.conf).
 */
public final class Configuration {
  public static final Path DEFAULT_FILE = Path.of("conf", "application.conf");
  /** A settings file, not a data file: anything bigger is a mistake. Also the most a file and its includes hold. */
  static final long MAX_CONFIG_BYTES = 1_000_000;
  /** The restaurant's Akka tuning: logging through SLF4J, the precise scheduler, the dispatcher. */
  static final String AKKA_DEFAULTS = "restaurant/akka.conf";
  static final String CLUSTER_DEFAULTS = "restaurant/cluster.conf";

  private Configuration() {}

  /**
   * @param configFile the file --config names, or null for conf/application.conf
   * @param overrides  config keys set on the command line, each value with its flag as origin
   */
  public static Config load(Path configFile, Map<String, ConfigValue> overrides) {
    return load(configFile, overrides, new ArrayList<>());
  }

  /** @param filesRead gets every config file read: the one named and the files it includes */
  public static Config load(Path configFile, Map<String, ConfigValue> overrides, List<Path> filesRead) {
    return load(configFile, overrides, filesRead, false);
  }

  /**
   * @param cluster with Akka Cluster's settings ({@value #CLUSTER_DEFAULTS}) below the file and
   *     above Akka's: for the node and cluster commands
   */
  public static Config load(Path configFile, Map<String, ConfigValue> overrides, List<Path> filesRead,
      boolean cluster) {
    try {
      Config flags = ConfigFactory.empty();
      for (Map.Entry<String, ConfigValue> override : overrides.entrySet()) {
        flags = flags.withValue(override.getKey(), override.getValue());
      }
      Config file = file(configFile, filesRead);
      Config defaults = ConfigFactory.defaultReference();
      if (file.hasPath(Settings.MENU)) {
        // A menu in the file is the whole menu: merged with the default one, a file that lists
        // only pizza would still sell burgers.
        defaults = defaults.withoutPath(Settings.MENU);
      }
      return flags
          .withFallback(ConfigFactory.systemProperties())
          .withFallback(file)
          .withFallback(cluster ? ConfigFactory.parseResources(CLUSTER_DEFAULTS) : ConfigFactory.empty())
          .withFallback(ConfigFactory.parseResources(AKKA_DEFAULTS))
          .withFallback(defaults)
          .resolve();
    } catch (ConfigException e) { // malformed HOCON, a substitution to nothing: one line, its file and line
      throw new BadInputException(e.getMessage());
    }
  }

  /** The file named, or conf/application.conf if there is one: checked, parsed, its keys known. */
  private static Config file(Path named, List<Path> filesRead) {
    if (named == null && !Files.exists(DEFAULT_FILE)) {
      return ConfigFactory.empty(); // run outside the project root: the built-in defaults apply
    }
    Path file = named != null ? named : DEFAULT_FILE;
    Config config = new Includes(file, List.of(), new long[] {MAX_CONFIG_BYTES}, filesRead).parse(file);
    Config keys;
    try { // the keys as written; substitutions from other layers are resolved later
      keys = config.resolve(ConfigResolveOptions.defaults().setAllowUnresolved(true));
    } catch (ConfigException e) {
      return config; // resolve() in load() says what is wrong
    }
    KnownKeys.checkFile(keys, Settings.KEYS);
    return config;
  }

  /**
   * HOCON's includes, relative to the file that includes them, as HOCON users expect
   * ({@code include "menu.conf"} beside conf/application.conf is conf/menu.conf, whatever the
   * working folder): every included file checked like the config file itself (a regular file,
   * UTF-8, at most {@link #MAX_CONFIG_BYTES} for the file and its includes together), a cycle of
   * includes refused, and a missing {@code include required(...)} named in one line. An include
   * that is not required and finds no file includes nothing, as in HOCON. classpath() and url()
   * includes are HOCON's own.
   */
  private static final class Includes implements ConfigIncluder, ConfigIncluderFile, ConfigIncluderURL {
    /** The file whose includes these are. */
    private final Path including;
    /** The files that include it, outermost first: one of them included again is a cycle. */
    private final List<Path> chain;
    /** Bytes left for the file and everything it includes, shared by every file of one load. */
    private final long[] bytesLeft;
    private final List<Path> filesRead;

    Includes(Path including, List<Path> chain, long[] bytesLeft, List<Path> filesRead) {
      this.filesRead = filesRead;
      this.including = including;
      this.chain = chain;
      this.bytesLeft = bytesLeft;
    }

    /** A config file: checked, read, parsed in the syntax its name says, its own includes beside it. */
    Config parse(Path file) {
      String text = InputFiles.readUtf8(file, "config file", MAX_CONFIG_BYTES);
      filesRead.add(file);
      bytesLeft[0] -= text.length();
      if (bytesLeft[0] < 0) {
        Path first = chain.isEmpty() ? file : chain.get(0);
        throw new BadInputException("config file " + first + ": with what it includes (" + file + " last), more than "
            + MAX_CONFIG_BYTES / 1_000_000 + " MB of settings; a config file and its includes may hold at most "
            + MAX_CONFIG_BYTES / 1_000_000 + " MB together");
      }
      String name = file.getFileName().toString();
      ConfigSyntax syntax = name.endsWith(".json") ? ConfigSyntax.JSON
          : name.endsWith(".properties") ? ConfigSyntax.PROPERTIES : ConfigSyntax.CONF;
      List<Path> withThisOne = new ArrayList<>(chain);
      withThisOne.add(file);
      return ConfigFactory.parseString(text, ConfigParseOptions.defaults().setSyntax(syntax)
          .setOriginDescription(file.toString()).setIncluder(new Includes(file, withThisOne, bytesLeft, filesRead)));
    }

    /** Needs none: HOCON's own includer still serves classpath(), which this one leaves alone. */
    @Override
    public ConfigIncluder withFallback(ConfigIncluder fallback) {
      return this;
    }

    /** {@code include "menu"}: menu.conf, menu.json and menu.properties beside this file, as HOCON merges them. */
    @Override
    public ConfigObject include(ConfigIncludeContext context, String what) {
      String shown = "\"" + what + "\"";
      Path named = besideThisFile(what, shown);
      if (named.getFileName() != null && named.getFileName().toString().contains(".")) {
        return includeFile(context, named, shown);
      }
      Config merged = ConfigFactory.empty();
      boolean found = false;
      for (String extension : new String[] {".conf", ".json", ".properties"}) {
        Path candidate = named.resolveSibling(named.getFileName() + extension);
        if (!Files.exists(candidate)) {
          filesRead.add(candidate); // no output may become it: the next load would read it
        } else {
          merged = merged.withFallback(parseIncluded(candidate));
          found = true;
        }
      }
      if (!found) {
        return missing(context, named + ".conf, .json or .properties", shown);
      }
      return merged.root();
    }

    /**
     * {@code include url("file:///etc/menu.conf")} is a file like any other, checked and kept
     * among the files read (no output may replace it); any other URL is HOCON's to read.
     */
    @Override
    public ConfigObject includeURL(ConfigIncludeContext context, URL what) {
      if (!"file".equals(what.getProtocol())) {
        return ConfigFactory.parseURL(what, context.parseOptions()).root();
      }
      String shown = "url(\"" + what + "\")";
      try {
        return includeFile(context, Path.of(what.toURI()), shown);
      } catch (URISyntaxException | IllegalArgumentException e) {
        throw new BadInputException("config file " + including + ": include " + BadInputException.shown(shown)
            + " names no possible file");
      }
    }

    /** {@code include file("menu.conf")}: relative to this file's folder too. */
    @Override
    public ConfigObject includeFile(ConfigIncludeContext context, File what) {
      String shown = "file(\"" + what + "\")";
      return includeFile(context, besideThisFile(what.getPath(), shown), shown);
    }

    private ConfigObject includeFile(ConfigIncludeContext context, Path file, String shown) {
      if (!Files.exists(file)) {
        return missing(context, file.toString(), shown);
      }
      return parseIncluded(file).root();
    }

    /** @param shown what the include says, e.g. {@code "menu.conf"} or {@code file("menu.conf")} */
    private Path besideThisFile(String what, String shown) {
      try {
        Path named = Path.of(what);
        Path folder = including.getParent();
        return named.isAbsolute() || folder == null ? named : folder.resolve(named);
      } catch (InvalidPathException e) {
        throw new BadInputException("config file " + including + ": include " + BadInputException.shown(shown)
            + " names no possible file: " + e.getReason());
      }
    }

    private Config parseIncluded(Path file) {
      if (sameFile(including, file)) {
        throw new BadInputException("config file " + including + " includes itself");
      }
      for (Path outer : chain) {
        if (sameFile(outer, file)) {
          throw new BadInputException("config file " + including + " includes " + file + ", which already includes it:"
              + " a cycle of includes");
        }
      }
      return parse(file);
    }

    private ConfigObject missing(ConfigIncludeContext context, String looked, String shown) {
      if (context.parseOptions().getAllowMissing()) {
        return ConfigFactory.empty().root(); // HOCON: an include that is not required may find nothing
      }
      throw new BadInputException("config file " + including + ": include required(" + BadInputException.shown(shown)
          + ") finds no file " + looked + " (includes are looked for beside the file that includes them)");
    }

    private static boolean sameFile(Path a, Path b) {
      try {
        return Files.isSameFile(a, b);
      } catch (IOException e) {
        return false;
      }
    }
  }
}
