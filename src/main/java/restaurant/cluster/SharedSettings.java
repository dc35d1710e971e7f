package restaurant.cluster;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import restaurant.config.Settings;
import restaurant.model.Seconds;

/**
 * The settings every node of one cluster must share, because the floors' waiters and kitchens
 * work by them and the cashier's report states them: a floor that carried two orders while the
 * report says one, or cooked a burger in 5 s on a 7.5 s menu, would make the report lie. Only the
 * waiters (restaurant.waiters) may differ from node to node. A floor offers its own with its
 * waiters; the host refuses one that differs, naming the first key.
 */
final class SharedSettings {
  private SharedSettings() {}

  /** Config key to value, as the settings read it (so 7.5s and 7500ms are the same). */
  static Map<String, String> of(Settings settings) {
    Map<String, String> shared = new LinkedHashMap<>();
    shared.put(Settings.MAX_OPEN_ORDERS, Integer.toString(settings.staff().maxOpenOrders()));
    shared.put(Settings.MAX_RETRIES, Integer.toString(settings.staff().maxRetries()));
    shared.put(Settings.DELIVERY_TIME, Seconds.format(settings.staff().deliveryTime()) + "s");
    shared.put(Settings.TIME_SCALE, Double.toString(settings.timing().timeScale()));
    shared.put(Settings.MENU, settings.menu().describe());
    shared.put(Settings.FAILURE_RATE, Double.toString(settings.faults().burnRate()));
    shared.put(Settings.WAITER_CRASH_RATE, Double.toString(settings.faults().waiterCrashRate()));
    shared.put(Settings.KITCHEN_CRASH_RATE, Double.toString(settings.faults().kitchenCrashRate()));
    return shared;
  }

  /**
   * Why the floor on {@code node} cannot serve with this cashier, or null when it can.
   *
   * @param cashier the cashier node's shared settings
   * @param floor   the floor's, as it offered them
   */
  static String difference(Map<String, String> cashier, Map<String, String> floor, String node) {
    for (Map.Entry<String, String> setting : cashier.entrySet()) {
      String floors = floor.get(setting.getKey());
      if (!Objects.equals(setting.getValue(), floors)) {
        return "floor node " + node + " has " + setting.getKey() + " = " + shown(floors) + ", this cashier node "
            + shown(setting.getValue()) + ": start every node with the same config file, -D properties and flags (a floor node's --waiters may"
            + " differ)";
      }
    }
    return null;
  }

  private static String shown(String value) {
    return value == null ? "(none)" : value.isEmpty() ? "(empty)" : value;
  }
}
