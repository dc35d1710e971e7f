package restaurant.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses keys under {@code restaurant} that the restaurant does not read: a typo such as
 * {@code waitres = 3} would otherwise be ignored, and the run would quietly use the default.
 */
final class KnownKeys {
  private KnownKeys() {}

  static void check(Config config, Collection<String> known) {
    if (!config.hasPath("restaurant")) {
      return;
    }
    for (Map.Entry<String, ConfigValue> entry : config.getConfig("restaurant").entrySet()) {
      String key = "restaurant." + entry.getKey();
      if (key.startsWith(Settings.MENU + ".") || known.contains(key)) {
        continue; // menu entries are products, checked by MenuReader
      }
      throw new BadInputException(key + " (" + entry.getValue().origin().description()
          + ") is not a setting of the restaurant; " + suggestion(key, known));
    }
  }

  /** "did you mean X?" when one known key is close, else the list of them all. */
  static String suggestion(String key, Collection<String> known) {
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
    if (closest != null && best <= Math.max(2, lastPart / 3)) {
      return "did you mean " + closest + "?";
    }
    return "the settings are " + String.join(", ", known);
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
