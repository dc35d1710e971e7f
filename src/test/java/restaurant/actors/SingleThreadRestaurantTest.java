package restaurant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.ManualTime;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proof that no actor blocks: every actor shares one thread, so an actor that waited for
 * another's reply (a Future.get, an Await) would hang the restaurant, and one that slept would
 * hold every other actor up. The table still comes out exact.
 */
class SingleThreadRestaurantTest {
  private static ActorTestKit testKit;
  private static VirtualRestaurant restaurant;

  @BeforeAll
  static void start() {
    testKit = ActorTestKit.create("single-thread", ConfigFactory.parseString("""
        akka.actor.default-dispatcher {
          executor = "thread-pool-executor"
          thread-pool-executor.fixed-pool-size = 1
        }
        """).withFallback(ManualTime.config()));
    restaurant = new VirtualRestaurant(testKit);
  }

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @ParameterizedTest(name = "one thread, {0} waiters, {1} open orders each -> {2} s")
  @CsvSource({"1, 1, 23.7", "2, 1, 15.0", "3, 1, 8.7", "4, 1, 7.5", "1, 4, 7.5"})
  void reproducesTheTableOnOneThread(int waiters, int maxOpenOrders, double makespanSeconds) {
    assertEquals(makespanSeconds,
        restaurant.serve(ReferenceWorkload.with(waiters, maxOpenOrders)).makespanSeconds(), 1e-9);
  }
}
