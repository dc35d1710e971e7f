package restaurant.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.typesafe.config.ConfigValueFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import restaurant.config.Configuration;
import restaurant.config.Settings;

class SharedSettingsTest {
  private static Map<String, String> shared(String... keyValues) {
    Map<String, com.typesafe.config.ConfigValue> overrides = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      overrides.put(keyValues[i], ConfigValueFactory.fromAnyRef(keyValues[i + 1], "test"));
    }
    return SharedSettings.of(Settings.from(Configuration.load(null, overrides)));
  }

  @Test
  void theWaitersMayDifferFromNodeToNode() {
    assertNull(SharedSettings.difference(shared("restaurant.waiters", "2"), shared("restaurant.waiters", "300"),
        "floor@h:1"));
  }

  @Test
  void theSameDurationWrittenTwoWaysIsTheSame() {
    assertNull(SharedSettings.difference(shared("restaurant.waiter.delivery-time", "30s"),
        shared("restaurant.waiter.delivery-time", "30000ms"), "floor@h:1"));
  }

  @Test
  void theFirstSettingThatDiffersIsNamedWithBothValues() {
    assertEquals("floor node floor@h:1 has restaurant.time-scale = 0.01, this cashier node 1.0: start every node"
        + " with the same config file, -D properties and flags (a floor node's --waiters may differ)",
        SharedSettings.difference(shared(), shared("restaurant.time-scale", "0.01"), "floor@h:1"));
  }

  @Test
  void aMenuThatDiffersInOneTimeIsNamed() {
    String differs = SharedSettings.difference(shared(), shared("restaurant.menu.burger.time", "5s"), "floor@h:1");
    assertEquals("floor node floor@h:1 has restaurant.menu = beer 1.2 s, burger 5 s, frites 4 s, soda 1 s, this"
        + " cashier node beer 1.2 s, burger 7.5 s, frites 4 s, soda 1 s: start every node with the same config file,"
        + " -D properties and flags (a floor node's --waiters may differ)", differs);
  }

  @Test
  void aSettingTheFloorDoesNotOfferIsNamedAsNone() {
    Map<String, String> older = new LinkedHashMap<>(shared());
    older.remove(Settings.MAX_RETRIES);
    assertEquals("floor node floor@h:1 has restaurant.waiter.max-retries = (none), this cashier node 3: start"
        + " every node with the same config file, -D properties and flags (a floor node's --waiters may differ)",
        SharedSettings.difference(shared(), older, "floor@h:1"));
  }
}
