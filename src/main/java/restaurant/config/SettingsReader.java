package restaurant.config;

import static restaurant.config.Settings.ARRIVAL_PROCESS;
import static restaurant.config.Settings.ARRIVAL_RATE;
import static restaurant.config.Settings.CLOCK;
import static restaurant.config.Settings.DELIVERY_TIME;
import static restaurant.config.Settings.FAILURE_RATE;
import static restaurant.config.Settings.GENERATE;
import static restaurant.config.Settings.GRACE_PERIOD;
import static restaurant.config.Settings.KEYS;
import static restaurant.config.Settings.KITCHEN_CRASH_RATE;
import static restaurant.config.Settings.MAX_OPEN_ORDERS;
import static restaurant.config.Settings.MAX_RETRIES;
import static restaurant.config.Settings.OPENS_AT;
import static restaurant.config.Settings.ORDERS;
import static restaurant.config.Settings.SEED;
import static restaurant.config.Settings.TIME_SCALE;
import static restaurant.config.Settings.WAITERS;
import static restaurant.config.Settings.WAITER_CRASH_RATE;
import static restaurant.config.Settings.WARM_UP;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import restaurant.config.Settings.Faults;
import restaurant.config.Settings.OrderSource;
import restaurant.model.Arrivals;
import restaurant.model.Menu;
import restaurant.model.Order;
import restaurant.model.OrderSequence;
import restaurant.model.Pacing;
import restaurant.model.ServicePlan;
import restaurant.model.Workloads;

/**
 * Reads the {@code restaurant} section of a configuration into {@link Settings}, every key checked
 * against what it allows: bad input is one {@link BadInputException} naming the key, its value,
 * where it was written and what is allowed. Every mode and every entry point gets its settings here.
 */
final class SettingsReader {
  static final int MAX_WAITERS = 1_000_000;
  static final int MAX_OPEN_ORDERS_LIMIT = 1_000_000;
  static final long MAX_SLOTS = 10_000_000;
  /**
   * The smallest time-scale. Reports divide wall time by the scale: at 4.9e-324 (the smallest
   * double) a run lasts Infinity simulated seconds and its latencies are NaN. At a millionth a
   * day of wall time is 2,700 simulated years, far inside a double, and a 1 ms product still
   * takes a nanosecond of wall time: below it the kitchen's times round to nothing, and a run
   * only measures its messages.
   */
  static final double MIN_TIME_SCALE = 0.000001;
  static final double MAX_TIME_SCALE = 1000;
  static final int MAX_RETRIES_LIMIT = 100;
  static final Duration LONGEST_GRACE_PERIOD = Duration.ofHours(1);
  static final Duration LONGEST_DELIVERY_TIME = Duration.ofHours(1);
  /** As for a product (MenuReader): a timer much further off is not a run anybody waits for. */
  static final Duration LONGEST_SCALED_DELIVERY = Duration.ofHours(24);
  /** A year of service: longer, and no one waits for the run (and nanoseconds of wall time stay far inside a long). */
  static final Duration LONGEST_WARM_UP = Duration.ofDays(365);
  static final double LONGEST_SCALED_ARRIVAL_SECONDS = 365 * 24 * 3600.0;
  /** A million orders a second: more, and the gaps between arrivals round to nothing. */
  static final double HIGHEST_ARRIVAL_RATE = 3_600_000_000.0;


  private SettingsReader() {}

  /** The settings of the configuration, with the orders of {@code source}. */
  static Settings read(Config config, OrderSource source) {
    KnownKeys.check(config, KEYS);
    int waiters = wholeNumber(config, WAITERS, 1, MAX_WAITERS);
    int maxOpenOrders = wholeNumber(config, MAX_OPEN_ORDERS, 1, MAX_OPEN_ORDERS_LIMIT);
    HeapBudget.checkWaiters(waiters, Runtime.getRuntime().maxMemory());
    if ((long) waiters * maxOpenOrders > MAX_SLOTS) {
      throw new BadInputException(WAITERS + " (" + waiters + ") times " + MAX_OPEN_ORDERS + " (" + maxOpenOrders
          + ") is more than " + MAX_SLOTS + " open orders at once; the waiters would flood the cashier");
    }
    double timeScale = number(config, TIME_SCALE, Double::parseDouble,
        scale -> scale >= MIN_TIME_SCALE && scale <= MAX_TIME_SCALE, // also refuses NaN
        "must be a number from " + BigDecimal.valueOf(MIN_TIME_SCALE).stripTrailingZeros().toPlainString() + " to "
            + (int) MAX_TIME_SCALE + " (1 = real time, 0.01 = a hundred times faster)");
    long seed = number(config, SEED, Long::parseLong, any -> true, "must be a whole number (any 64-bit value)");
    Menu menu = MenuReader.read(config, timeScale);
    Faults faults = new Faults(rate(config, FAILURE_RATE), rate(config, WAITER_CRASH_RATE),
        rate(config, KITCHEN_CRASH_RATE));
    int maxRetries = wholeNumber(config, MAX_RETRIES, 0, MAX_RETRIES_LIMIT);
    Duration gracePeriod = duration(config, GRACE_PERIOD, LONGEST_GRACE_PERIOD, "2s");
    Duration deliveryTime = duration(config, DELIVERY_TIME, LONGEST_DELIVERY_TIME, "30s");
    if (Duration.ofNanos(Math.round(deliveryTime.toNanos() * timeScale)).compareTo(LONGEST_SCALED_DELIVERY) > 0) {
      throw bad(DELIVERY_TIME, value(config, DELIVERY_TIME), "times " + TIME_SCALE + " " + timeScale
          + " is longer than a waiter's limit of " + LONGEST_SCALED_DELIVERY.toHours() + " h");
    }
    Arrivals arrivals = arrivals(config);
    List<Order> orders = orders(config, source, seed, menu);
    if (!arrivals.atOnce() && OrderSequence.arrivesOverTime(orders)) {
      // An orders file with its own times (a dumped day, say) keeps them over a configured process.
      // (A flag asking for both is a contradiction: the command line refuses it, knowing its flags.)
      arrivals = Arrivals.AT_ONCE;
    }
    orders = arrivals.time(orders, seed);
    // A Poisson day is not made before it runs: its last arrival is reckoned from the rate (the
    // expected time of the last of n arrivals is n / rate), read orders' from the last order.
    double lastArrival = arrivals.atOnce() ? lastArrival(orders) : orders.size() / (arrivals.ratePerHour() / 3600);
    if (lastArrival * timeScale > LONGEST_SCALED_ARRIVAL_SECONDS) {
      double days = lastArrival * timeScale / 86_400;
      throw new BadInputException("the last of " + orders.size() + " orders would arrive "
          + (days > 1e6 ? "more than a million" : "about " + Math.round(days)) + " days after the opening ("
          + (arrivals.atOnce() ? "as the orders say" : ARRIVAL_RATE + " " + BadInputException.shown(
              BigDecimal.valueOf(arrivals.ratePerHour()).stripTrailingZeros().toPlainString()) + " an hour")
          + ", " + TIME_SCALE + " " + timeScale + "); a run lasts at most a year of its clock: raise the rate");
    }
    Duration warmUp = duration(config, WARM_UP, LONGEST_WARM_UP, "10m");
    if (warmUp.toSeconds() * timeScale > LONGEST_SCALED_ARRIVAL_SECONDS) {
      throw bad(WARM_UP, value(config, WARM_UP), "times " + TIME_SCALE + " " + timeScale
          + " is longer than a year, the longest run");
    }
    ServicePlan service = new ServicePlan(arrivals, StationsReader.read(config, menu), warmUp);
    return new Settings(new Settings.Staff(waiters, maxOpenOrders, maxRetries, deliveryTime),
        new Settings.Timing(clock(config), timeScale, gracePeriod), seed, menu, orders, faults, service);
  }

  private static double lastArrival(List<Order> orders) {
    if (orders instanceof OrdersFile.Read read) {
      return read.lastArrivalSeconds();
    }
    return orders instanceof OrderSequence ? 0 : orders.get(orders.size() - 1).arrivalSeconds(); // generated: at once
  }

  private static Arrivals arrivals(Config config) {
    // (An orders file's own arrival times may override the process: see from.)
    ConfigValue process = value(config, ARRIVAL_PROCESS);
    String written = process.valueType() == ConfigValueType.STRING ? ((String) process.unwrapped()).trim() : "";
    if (written.equals(Arrivals.Process.AT_ONCE.toString())) {
      return Arrivals.AT_ONCE;
    }
    if (!written.equals(Arrivals.Process.POISSON.toString())) {
      throw bad(ARRIVAL_PROCESS, process, "must be at-once (every order there at the opening) or poisson "
          + "(orders arriving at random, " + ARRIVAL_RATE + " an hour on average)");
    }
    return Arrivals.poisson(number(config, ARRIVAL_RATE, Double::parseDouble,
        rate -> rate > 0 && rate <= HIGHEST_ARRIVAL_RATE, // also refuses NaN
        "must be a number of orders an hour above 0 and at most " + (long) HIGHEST_ARRIVAL_RATE + ", e.g. 120"));
  }

  private static int wholeNumber(Config config, String key, int min, int max) {
    long number = number(config, key, Long::parseLong, n -> n >= min && n <= max,
        "must be a whole number from " + min + " to " + max);
    return (int) number;
  }

  /** A chance, from 0 (never) to 1 (always). */
  private static double rate(Config config, String key) {
    return number(config, key, Double::parseDouble, rate -> rate >= 0 && rate <= 1, // also refuses NaN
        "must be a rate from 0 (never) to 1 (always), e.g. 0.05");
  }

  /**
   * A number written as a number (HOCON's own, in a file) or as a string holding a plain
   * decimal number ({@link FlagValues#isPlainNumber}), parsed and checked; lists, tables, booleans and
   * other spellings are refused. {@code allowed} ends the error message.
   */
  private static <N> N number(Config config, String key, Function<String, N> parse, Predicate<N> inRange,
      String allowed) {
    ConfigValue value = value(config, key);
    String text = value.valueType() == ConfigValueType.NUMBER ? String.valueOf(value.unwrapped())
        : value.valueType() == ConfigValueType.STRING ? ((String) value.unwrapped()).trim() : null;
    if (text != null && (value.valueType() == ConfigValueType.NUMBER || FlagValues.isPlainNumber(text))) {
      try {
        N number = parse.apply(text);
        if (inRange.test(number)) {
          return number;
        }
      } catch (NumberFormatException e) {
        // falls through to the message below
      }
    }
    throw bad(key, value, allowed);
  }

  private static Pacing clock(Config config) {
    ConfigValue kind = value(config, CLOCK);
    String text = kind.valueType() == ConfigValueType.STRING ? ((String) kind.unwrapped()).trim() : "";
    Pacing.Kind clockKind = switch (text) {
      case "real" -> Pacing.Kind.REAL;
      case "virtual" -> Pacing.Kind.VIRTUAL;
      default -> throw bad(CLOCK, kind, "must be real (the wall clock: the service as it happens) or virtual "
          + "(a simulation, as fast as the CPU allows)");
    };
    ConfigValue opensAt = value(config, OPENS_AT);
    String allowed = "must be a time of day, e.g. 12:00 or 11:30:00";
    if (opensAt.valueType() != ConfigValueType.STRING) {
      throw bad(OPENS_AT, opensAt, allowed);
    }
    try {
      LocalTime time = LocalTime.parse(((String) opensAt.unwrapped()).trim());
      if (time.getNano() == 0) { // HH:mm or HH:mm:ss, as the docs say
        return new Pacing(clockKind, time);
      }
    } catch (DateTimeParseException e) {
      // falls through to the message below
    }
    throw bad(OPENS_AT, opensAt, allowed);
  }

  /** A duration with a unit, from 0 to {@code longest}: a bare number would be read as milliseconds. */
  private static Duration duration(Config config, String key, Duration longest, String example) {
    ConfigValue value = value(config, key);
    String allowed = "must be a duration from 0s to " + longest.toHours() + "h with a unit, e.g. " + example;
    // A flag or a -D property is a string even without a unit: "30" would be read as 30 ms too.
    if (value.valueType() != ConfigValueType.STRING
        || FlagValues.isPlainNumber(((String) value.unwrapped()).trim())) {
      throw bad(key, value, allowed);
    }
    try {
      Duration duration = config.getDuration(key);
      if (!duration.isNegative() && duration.compareTo(longest) <= 0) {
        return duration;
      }
    } catch (ConfigException e) {
      // falls through to the message below
    }
    throw bad(key, value, allowed);
  }

  private static List<Order> orders(Config config, OrderSource source, long seed, Menu menu) {
    if (source.file() != null) {
      return OrdersFile.read(source.file(), menu);
    }
    Integer generate = source.generate();
    if (generate == null && source.file() == null) { // restaurant.generate, when no flag names the orders
      int configured = wholeNumber(config, GENERATE, 0, Workloads.MAX_GENERATED_ORDERS);
      generate = configured > 0 ? configured : null;
    }
    if (generate != null) {
      return Workloads.generate(generate, seed, menu);
    }
    return configuredOrders(config, menu);
  }

  private static List<Order> configuredOrders(Config config, Menu menu) {
    ConfigValue ordersValue = value(config, ORDERS);
    String source = ORDERS + " (" + ("reference.conf".equals(ordersValue.origin().resource())
        ? "the built-in orders; with a menu of your own, give " + ORDERS + ", --orders or --generate"
        : ordersValue.origin().description()) + ")";
    String shape = "must be a list of orders, each a list of product names, e.g. [[burger, soda], [beer]]";
    if (ordersValue.valueType() != ConfigValueType.LIST) {
      throw new BadInputException(source + ": " + shape);
    }
    OrderLists orders = new OrderLists(menu, source);
    List<String> products = new ArrayList<>();
    for (ConfigValue orderValue : (ConfigList) ordersValue) {
      if (orderValue.valueType() != ConfigValueType.LIST) {
        throw new BadInputException(source + ": order " + orders.count() + " must be a list of product names");
      }
      products.clear();
      for (ConfigValue product : (ConfigList) orderValue) {
        if (product.valueType() != ConfigValueType.STRING) {
          throw new BadInputException(source + ": order " + orders.count() + " has "
              + BadInputException.shown(product.render(ConfigRenderOptions.concise())) + ", which is not a product name");
        }
        products.add((String) product.unwrapped());
      }
      orders.add(products);
    }
    return orders.orders();
  }

  static ConfigValue value(Config config, String key) {
    try {
      if (!config.hasPathOrNull(key)) {
        throw new BadInputException(key + " is missing from the configuration");
      }
      if (config.getIsNull(key)) { // written as null: it hides the default
        List<String> path = ConfigUtil.splitPath(key);
        ConfigValue written = config.getObject(ConfigUtil.joinPath(path.subList(0, path.size() - 1)))
            .get(path.get(path.size() - 1));
        throw new BadInputException(key + " = null (" + written.origin().description()
            + ") has no value: give one, or leave the key out for the default");
      }
      return config.getValue(key);
    } catch (ConfigException e) { // e.g. restaurant.waiter = 3 where restaurant.waiter.max-open-orders is read
      throw new BadInputException(e.getMessage());
    }
  }

  static BadInputException bad(String key, ConfigValue value, String allowed) {
    return new BadInputException(key + " = " + BadInputException.shown(value.render(ConfigRenderOptions.concise())) + " ("
        + value.origin().description() + ") " + allowed);
  }
}
