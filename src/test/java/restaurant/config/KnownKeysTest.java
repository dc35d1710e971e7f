package restaurant.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;

/** Keys nothing reads: under restaurant, at the top of a config file, and under akka. */
class KnownKeysTest {
  private static void checkFile(String hocon) {
    KnownKeys.checkFile(ConfigFactory.parseString(hocon), Settings.KEYS);
  }

  private static String refusal(String hocon) {
    return assertThrows(BadInputException.class, () -> checkFile(hocon)).getMessage();
  }

  @Test
  void aFileMayHoldTheRestaurantAndAkka() {
    assertDoesNotThrow(() -> checkFile("restaurant.waiters = 3\nakka.loglevel = INFO"));
    assertDoesNotThrow(() -> checkFile(""));
  }

  @Test
  void aRestaurantKeyAtTheTopIsShownWhereItBelongs() {
    assertEquals("waiters (String: 1) is not a setting at the top of a config file; the restaurant's settings go under"
        + " restaurant: did you mean restaurant.waiters?", refusal("waiters = 3"));
    assertEquals("time-scale (String: 1) is not a setting at the top of a config file; the restaurant's settings go"
        + " under restaurant: did you mean restaurant.time-scale?", refusal("time-scale = 0.1"));
  }

  @Test
  void aTypoOfASectionIsCorrected() {
    assertEquals("restaurants (String: 1) is not a setting at the top of a config file; did you mean restaurant?",
        refusal("restaurants { waiters = 3 }"));
    assertEquals("aka (String: 1) is not a setting at the top of a config file; did you mean akka?",
        refusal("aka.loglevel = INFO"));
    assertEquals("staff (String: 1) is not a setting at the top of a config file; a config file holds restaurant"
        + " { ... } and akka { ... }", refusal("staff = 3\nrestaurant.waiters = ${staff}"));
  }

  @Test
  void akkasOwnKeysAreFine() throws Exception {
    assertDoesNotThrow(() -> checkFile("""
        akka {
          loglevel = INFO
          scheduler.implementation = "akka.actor.LightArrayRevolverScheduler"
          scheduler.tick-duration = 1ms
          actor.default-dispatcher.throughput = 5
          actor.default-dispatcher.fork-join-executor.parallelism-min = 2
          coordinated-shutdown.phases.before-service-unbind.timeout = 10s
        }"""));
    // the restaurant's own Akka tuning is Akka's keys too
    String akkaConf = new String(KnownKeys.class.getResourceAsStream("/" + Configuration.AKKA_DEFAULTS).readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertDoesNotThrow(() -> checkFile(akkaConf));
  }

  @Test
  void akkasOpenSectionsTakeNamesOfOnesOwn() {
    assertDoesNotThrow(() -> checkFile("akka.actor.deployment { \"/user/waiter-*\" { dispatcher = my-dispatcher } }"));
    assertDoesNotThrow(() -> checkFile("akka.coordinated-shutdown.phases.my-phase { depends-on = [before-service-unbind] }"));
  }

  @Test
  void akkaTyposAreCorrectedAtAnyDepth() {
    assertEquals("akka.loglevl (String: 1) is not one of Akka's settings; did you mean akka.loglevel?",
        refusal("akka.loglevl = INFO"));
    assertEquals("akka.actor.default-dispatcher.troughput (String: 1) is not one of Akka's settings; did you mean"
        + " akka.actor.default-dispatcher.throughput?", refusal("akka.actor.default-dispatcher.troughput = 5"));
    assertEquals("akka.actor.deployment.default.routr (String: 1) is not one of Akka's settings; did you mean"
        + " akka.actor.deployment.default.router?", refusal("akka.actor.deployment.default.routr = x"));
    assertEquals("akka.frobnicate (String: 1) is not one of Akka's settings; Akka's reference configuration has no"
        + " such key under akka", refusal("akka.frobnicate = on"));
  }

  @Test
  void aSubstitutionUnderAkkaIsNoObstacle() {
    assertDoesNotThrow(() -> KnownKeys.checkFile(ConfigFactory.parseString("akka.loglevel = ${?LEVEL}")
        .resolve(com.typesafe.config.ConfigResolveOptions.defaults().setAllowUnresolved(true)), Settings.KEYS));
  }
}
