package restaurant.actors;

import com.typesafe.config.ConfigFactory;
import restaurant.config.Settings;

/** The reference workload of the built-in defaults, with the staff a test asks for. */
final class ReferenceWorkload {
  static final Settings DEFAULTS = Settings.from(ConfigFactory.defaultReference());

  private ReferenceWorkload() {}

  static Settings with(int waiters, int maxOpenOrders) {
    return DEFAULTS.withStaff(waiters, maxOpenOrders);
  }
}
