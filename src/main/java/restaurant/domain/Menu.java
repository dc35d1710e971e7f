package restaurant.domain;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the kitchen can make and how long each product takes, in simulated time. */
public final class Menu {
  private final Map<String, Duration> preparationTimes;

  public Menu(Map<String, Duration> preparationTimes) {
    if (preparationTimes.isEmpty()) {
      throw new IllegalArgumentException("a menu needs at least one product");
    }
    this.preparationTimes = Collections.unmodifiableMap(new TreeMap<>(preparationTimes));
  }

  public boolean has(String product) {
    return preparationTimes.containsKey(product);
  }

  /** The preparation time of a product on the menu. */
  public Duration preparationTime(String product) {
    Duration time = preparationTimes.get(product);
    if (time == null) {
      throw new IllegalArgumentException("not on the menu: " + product);
    }
    return time;
  }

  public Set<String> products() {
    return preparationTimes.keySet();
  }

  /** "beer 1.2 s, burger 7.5 s, ...": for logs and for error messages that list what is allowed. */
  public String describe() {
    return preparationTimes.entrySet().stream()
        .map(e -> e.getKey() + " " + Seconds.format(e.getValue()) + " s")
        .collect(Collectors.joining(", "));
  }
}
