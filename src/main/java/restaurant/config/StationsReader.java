package restaurant.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import restaurant.model.KitchenStation;
import restaurant.model.Menu;

/**
 * Reads {@code restaurant.kitchen.stations}: each station a name with its cooks and the products
 * it makes, e.g. {@code grill { cooks = 2, products = [burger] }}. A product on the menu belongs
 * to at most one station; a product on none cooks at once, with no limit.
 */
final class StationsReader {
  static final int MOST_COOKS = 100_000;
  private static final List<String> STATION_KEYS = List.of("cooks", "products");
  private static final String EXAMPLE = "e.g. grill { cooks = 2, products = [burger] }";

  private StationsReader() {}

  static List<KitchenStation> read(Config config, Menu menu) {
    ConfigValue stationsValue = SettingsReader.value(config, Settings.STATIONS);
    if (stationsValue.valueType() != ConfigValueType.OBJECT) {
      throw SettingsReader.bad(Settings.STATIONS, stationsValue, "must be a table of stations, " + EXAMPLE);
    }
    List<KitchenStation> stations = new ArrayList<>();
    Map<String, String> stationOf = new HashMap<>();
    Set<String> names = new HashSet<>();
    for (Map.Entry<String, ConfigValue> entry : ((ConfigObject) stationsValue).entrySet()) {
      String name = MenuReader.name(entry.getKey(), entry.getValue(), names, "restaurant.kitchen station ");
      names.add(name);
      String key = ConfigUtil.joinPath("restaurant", "kitchen", "stations", name);
      if (entry.getValue().valueType() != ConfigValueType.OBJECT) {
        throw SettingsReader.bad(key, entry.getValue(), "must be a station with cooks and products, " + EXAMPLE);
      }
      ConfigObject station = (ConfigObject) entry.getValue();
      for (String stationKey : station.keySet()) {
        if (!STATION_KEYS.contains(stationKey)) {
          throw new BadInputException(key + "." + stationKey + " (" + station.get(stationKey).origin().description()
              + ") is not a station setting; a station has cooks and products");
        }
      }
      int cooks = cooks(key + ".cooks", station.get("cooks"), station);
      List<String> products = products(key + ".products", station.get("products"), station, menu);
      for (String product : products) {
        String other = stationOf.putIfAbsent(product, name);
        if (other != null) {
          throw new BadInputException(key + ".products (" + station.get("products").origin().description() + ") has "
              + product + ", which is already made at station " + other + "; a product is made at one station");
        }
      }
      stations.add(new KitchenStation(name, cooks, products));
    }
    stations.sort(Comparator.comparing(KitchenStation::name)); // a table has no order: the report's is by name
    return stations;
  }

  private static int cooks(String key, ConfigValue value, ConfigObject station) {
    String allowed = "must be a whole number of cooks from 1 to " + MOST_COOKS;
    if (value == null) {
      throw SettingsReader.bad(key.substring(0, key.lastIndexOf('.')), station, "has no cooks: " + EXAMPLE);
    }
    String text = value.valueType() == ConfigValueType.NUMBER ? String.valueOf(value.unwrapped())
        : value.valueType() == ConfigValueType.STRING ? ((String) value.unwrapped()).trim() : "";
    try {
      if (FlagValues.isPlainNumber(text)) {
        long cooks = Long.parseLong(text);
        if (cooks >= 1 && cooks <= MOST_COOKS) {
          return (int) cooks;
        }
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw SettingsReader.bad(key, value, allowed);
  }

  /**
   * A list, or an object whose keys are all 0, 1, 2, ...: how a .properties file or -D properties
   * write a list (products.0 = burger, products.1 = frites), as HOCON's own getList reads them.
   * Null for anything else.
   */
  private static List<ConfigValue> listed(ConfigValue value) {
    if (value.valueType() == ConfigValueType.LIST) {
      return (ConfigList) value;
    }
    if (!(value instanceof ConfigObject indexed)) {
      return null;
    }
    List<ConfigValue> items = new ArrayList<>();
    for (int i = 0; i < indexed.size(); i++) {
      ConfigValue item = indexed.get(Integer.toString(i));
      if (item == null) {
        return null; // a gap, or keys that are not indexes
      }
      items.add(item);
    }
    return items;
  }

  private static List<String> products(String key, ConfigValue value, ConfigObject station, Menu menu) {
    if (value == null) {
      throw SettingsReader.bad(key.substring(0, key.lastIndexOf('.')), station, "has no products: " + EXAMPLE);
    }
    List<ConfigValue> listed = listed(value);
    if (listed == null || listed.isEmpty()) {
      throw SettingsReader.bad(key, value, "must be a list of products on the menu, e.g. [burger] (in a .properties "
          + "file or a -D property, one key per product: " + key + ".0 = burger)");
    }
    List<String> products = new ArrayList<>();
    for (ConfigValue product : listed) {
      String name = product.valueType() == ConfigValueType.STRING ? (String) product.unwrapped() : null;
      if (name == null || !menu.has(name)) {
        throw SettingsReader.bad(key, value, "names " + BadInputException.shown(String.valueOf(product.unwrapped()))
            + ", which is not on the menu; the menu has " + String.join(", ", menu.products()));
      }
      if (!products.contains(name)) {
        products.add(name);
      }
    }
    return products;
  }
}
