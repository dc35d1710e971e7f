package restaurant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import restaurant.config.SettingsBuilder;
import restaurant.model.Menu;
import restaurant.model.Mode;
import restaurant.model.Order;
import restaurant.model.OrderOutcome;
import restaurant.model.Pacing;

/** The page, read as a file (a real browser's checks come with the browser tests). */
class HtmlReportTest {
  private static final Pattern EMBEDDED = Pattern.compile(
      "<script type=\"application/json\" id=\"report\">(.*?)</script>", Pattern.DOTALL);

  @TempDir
  Path dir;

  private static RunReport twoOrders() {
    return twoOrders(Pacing.REAL);
  }

  private static RunReport twoOrders(Pacing clock) {
    Menu menu = new Menu(Map.of("burger", Duration.ofMillis(7500), "soda", Duration.ofSeconds(1)),
        Map.of("burger", 650L, "soda", 150L));
    List<Order> orders = List.of(new Order(0, List.of("burger", "soda")), new Order(1, List.of("soda")));
    Ledger ledger = new Ledger(Mode.ACTORS, SettingsBuilder.reference().menu(menu).orders(orders).clock(clock)
        .build(), new Progress(2));
    ledger.handedOut(orders.get(0), 1, 0);
    ledger.handedOut(orders.get(1), 2, 0);
    ledger.done(1, 2, OrderOutcome.DISPATCHED, null, 1_000_000_000L);
    ledger.done(0, 1, OrderOutcome.DISPATCHED, null, 7_500_000_000L);
    return ledger.report(false, null);
  }

  @Test
  void thePageCarriesTheJsonReportAndAsksForNothingOutsideItself() throws IOException {
    Path html = dir.resolve("run.html");
    Path json = dir.resolve("run.json");
    RunReport report = twoOrders();

    HtmlReport.write(report, html);
    JsonWriter.write(report, json);

    String page = Files.readString(html);
    Matcher embedded = EMBEDDED.matcher(page);
    assertTrue(embedded.find(), "the report element");
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(mapper.readTree(json.toFile()), mapper.readTree(embedded.group(1)));
    // Every script and style inline: no src, href or url() anywhere in the page.
    assertFalse(Pattern.compile("\\b(src|href)\\s*=|url\\(").matcher(page).find(), "a reference outside the page");
    assertTrue(page.contains("uPlot"), "the charting library, inlined");
  }

  @Test
  void theTimelinesDensityCountsTheSlotsHoldingAnOrderOverTime() {
    // Both orders handed out at 0; one done at 1 s, the other at 7.5 s: in bins of a second.
    List<double[]> busy = twoOrders().service().busySeries();

    assertEquals(List.of("0.0:0.0", "1.0:2.0", "2.0:1.0", "7.0:1.0", "8.0:0.0"),
        List.of(busy.get(0), busy.get(1), busy.get(2), busy.get(7), busy.get(8)).stream()
            .map(point -> point[0] + ":" + point[1]).toList());
    assertEquals(9, busy.size(), "nothing after the last change");
  }

  @Test
  void theAxesCountFromTheOpeningTimeOfDayOnlyOnTheVirtualClock() {
    assertEquals(null, twoOrders(Pacing.REAL).opensAt());
    assertEquals("11:30:00", twoOrders(new Pacing(Pacing.Kind.VIRTUAL, java.time.LocalTime.of(11, 30))).opensAt());
  }

  @Test
  void aProductNamedLikeTheEndOfAScriptCannotEndIt() {
    assertEquals("{\"products\":[\"<\\/script><b>\"]}", HtmlReport.inScript("{\"products\":[\"</script><b>\"]}"));
    assertEquals("\"a\\u2028b\"", HtmlReport.inScript("\"a\u2028b\""));
  }
}
