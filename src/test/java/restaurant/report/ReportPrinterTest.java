package restaurant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import restaurant.config.SettingsBuilder;
import restaurant.model.Menu;
import restaurant.model.Mode;
import restaurant.model.Order;
import restaurant.model.OrderOutcome;

class ReportPrinterTest {
  private static final String KITCHEN = TimerLateness.KITCHEN_AND_ARRIVALS;
  private static final Menu MENU = new Menu(Map.of("burger", Duration.ofMillis(7500), "soda", Duration.ofSeconds(1)),
      Map.of("burger", 650L, "soda", 150L));

  /** A ledger for {@code count} orders of burger and soda, with 2 waiters at time-scale 1. */
  private static Ledger ledger(int count) {
    List<Order> orders = new ArrayList<>();
    for (int id = 0; id < count; id++) {
      orders.add(order(id));
    }
    return new Ledger(Mode.ACTORS, SettingsBuilder.reference().menu(MENU).orders(orders).build(), new Progress(count));
  }

  private static Order order(int id) {
    return new Order(id, List.of("burger", "soda"));
  }

  private static String printed(RunReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportPrinter.print(report, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void listsEachOrderAndTheFigures() {
    Ledger ledger = ledger(2);
    ledger.handedOut(order(0), 1, 0);
    ledger.handedOut(order(1), 2, 0);
    ledger.done(0, 1, OrderOutcome.DISPATCHED, null, 7_500_000_000L);
    ledger.done(1, 2, OrderOutcome.FAILED, "burger burnt 4 times", 9_000_000_000L);

    String text = printed(ledger.report(false, null));

    assertTrue(text.contains("Restaurant report (actors): 2 waiters, 1 open order each, time-scale 1\n"), text);
    assertTrue(text.contains("     0       1  burger, soda       0.000 s       7.500 s     7.500 s  dispatched\n"), text);
    assertTrue(text.contains("     1       2  burger, soda       0.000 s       9.000 s     9.000 s  failed: burger burnt 4 times\n"), text);
    assertTrue(text.contains("makespan      9.000 s  (wall 9000.0 ms)"), text);
    assertTrue(text.contains("sequential   17.000 s"), text);
    assertTrue(text.contains("floor         7.500 s  the slowest dispatched order on its own\n"), text);
    // order 1 was given up before its time: no speed-up over serving both
    assertTrue(text.contains("speed-up            -  over sequential (none: 1 orders failed, given up before their time)\n"),
        text);
    assertTrue(text.contains("orders              2  received: 1 dispatched, 1 failed, 0 pending\n"), text);
    assertTrue(text.contains("till             8.00  taken; the dispatched orders' prices add up to 8.00\n"), text);
    assertTrue(text.contains("invariant       holds  received = dispatched + failed, no order"), text);
  }

  @Test
  void aStoppedRunSaysSoAndCountsThePending() {
    Ledger ledger = ledger(2);
    ledger.handedOut(order(0), 1, 0);
    ledger.done(0, 1, OrderOutcome.DISPATCHED, null, 7_500_000_000L);

    String text = printed(ledger.report(true, null));

    assertTrue(text.contains("time-scale 1, STOPPED\n"), text);
    assertTrue(text.contains("     1       -  burger, soda             -             -           -  pending\n"), text);
    assertTrue(text.contains("invariant       holds  received = dispatched + failed + pending,"), text);
    // one order's makespan against both orders' sequential time would be no speed-up
    assertTrue(text.contains("speed-up            -  over sequential (none while orders are pending)\n"), text);
  }

  @Test
  void aRunStoppedBeforeAnyOrderWasDoneHasNoSpeedUp() {
    Ledger ledger = ledger(2);
    ledger.opened(0);
    ledger.arrived(order(0));
    String text = printed(ledger.report(true, null));

    assertTrue(text.contains("speed-up            -  over sequential (none while orders are pending)\n"), text);
    assertTrue(text.contains("orders              1  received: 0 dispatched, 0 failed, 1 pending; 1 more of the day "
        + "had not arrived when it ended\n"), text);
    assertTrue(text.contains("makespan      0.000 s"), text);
    assertFalse(text.contains("Infinity") || text.contains("NaN"), text);
  }

  @Test
  void aRunEndedByABugNamesIt() {
    Ledger ledger = ledger(1);

    String text = printed(ledger.report(true, "Waiter 1 failed: java.lang.IllegalStateException: oops"));

    assertTrue(text.contains("time-scale 1, FAILED\n"), text);
    assertTrue(text.contains("failure           BUG  Waiter 1 failed: java.lang.IllegalStateException: oops\n"), text);
  }

  @Test
  void aBrokenInvariantSaysWhatBroke() {
    Ledger ledger = ledger(1);
    ledger.handedOut(order(0), 1, 0);
    ledger.done(0, 2, OrderOutcome.DISPATCHED, null, 1);

    String text = printed(ledger.report(false, null));

    assertTrue(text.contains("invariant      BROKEN  order 0 finished by waiter 2, who was not handed it; "
        + "1 orders neither dispatched nor failed\n"), text);
  }

  @Test
  void pastFortyOrdersTheTableBecomesASummaryAndThePercentilesAreAtOrJustAboveTheTrueOnes() {
    Ledger ledger = ledger(100);
    for (int id = 0; id < 100; id++) {
      ledger.handedOut(order(id), 1 + id % 2, 0);
      ledger.done(id, 1 + id % 2, OrderOutcome.DISPATCHED, null, (id + 1) * 1_000_000_000L); // latencies 1 s .. 100 s
    }

    String text = printed(ledger.report(false, null));

    // nearest rank: p50 50 s, p90 90 s (it read 89.999 s, below it), p95 95 s, p99 99 s
    assertTrue(text.contains("orders            100  with 200 products, served by 2 waiters\n"), text);
    assertTrue(text.contains("latency      50.500 s  mean; p50 50.002 s  p90 90.001 s  p95 95.003 s  p99 99.000 s  max "
        + "100.000 s  arrival to dispatched (100 orders)\n"), text);
    assertEquals(-1, text.indexOf("burger, soda"), "no order listed one by one");
  }

  /** Two orders done at 7.5 s and 9 s, and how late the timers were. */
  private static RunReport lateBy(TimerLateness lateness) {
    Ledger ledger = ledger(2);
    ledger.handedOut(order(0), 1, 0);
    ledger.handedOut(order(1), 2, 0);
    ledger.done(0, 1, OrderOutcome.DISPATCHED, null, 7_500_000_000L);
    ledger.done(1, 2, OrderOutcome.DISPATCHED, null, 9_000_000_000L);
    return ledger.report(false, null).withTimerLateness(lateness);
  }

  @Test
  void timersLatePastTheBoundSayTheTimesAreInflatedAndWhatToDo() {
    // 0.31 ms late on average at time-scale 1 is 0.00031 s: here the verdict is given, not worked out
    RunReport report = lateBy(new TimerLateness(1234, 31.0, 210.0, 900.5, 0.31, 10, 0.1, false, KITCHEN));

    String text = printed(report);

    assertTrue(text.contains("timers       31.000 s  late on average; p99 210.000 s  max 900.500 s  the kitchen's "
        + "wake-ups and the arrivals (1234 measured; 0.310 ms of wall time late on average)\n"), text);
    assertTrue(text.contains("WARNING      inflated  the timers fired 0.310 ms late on average, 31.000 s at "
        + "time-scale 1: more than 1% of the shortest timed interval (10.000 s). The times above are inflated: "
        + "give a larger --time-scale, or run on the virtual clock (--clock virtual, one JVM)\n"), text);
  }

  @Test
  void timersWithinTheBoundAreShownWithoutAWarning() {
    String text = printed(lateBy(new TimerLateness(7, 0.004, 0.009, 0.012, 0.004, 1, 0.01, true, KITCHEN)));

    assertTrue(text.contains("timers        0.004 s  late on average; p99 0.009 s  max 0.012 s  "), text);
    assertFalse(text.contains("WARNING"), text);
  }

  @Test
  void withoutLatenessMeasuredNothingIsSaidOfTimers() {
    String text = printed(lateBy(null));

    assertFalse(text.contains("timers "), text);
    assertFalse(text.contains("WARNING"), text);
  }

  @Test
  void theJsonCarriesTheLatenessAndItsVerdictOrNullWithout() throws Exception {
    String late = JsonWriter.compact(lateBy(new TimerLateness(1234, 31.0, 210.0, 900.5, 0.31, 10, 0.1, false, KITCHEN)));
    String none = JsonWriter.compact(lateBy(null));

    assertTrue(late.contains("\"timerLateness\":{\"timers\":1234,\"meanSeconds\":31.0,\"p99Seconds\":210.0,"
        + "\"maxSeconds\":900.5,\"meanWallMillis\":0.31,\"shortestTimedSeconds\":10.0,\"boundSeconds\":0.1,"
        + "\"trustworthy\":false,\"measured\":\"the kitchen's wake-ups and the arrivals\"}"), late);
    assertTrue(none.contains("\"timerLateness\":null"), none);
  }

  @Test
  void aLongOrderListsItsFirstProductsAndHowManyInAll() {
    Ledger ledger = new Ledger(Mode.ACTORS, SettingsBuilder.reference().waiters(1).menu(MENU)
        .orders(List.of(new Order(0, java.util.Collections.nCopies(1000, "soda")))).build(), new Progress(1));
    ledger.opened(0);
    ledger.arrived(new Order(0, java.util.Collections.nCopies(1000, "soda")));

    String text = printed(ledger.report(true, null));

    assertTrue(text.contains("  soda, soda, soda, soda, soda, soda, ... (1000 in all)  "), text);
  }

}
