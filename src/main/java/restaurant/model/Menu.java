package restaurant.model;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the kitchen can make, how long each product takes (in simulated time) and its price. */
public final class Menu {
  private final Map<String, Duration> preparationTimes;
  private final Map<String, Long> priceCents;
  /** Only the products whose time is not fixed. */
  private final Map<String, Distribution> distributions;
  /** The preparation times in seconds, hashed: looked up for every product of a million orders. */
  private final Map<String, Double> seconds = new HashMap<>();

  /** A menu where everything is free. */
  public Menu(Map<String, Duration> preparationTimes) {
    this(preparationTimes, Map.of());
  }

  /** @param priceCents price of each product in cents (hundredths); a product not in it is free */
  public Menu(Map<String, Duration> preparationTimes, Map<String, Long> priceCents) {
    this(preparationTimes, priceCents, Map.of());
  }

  /** @param distributions how each product's time varies; a product not in it always takes its time */
  public Menu(Map<String, Duration> preparationTimes, Map<String, Long> priceCents,
      Map<String, Distribution> distributions) {
    if (preparationTimes.isEmpty()) {
      throw new IllegalArgumentException("a menu needs at least one product");
    }
    this.preparationTimes = Collections.unmodifiableMap(new TreeMap<>(preparationTimes));
    this.priceCents = Map.copyOf(priceCents);
    Map<String, Distribution> varying = new HashMap<>(distributions);
    varying.values().removeIf(distribution -> distribution == Distribution.FIXED);
    this.distributions = Map.copyOf(varying);
    preparationTimes.forEach((product, time) -> seconds.put(product, Seconds.of(time)));
  }

  /** The price of a product, in cents: money stays exact in whole numbers. */
  public long priceCents(String product) {
    return priceCents.getOrDefault(product, 0L);
  }

  /** The price of an order: its products' prices added up, in cents. */
  public long priceCents(Order order) {
    List<String> products = order.products();
    long total = 0;
    for (int i = 0; i < products.size(); i++) { // no iterator: called for every order of a run
      total += priceCents(products.get(i));
    }
    return total;
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

  /** The preparation time of a product on the menu, in seconds. */
  public double seconds(String product) {
    Double time = seconds.get(product);
    if (time == null) {
      throw new IllegalArgumentException("not on the menu: " + product);
    }
    return time;
  }

  /**
   * The first preparation of the order's {@code item}, in simulated nanoseconds: its time, or
   * for a product whose time varies, the time drawn for it from the seed (see
   * {@link Distribution#nanos(long, long, int, int, int)}), as the kitchen cooks it.
   */
  public long firstPreparationNanos(Order order, int item, long seed) {
    String product = order.products().get(item);
    return distribution(product).nanos(preparationTime(product).toNanos(), seed, order.id(), item, 0);
  }

  /** How the product's time varies: fixed, or drawn around its time as a mean. */
  public Distribution distribution(String product) {
    return distributions.getOrDefault(product, Distribution.FIXED);
  }

  public Set<String> products() {
    return preparationTimes.keySet();
  }

  /** "beer 1.2 s, burger 7.5 s, ...": for logs and for error messages that list what is allowed. */
  public String describe() {
    return preparationTimes.entrySet().stream()
        .map(e -> e.getKey() + " " + Seconds.format(e.getValue()) + " s"
            + (distribution(e.getKey()) == Distribution.FIXED ? "" : " (" + distribution(e.getKey()) + ")"))
        .collect(Collectors.joining(", "));
  }
}
