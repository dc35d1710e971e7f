package restaurant.domain;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a run needs, read once from the {@code restaurant} section of the configuration and
 * checked: every mode and every entry point gets its settings here.
 */
public record Settings(
    int waiters, int maxOpenOrders, double timeScale, long seed, Menu menu, List<Order> orders) {
  public static final String WAITERS = "restaurant.waiters";
  public static final String MAX_OPEN_ORDERS = "restaurant.waiter.max-open-orders";
  public static final String TIME_SCALE = "restaurant.time-scale";
  public static final String MENU = "restaurant.menu";
  public static final String ORDERS = "restaurant.orders";
  public static final String SEED = "restaurant.seed";

  static final int MAX_WAITERS = 1_000_000;
  static final int MAX_OPEN_ORDERS_LIMIT = 1_000_000;
  static final long MAX_SLOTS = 10_000_000;
  static final double MAX_TIME_SCALE = 1000;
  /** Akka's scheduler takes delays up to about 24 days at a 1 ms tick: keep well inside. */
  static final Duration LONGEST_SCALED_PREPARATION = Duration.ofHours(24);

  public Settings {
    orders = List.copyOf(orders);
  }

  public static Settings from(Config config) {
    int waiters = wholeNumber(config, WAITERS, MAX_WAITERS);
    int maxOpenOrders = wholeNumber(config, MAX_OPEN_ORDERS, MAX_OPEN_ORDERS_LIMIT);
    if ((long) waiters * maxOpenOrders > MAX_SLOTS) {
      throw new BadInputException(WAITERS + " (" + waiters + ") times " + MAX_OPEN_ORDERS + " (" + maxOpenOrders
          + ") is more than " + MAX_SLOTS + " open orders at once; the waiters would flood the cashier");
    }
    double timeScale = timeScale(config);
    long seed = seed(config);
    Menu menu = menu(config, timeScale);
    return new Settings(waiters, maxOpenOrders, timeScale, seed, menu, orders(config, menu));
  }

  public Settings withOrders(List<Order> newOrders) {
    return new Settings(waiters, maxOpenOrders, timeScale, seed, menu, newOrders);
  }

  /** The staff a blocking mode really works with: its waiters carry one order at a time. */
  public Settings withStaff(int newWaiters, int newMaxOpenOrders) {
    return new Settings(newWaiters, newMaxOpenOrders, timeScale, seed, menu, orders);
  }

  /** A simulated duration in wall-clock time: multiplied by the time-scale. */
  public Duration scaled(Duration simulated) {
    return Duration.ofNanos(Math.round(simulated.toNanos() * timeScale));
  }

  public double sequentialSeconds() {
    return Orders.sequentialSeconds(orders, menu);
  }

  public double floorSeconds() {
    return Orders.floorSeconds(orders, menu);
  }

  private static int wholeNumber(Config config, String key, int max) {
    ConfigValue value = value(config, key);
    String text = String.valueOf(value.unwrapped()).trim();
    long number;
    try {
      number = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw bad(key, value, "must be a whole number from 1 to " + max);
    }
    if (number < 1 || number > max) {
      throw bad(key, value, "must be a whole number from 1 to " + max);
    }
    return (int) number;
  }

  private static double timeScale(Config config) {
    ConfigValue value = value(config, TIME_SCALE);
    String allowed = "must be a number above 0 and at most " + (int) MAX_TIME_SCALE
        + " (1 = real time, 0.01 = a hundred times faster)";
    double scale;
    try {
      scale = Double.parseDouble(String.valueOf(value.unwrapped()).trim());
    } catch (NumberFormatException e) {
      throw bad(TIME_SCALE, value, allowed);
    }
    if (!(scale > 0 && scale <= MAX_TIME_SCALE)) { // also catches NaN
      throw bad(TIME_SCALE, value, allowed);
    }
    return scale;
  }

  private static long seed(Config config) {
    ConfigValue value = value(config, SEED);
    try {
      return Long.parseLong(String.valueOf(value.unwrapped()).trim());
    } catch (NumberFormatException e) {
      throw bad(SEED, value, "must be a whole number (any 64-bit value)");
    }
  }

  private static Menu menu(Config config, double timeScale) {
    ConfigValue menuValue = value(config, MENU);
    if (menuValue.valueType() != ConfigValueType.OBJECT) {
      throw bad(MENU, menuValue, "must be a table of product = preparation time, e.g. { burger = 7.5s }");
    }
    ConfigObject menuObject = (ConfigObject) menuValue;
    if (menuObject.isEmpty()) {
      throw bad(MENU, menuValue, "is empty: the kitchen needs at least one product");
    }
    Map<String, Duration> times = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigValue> entry : menuObject.entrySet()) {
      String product = entry.getKey();
      String key = ConfigUtil.joinPath("restaurant", "menu", product);
      ConfigValue time = entry.getValue();
      String allowed = "must be a preparation time above 0 with a unit, e.g. 7.5s or 1200ms";
      if (time.valueType() != ConfigValueType.STRING) {
        throw bad(key, time, allowed);
      }
      Duration duration;
      try {
        duration = menuObject.toConfig().getDuration(ConfigUtil.joinPath(product));
      } catch (ConfigException e) {
        throw bad(key, time, allowed);
      }
      if (duration.isNegative() || duration.isZero()) {
        throw bad(key, time, allowed);
      }
      Duration scaled = Duration.ofNanos(Math.round(duration.toNanos() * timeScale));
      if (scaled.compareTo(LONGEST_SCALED_PREPARATION) > 0) {
        throw bad(key, time, "times " + TIME_SCALE + " " + timeScale + " is longer than the kitchen's limit of "
            + LONGEST_SCALED_PREPARATION.toHours() + " h");
      }
      times.put(product, duration);
    }
    return new Menu(times);
  }

  private static List<Order> orders(Config config, Menu menu) {
    ConfigValue ordersValue = value(config, ORDERS);
    String source = ORDERS + " (" + ordersValue.origin().description() + ")";
    String shape = "must be a list of orders, each a list of product names, e.g. [[burger, soda], [beer]]";
    if (ordersValue.valueType() != ConfigValueType.LIST) {
      throw new BadInputException(source + ": " + shape);
    }
    List<List<String>> productLists = new ArrayList<>();
    for (ConfigValue orderValue : (ConfigList) ordersValue) {
      if (orderValue.valueType() != ConfigValueType.LIST) {
        throw new BadInputException(source + ": order " + productLists.size() + " must be a list of product names");
      }
      List<String> products = new ArrayList<>();
      for (ConfigValue product : (ConfigList) orderValue) {
        if (product.valueType() != ConfigValueType.STRING) {
          throw new BadInputException(source + ": order " + productLists.size()
              + " has " + product.render(ConfigRenderOptions.concise()) + ", which is not a product name");
        }
        products.add((String) product.unwrapped());
      }
      productLists.add(products);
    }
    return Orders.of(productLists, menu, source);
  }

  private static ConfigValue value(Config config, String key) {
    try {
      if (!config.hasPathOrNull(key) || config.getIsNull(key)) {
        throw new BadInputException(key + " is missing from the configuration");
      }
      return config.getValue(key);
    } catch (ConfigException e) { // e.g. restaurant.waiter = 3 where restaurant.waiter.max-open-orders is read
      throw new BadInputException(e.getMessage());
    }
  }

  private static BadInputException bad(String key, ConfigValue value, String allowed) {
    return new BadInputException(key + " = " + value.render(ConfigRenderOptions.concise()) + " (" + value.origin().description() + ") " + allowed);
  }
}
