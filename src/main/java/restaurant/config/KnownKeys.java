package restaurant.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses keys nothing reads: a typo such as {@code waitres = 3} would otherwise be ignored, and
 * the run would quietly use the default. Under {@code restaurant} every key must be one the
 * restaurant reads; a config file may hold only {@code restaurant} and {@code akka} at its top;
 * under {@code akka} a file's keys must be Akka's own, as its reference configuration lists them.
 */
final class KnownKeys {
  /** What a config file may hold at its top. */
  static final List<String> TOP_LEVEL = List.of("restaurant", "akka");
  /** Keys longer than this are not compared with the known ones. */
  private static final int LONGEST_GUESSED = 200;

  private KnownKeys() {}

  static void check(Config config, Collection<String> known) {
    if (!config.hasPath("restaurant")) {
      return;
    }
    for (Map.Entry<String, ConfigValue> entry : config.getConfig("restaurant").entrySet()) {
      String key = "restaurant." + entry.getKey();
      if (key.startsWith(Settings.MENU + ".") || key.startsWith(Settings.STATIONS + ".") || known.contains(key)) {
        continue; // menu entries are products, checked by MenuReader; stations by StationsReader
      }
      throw new BadInputException(BadInputException.shown(key) + " (" + entry.getValue().origin().description()
          + ") is not a setting of the restaurant; " + suggestion(key, known));
    }
  }

  /**
   * The keys of a config file (not of JVM properties, which hold much else): at its top only
   * {@code restaurant} and {@code akka}, and under {@code akka} only what Akka knows.
   *
   * @param restaurantKeys every key the restaurant reads, for "did you mean restaurant.waiters?"
   */
  static void checkFile(Config file, Collection<String> restaurantKeys) {
    for (Map.Entry<String, ConfigValue> entry : file.root().entrySet()) {
      String key = entry.getKey();
      if (TOP_LEVEL.contains(key)) {
        continue;
      }
      String underRestaurant = "restaurant." + key;
      String hint = restaurantKeys.stream()
          .filter(known -> known.equals(underRestaurant) || known.startsWith(underRestaurant + "."))
          .findFirst().map(known -> "the restaurant's settings go under restaurant: did you mean " + underRestaurant
              + "?")
          .or(() -> closest(key, TOP_LEVEL).map(closest -> "did you mean " + closest + "?"))
          .orElse("a config file holds restaurant { ... } and akka { ... }");
      throw new BadInputException(BadInputException.shown(key) + " (" + entry.getValue().origin().description()
          + ") is not a setting at the top of a config file; " + hint);
    }
    ConfigValue akka = file.root().get("akka");
    if (akka != null && isObject(akka)) {
      checkAkka((ConfigObject) akka, ConfigFactory.defaultReference().getObject("akka"),
          new ArrayList<>(List.of("akka")));
    }
  }

  /**
   * Each key of {@code file} must be in {@code reference} (Akka's reference configuration at the
   * same path), but for open sections: what the reference leaves empty ({@code {}}) or fills
   * with sections only (akka.actor.deployment, akka.coordinated-shutdown.phases), where users add
   * their own names.
   */
  private static void checkAkka(ConfigObject file, ConfigObject reference, List<String> path) {
    boolean open = reference.isEmpty()
        || reference.values().stream().allMatch(child -> child.valueType() == ConfigValueType.OBJECT);
    for (Map.Entry<String, ConfigValue> entry : file.entrySet()) {
      ConfigValue known = reference.get(entry.getKey());
      path.add(entry.getKey());
      if (known == null && !open) {
        List<String> siblings = new ArrayList<>();
        for (String sibling : reference.keySet()) {
          List<String> siblingPath = new ArrayList<>(path.subList(0, path.size() - 1));
          siblingPath.add(sibling);
          siblings.add(ConfigUtil.joinPath(siblingPath));
        }
        String key = ConfigUtil.joinPath(path);
        throw new BadInputException(BadInputException.shown(key) + " (" + entry.getValue().origin().description()
            + ") is not one of Akka's settings; " + closest(key, siblings).map(closest -> "did you mean " + closest + "?")
            .orElse("Akka's reference configuration has no such key under " + ConfigUtil.joinPath(
                path.subList(0, path.size() - 1))));
      }
      if (known != null && known.valueType() == ConfigValueType.OBJECT && isObject(entry.getValue())) {
        checkAkka((ConfigObject) entry.getValue(), (ConfigObject) known, path);
      }
      path.remove(path.size() - 1);
    }
  }

  /** Whether a value is a section; a substitution not resolved yet (${?LEVEL}) is not. */
  private static boolean isObject(ConfigValue value) {
    try {
      return value.valueType() == ConfigValueType.OBJECT;
    } catch (ConfigException.NotResolved e) {
      return false;
    }
  }

  /** "did you mean X?" when one known key is close, else the list of them all. */
  static String suggestion(String key, Collection<String> known) {
    return closest(key, known).map(closest -> "did you mean " + closest + "?")
        .orElse("the settings are " + String.join(", ", known));
  }

  /** The known key a typo most likely meant, if one is close enough. */
  static Optional<String> closest(String key, Collection<String> known) {
    if (key.length() > LONGEST_GUESSED) {
      return Optional.empty(); // no typo of a setting is that long
    }
    String closest = null;
    int best = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = editDistance(key.toLowerCase(Locale.ROOT), candidate);
      if (distance < best) {
        best = distance;
        closest = candidate;
      }
    }
    int lastPart = key.length() - key.lastIndexOf('.') - 1;
    return closest != null && best <= Math.max(2, lastPart / 3) ? Optional.of(closest) : Optional.empty();
  }

  /** Levenshtein distance: insertions, deletions and substitutions, one each. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
