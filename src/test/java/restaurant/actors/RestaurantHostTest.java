package restaurant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import restaurant.config.Settings;
import restaurant.model.StopRequest;
import restaurant.report.JsonWriter;
import restaurant.report.Progress;
import restaurant.report.RunReport;

/** Days served one after another on one actor system: nothing of one day reaches the next. */
class RestaurantHostTest {
  /** A lunch with every moving part: arrivals, stations, delivery, burns, crashes, a warm-up. */
  private static Settings lunch(int waiters, long seed) {
    return Settings.from(ConfigFactory.parseString("""
        restaurant {
          clock = virtual
          generate = 120
          arrivals { process = poisson, rate = 150 }
          waiters = %d
          seed = %d
          waiter { max-open-orders = 2, delivery-time = 45s }
          menu { burger { time = 60s, distribution = exponential }, frites.time = 30s }
          kitchen {
            failure-rate = 0.05
            stations { grill { cooks = 2, products = [burger] }, fryer { cooks = 1, products = [frites, soda, beer] } }
          }
          faults { waiter-crash-rate = 0.01, kitchen-crash-rate = 0.01 }
          stats.warm-up = 5m
        }""".formatted(waiters, seed)).withFallback(ConfigFactory.defaultReference()));
  }

  @Test
  void theSameDayGivesTheSameReportFirstOrAfterFiftyOthers(@TempDir Path dir) throws IOException {
    Settings day = lunch(3, 42);
    try (RestaurantHost host = RestaurantHost.start(day, VirtualRestaurant.VIRTUAL_TIME)) {
      String first = json(serve(host, day), dir.resolve("first.json"));
      for (int other = 0; other < 50; other++) {
        serve(host, lunch(1 + other % 6, 1000 + other));
      }
      String again = json(serve(host, day), dir.resolve("again.json"));

      assertEquals(first, again);
      assertTrue(first.contains("\"dispatched\" : 120,"), first); // a whole day, not two empty documents
    }
  }

  @Test
  void aDayOnAHostOfItsOwnGivesTheSameReportAsOnAHostThatServedOthers(@TempDir Path dir) throws IOException {
    Settings day = lunch(4, 7);
    String alone = json(VirtualRestaurant.serve(day), dir.resolve("alone.json"));
    try (RestaurantHost host = RestaurantHost.start(day, VirtualRestaurant.VIRTUAL_TIME)) {
      serve(host, lunch(2, 8));
      assertEquals(alone, json(serve(host, day), dir.resolve("shared.json")));
    }
  }

  private static RunReport serve(RestaurantHost host, Settings settings) {
    return host.serve(settings, settings.faultPlan(), new Progress(settings.orders().size()), null, new StopRequest());
  }

  private static String json(RunReport report, Path file) throws IOException {
    JsonWriter.write(report, file);
    return Files.readString(file);
  }
}
