package restaurant.config;

import java.time.Duration;
import java.util.List;
import com.typesafe.config.ConfigFactory;
import restaurant.model.Menu;
import restaurant.model.Order;
import restaurant.model.Pacing;
import restaurant.model.ServicePlan;

/**
 * Settings for a test, changed by name one part at a time ({@code SettingsBuilder.reference().waiters(4).build()}):
 * none is given by its place in a list of twelve. Runs read theirs from the configuration.
 */
public final class SettingsBuilder {
  /** The reference workload's settings (reference.conf), to change by name. */
  public static SettingsBuilder reference() {
    return new SettingsBuilder(Settings.from(ConfigFactory.defaultReference()));
  }

  /** These settings, to change by name. */
  public static SettingsBuilder from(Settings settings) {
    return new SettingsBuilder(settings);
  }

  private int waiters;
  private int maxOpenOrders;
  private int maxRetries;
  private double timeScale;
  private long seed;
  private Menu menu;
  private List<Order> orders;
  private Settings.Faults faults;
  private Duration gracePeriod;
  private Pacing clock;
  private Duration deliveryTime;
  private ServicePlan service;

  private SettingsBuilder(Settings from) {
    waiters = from.staff().waiters();
    maxOpenOrders = from.staff().maxOpenOrders();
    maxRetries = from.staff().maxRetries();
    timeScale = from.timing().timeScale();
    seed = from.seed();
    menu = from.menu();
    orders = from.orders();
    faults = from.faults();
    gracePeriod = from.timing().gracePeriod();
    clock = from.timing().clock();
    deliveryTime = from.staff().deliveryTime();
    service = from.service();
  }

  public SettingsBuilder waiters(int count) {
    waiters = count;
    return this;
  }

  public SettingsBuilder maxOpenOrders(int count) {
    maxOpenOrders = count;
    return this;
  }

  public SettingsBuilder maxRetries(int count) {
    maxRetries = count;
    return this;
  }

  public SettingsBuilder timeScale(double scale) {
    timeScale = scale;
    return this;
  }

  public SettingsBuilder seed(long value) {
    seed = value;
    return this;
  }

  public SettingsBuilder menu(Menu value) {
    menu = value;
    return this;
  }

  public SettingsBuilder orders(List<Order> value) {
    orders = value;
    return this;
  }

  public SettingsBuilder faults(Settings.Faults value) {
    faults = value;
    return this;
  }

  public SettingsBuilder gracePeriod(Duration value) {
    gracePeriod = value;
    return this;
  }

  public SettingsBuilder clock(Pacing value) {
    clock = value;
    return this;
  }

  public SettingsBuilder deliveryTime(Duration value) {
    deliveryTime = value;
    return this;
  }

  public SettingsBuilder service(ServicePlan value) {
    service = value;
    return this;
  }

  public Settings build() {
    return new Settings(new Settings.Staff(waiters, maxOpenOrders, maxRetries, deliveryTime),
        new Settings.Timing(clock, timeScale, gracePeriod), seed, menu, orders, faults, service);
  }
}
