package restaurant.config;

import com.typesafe.config.Config;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import restaurant.model.FaultPlan;
import restaurant.model.Menu;
import restaurant.model.Order;
import restaurant.model.OrderSequence;
import restaurant.model.Pacing;
import restaurant.model.ServicePlan;

/**
 * Everything a run needs, read once from the {@code restaurant} section of the configuration and
 * checked: every mode and every entry point gets its settings here. In parts: the floor's staff,
 * how time passes, the workload (seed, orders, menu, how customers arrive and the kitchen's
 * stations), and the faults.
 *
 * @param service how customers arrive, the kitchen's stations and the statistics' warm-up
 */
public record Settings(Staff staff, Timing timing, long seed, Menu menu, List<Order> orders, Faults faults,
    ServicePlan service) {
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
  public static final String CLOCK = "restaurant.clock";
  public static final String OPENS_AT = "restaurant.opens-at";
  public static final String DELIVERY_TIME = "restaurant.waiter.delivery-time";
  public static final String ARRIVAL_PROCESS = "restaurant.arrivals.process";
  public static final String ARRIVAL_RATE = "restaurant.arrivals.rate";
  public static final String STATIONS = "restaurant.kitchen.stations";
  public static final String WARM_UP = "restaurant.stats.warm-up";
  public static final String GENERATE = "restaurant.generate";

  /** Every key the restaurant reads; menu entries are checked on their own. */
  static final List<String> KEYS = List.of(WAITERS, MAX_OPEN_ORDERS, TIME_SCALE, MENU, ORDERS, SEED, FAILURE_RATE,
      MAX_RETRIES, WAITER_CRASH_RATE, KITCHEN_CRASH_RATE, GRACE_PERIOD, CLOCK, OPENS_AT, DELIVERY_TIME, ARRIVAL_PROCESS,
      ARRIVAL_RATE, STATIONS, WARM_UP, GENERATE);

  /**
   * What goes wrong on purpose, as chances from 0 (never) to 1 (always).
   *
   * @param burnRate         that a product comes out burnt
   * @param waiterCrashRate  that a waiter throws while handling a message
   * @param kitchenCrashRate that the kitchen's cook throws taking a request or serving a product
   */
  public record Faults(double burnRate, double waiterCrashRate, double kitchenCrashRate) {
    public static final Faults NONE = new Faults(0, 0, 0);
  }

  /**
   * The waiters and how they work.
   *
   * @param maxOpenOrders the orders a waiter carries at once
   * @param maxRetries    times a waiter orders a burnt product again before the order fails
   * @param deliveryTime  what a waiter takes to bring an order to its table once its last product
   *                      is in, in simulated time; its slot stays taken until then
   */
  public record Staff(int waiters, int maxOpenOrders, int maxRetries, Duration deliveryTime) {}

  /**
   * How a run's time passes.
   *
   * @param clock       the clock the run is paced by
   * @param timeScale   wall time per simulated second on the real clock
   * @param gracePeriod time a stopped run gives the orders in flight (simulated time on a virtual clock)
   */
  public record Timing(Pacing clock, double timeScale, Duration gracePeriod) {}

  public Settings {
    orders = orders instanceof OrderSequence ? orders : List.copyOf(orders); // a sequence is made as read
  }

  /**
   * Where a run's orders come from: the configuration's {@code restaurant.orders}, an orders file
   * (--orders) or generated (--generate). Only the orders that will run are read and checked.
   *
   * @param file     the orders file, or null
   * @param generate how many orders to generate, or null
   */
  public record OrderSource(Path file, Integer generate) {
    public static final OrderSource CONFIGURED = new OrderSource(null, null);

    public OrderSource {
      if (file != null && generate != null) {
        throw new BadInputException("--orders and --generate both replace the orders: give one of them");
      }
    }

    public static OrderSource file(Path file) {
      return new OrderSource(file, null);
    }

    public static OrderSource generated(int count) {
      return new OrderSource(null, count);
    }
  }

  /** The settings of the configuration, with its own orders ({@code restaurant.orders}). */
  public static Settings from(Config config) {
    return from(config, OrderSource.CONFIGURED);
  }

  /** The settings of the configuration, with the orders of {@code source}: read and checked by {@link SettingsReader}. */
  public static Settings from(Config config, OrderSource source) {
    return SettingsReader.read(config, source);
  }

  public Settings withOrders(List<Order> newOrders) {
    return new Settings(staff, timing, seed, menu, newOrders, faults, service);
  }

  /** The staff a blocking mode really works with: its waiters carry one order at a time. */
  public Settings withStaff(int newWaiters, int newMaxOpenOrders) {
    return new Settings(new Staff(newWaiters, newMaxOpenOrders, staff.maxRetries(), staff.deliveryTime()), timing, seed,
        menu, orders, faults, service);
  }

  /** The faults of this run, drawn from its seed. */
  public FaultPlan faultPlan() {
    return FaultPlan.seeded(seed, faults.burnRate(), faults.waiterCrashRate(), faults.kitchenCrashRate());
  }

  /** A simulated duration in wall-clock time: multiplied by the time-scale. */
  public Duration scaled(Duration simulated) {
    return Duration.ofNanos(Math.round(simulated.toNanos() * timing.timeScale()));
  }

  public Settings withClock(Pacing newClock) {
    return new Settings(staff, new Timing(newClock, timing.timeScale(), timing.gracePeriod()), seed, menu, orders,
        faults, service);
  }

}
