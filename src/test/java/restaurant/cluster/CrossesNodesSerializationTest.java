package restaurant.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.typed.ActorRef;
import akka.serialization.Serialization;
import akka.serialization.SerializationExtension;
import akka.serialization.Serializer;
import akka.serialization.Serializers;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import restaurant.actors.Cashier;
import restaurant.actors.Kitchen;
import restaurant.actors.Waiter;
import restaurant.config.Configuration;
import restaurant.model.Order;
import restaurant.model.OrderOutcome;
import restaurant.model.Worker;
import restaurant.report.LatenessMeter;
import restaurant.report.StationReport;

/**
 * Every message that may cross nodes, through the serializer the cluster's configuration binds
 * (Jackson CBOR, by the CrossesNodes marker) and back: the same message.
 */
class CrossesNodesSerializationTest {
  private static ActorTestKit testKit;

  @BeforeAll
  static void start() {
    testKit = ActorTestKit.create("restaurant", ConfigFactory.parseMap(Map.of("akka.remote.artery.canonical.port", 0))
        .withFallback(Configuration.load(null, Map.of(), new ArrayList<>(), true)));
  }

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  static List<Object> messages() {
    ActorRef<Waiter.Command> waiter = testKit.createTestProbe(Waiter.Command.class).ref();
    ActorRef<Kitchen.Command> kitchen = testKit.createTestProbe(Kitchen.Command.class).ref();
    ActorRef<Cashier.Command> cashier = testKit.createTestProbe(Cashier.Command.class).ref();
    ActorRef<Floor.Command> floor = testKit.createTestProbe(Floor.Command.class).ref();
    ActorRef<akka.Done> done = testKit.createTestProbe(akka.Done.class).ref();
    Order order = new Order(7, List.of("burger", "soda"), 12.5);
    return List.of(
        new Cashier.WaiterReady(3, 2, 1, waiter),
        new Cashier.KitchenReady(kitchen),
        new Cashier.StationsMeasured(List.of(new StationReport("grill", 2, List.of("burger"), 0.5, 0.25, 3, 1.5,
            4.0, 10, List.of(), List.of(), List.of())), lateness()),
        new Cashier.Restarted(Worker.WAITER),
        new Cashier.OrderDone(7, 3, OrderOutcome.FAILED, "burger burnt 4 times"),
        new Cashier.OrderDone(8, 3, OrderOutcome.DISPATCHED, null),
        new Cashier.Burnt(7),
        new Cashier.OrderedAgain(7, true),
        new Cashier.WrongProduct(7, "beer", 3),
        new Cashier.ActorFailed("waiter-3", "java.lang.IllegalStateException: a bug"),
        Cashier.Stuck.INSTANCE,
        new Cashier.Close(Duration.ofSeconds(2), done),
        new Cashier.FloorLost("floor@127.0.0.1:2552", 1, 300),
        new Waiter.ServeOrder(order, 2),
        new Kitchen.ProductReady(7, 1, 0, "soda", false),
        new Kitchen.ProductLost(7, 0, 1, "burger"),
        new Host.FloorReady(floor, "floor@127.0.0.1:2552", 300,
            Map.of("restaurant.time-scale", "0.001", "restaurant.menu", "beer 1.2 s, burger 7.5 s")),
        new Floor.Open(301, cashier),
        Floor.Close.INSTANCE,
        new Floor.Refused("floor node floor@127.0.0.1:2552 has restaurant.time-scale = 0.01, this cashier node 1.0"));
  }

  /** A kitchen's lateness: a histogram of three timers, compressed. */
  private static LatenessMeter.Sample lateness() {
    LatenessMeter meter = new LatenessMeter();
    meter.record(1_000, 51_000);
    meter.record(2_000, 2_000);
    meter.record(3_000, 1_003_000);
    return meter.sample();
  }

  @ParameterizedTest
  @MethodSource("messages")
  void goesAsJacksonCborAndComesBackTheSame(Object message) {
    Serialization serialization = SerializationExtension.get(testKit.system().classicSystem());
    Serializer serializer = serialization.findSerializerFor(message);
    assertTrue(serializer.getClass().getName().contains("JacksonCborSerializer"), serializer.getClass().getName());

    byte[] bytes = serialization.serialize(message).get();
    Object back = serialization.deserialize(bytes, serializer.identifier(), Serializers.manifestFor(serializer,
        message)).get();

    assertEquals(message, back);
  }
}
