package restaurant.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import restaurant.model.Menu;
import restaurant.model.Order;
import restaurant.model.Orders;

/**
 * Everything a run needs, read once from the {@code restaurant} section of the configuration and
 * checked: every mode and every entry point gets its settings here.
 */
public record Settings(
    int waiters, int maxOpenOrders, double timeScale, long seed, Menu menu, List<Order> orders, Faults faults) {
  public static final String WAITERS = "restaurant.waiters";
  public static final String MAX_OPEN_ORDERS = "restaurant.waiter.max-open-orders";
  public static final String TIME_SCALE = "restaurant.time-scale";
  public static final String MENU = "restaurant.menu";
  public static final String ORDERS = "restaurant.orders";
  public static final String SEED = "restaurant.seed";
  public static final String FAILURE_RATE = "restaurant.kitchen.failure-rate";
  public static final String MAX_RETRIES = "restaurant.waiter.max-retries";
  public static final String WAITER_CRASH_RATE = "restaurant.faults.waiter-crash-rate";
  public static final String KITCHEN_CRASH_RATE = "restaurant.faults.kitchen-crash-rate";
  public static final String GRACE_PERIOD = "restaurant.stop.grace-period";

  /** Every key the restaurant reads; menu entries are checked on their own. */
  static final List<String> KEYS = List.of(WAITERS, MAX_OPEN_ORDERS, TIME_SCALE, MENU, ORDERS, SEED, FAILURE_RATE,
      MAX_RETRIES, WAITER_CRASH_RATE, KITCHEN_CRASH_RATE, GRACE_PERIOD);

  /**
   * What goes wrong on purpose, and how long a stopped run may finish its work.
   *
   * @param burnRate         chance that a product comes out burnt
   * @param maxRetries       times a waiter orders a burnt product again before the order fails
   * @param waiterCrashRate  chance that a waiter throws while handling a message
   * @param kitchenCrashRate chance that the kitchen throws while handling a message
   * @param gracePeriod      wall time a stopped run gives the orders in flight
   */
  public record Faults(double burnRate, int maxRetries, double waiterCrashRate, double kitchenCrashRate,
      Duration gracePeriod) {
    public static final Faults NONE = new Faults(0, 3, 0, 0, Duration.ofSeconds(2));
  }

  static final int MAX_WAITERS = 1_000_000;
  static final int MAX_OPEN_ORDERS_LIMIT = 1_000_000;
  static final long MAX_SLOTS = 10_000_000;
  static final double MAX_TIME_SCALE = 1000;

  public Settings {
    orders = List.copyOf(orders);
  }

  public static Settings from(Config config) {
    KnownKeys.check(config, KEYS);
    int waiters = wholeNumber(config, WAITERS, 1, MAX_WAITERS);
    int maxOpenOrders = wholeNumber(config, MAX_OPEN_ORDERS, 1, MAX_OPEN_ORDERS_LIMIT);
    if ((long) waiters * maxOpenOrders > MAX_SLOTS) {
      throw new BadInputException(WAITERS + " (" + waiters + ") times " + MAX_OPEN_ORDERS + " (" + maxOpenOrders
          + ") is more than " + MAX_SLOTS + " open orders at once; the waiters would flood the cashier");
    }
    double timeScale = timeScale(config);
    long seed = seed(config);
    Menu menu = MenuReader.read(config, timeScale);
    Faults faults = new Faults(rate(config, FAILURE_RATE), wholeNumber(config, MAX_RETRIES, 0, 100),
        rate(config, WAITER_CRASH_RATE), rate(config, KITCHEN_CRASH_RATE), gracePeriod(config));
    return new Settings(waiters, maxOpenOrders, timeScale, seed, menu, orders(config, menu), faults);
  }

  public Settings withOrders(List<Order> newOrders) {
    return new Settings(waiters, maxOpenOrders, timeScale, seed, menu, newOrders, faults);
  }

  /** The staff a blocking mode really works with: its waiters carry one order at a time. */
  public Settings withStaff(int newWaiters, int newMaxOpenOrders) {
    return new Settings(newWaiters, newMaxOpenOrders, timeScale, seed, menu, orders, faults);
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

  private static int wholeNumber(Config config, String key, int min, int max) {
    ConfigValue value = value(config, key);
    String allowed = "must be a whole number from " + min + " to " + max;
    long number;
    try {
      number = Long.parseLong(scalar(value, key, allowed));
    } catch (NumberFormatException e) {
      throw bad(key, value, allowed);
    }
    if (number < min || number > max) {
      throw bad(key, value, allowed);
    }
    return (int) number;
  }

  /** A chance, from 0 (never) to 1 (always). */
  private static double rate(Config config, String key) {
    ConfigValue value = value(config, key);
    String allowed = "must be a rate from 0 (never) to 1 (always), e.g. 0.05";
    double rate;
    try {
      rate = Double.parseDouble(scalar(value, key, allowed));
    } catch (NumberFormatException e) {
      throw bad(key, value, allowed);
    }
    if (!(rate >= 0 && rate <= 1)) { // also catches NaN
      throw bad(key, value, allowed);
    }
    return rate;
  }

  private static Duration gracePeriod(Config config) {
    ConfigValue value = value(config, GRACE_PERIOD);
    String allowed = "must be a duration from 0s to 1h with a unit, e.g. 2s";
    if (value.valueType() != ConfigValueType.STRING) {
      throw bad(GRACE_PERIOD, value, allowed);
    }
    try {
      Duration grace = config.getDuration(GRACE_PERIOD);
      if (!grace.isNegative() && grace.compareTo(Duration.ofHours(1)) <= 0) {
        return grace;
      }
    } catch (ConfigException e) {
      // falls through to the message below
    }
    throw bad(GRACE_PERIOD, value, allowed);
  }

  /** The text of a number or string value; lists, tables and booleans are refused. */
  private static String scalar(ConfigValue value, String key, String allowed) {
    if (value.valueType() != ConfigValueType.NUMBER && value.valueType() != ConfigValueType.STRING) {
      throw bad(key, value, allowed);
    }
    return String.valueOf(value.unwrapped()).trim();
  }

  private static double timeScale(Config config) {
    ConfigValue value = value(config, TIME_SCALE);
    String allowed = "must be a number above 0 and at most " + (int) MAX_TIME_SCALE
        + " (1 = real time, 0.01 = a hundred times faster)";
    double scale;
    try {
      scale = Double.parseDouble(scalar(value, TIME_SCALE, allowed));
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
    String allowed = "must be a whole number (any 64-bit value)";
    try {
      return Long.parseLong(scalar(value, SEED, allowed));
    } catch (NumberFormatException e) {
      throw bad(SEED, value, allowed);
    }
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
    return OrderLists.number(productLists, menu, source);
  }

  static ConfigValue value(Config config, String key) {
    try {
      if (!config.hasPathOrNull(key) || config.getIsNull(key)) {
        throw new BadInputException(key + " is missing from the configuration");
      }
      return config.getValue(key);
    } catch (ConfigException e) { // e.g. restaurant.waiter = 3 where restaurant.waiter.max-open-orders is read
      throw new BadInputException(e.getMessage());
    }
  }

  static BadInputException bad(String key, ConfigValue value, String allowed) {
    return new BadInputException(key + " = " + value.render(ConfigRenderOptions.concise()) + " (" + value.origin().description() + ") " + allowed);
  }
}
