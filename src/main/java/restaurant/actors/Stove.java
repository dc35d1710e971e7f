package restaurant.actors;

import akka.actor.typed.ActorRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import restaurant.config.Settings;
import restaurant.model.Distribution;
import restaurant.model.KitchenStation;
import restaurant.model.Menu;
import restaurant.report.LatenessMeter;
import restaurant.report.Ledger;
import restaurant.report.StationReport;
import restaurant.report.StationStats;

/**
 * Everything on the kitchen's stove: each product's lane, the stations with their cooks, what is
 * cooking and when it is due. Kept outside the kitchen's supervised behavior, so it outlives a
 * restart of the cook. Plain state, the kitchen's.
 *
 * <p>A product's time is its menu time, or, for an exponential product, drawn around it from the
 * seed and what it is (order, item, attempt): the same in every run.
 *
 * <p>A fixed-time product's lane is a queue in due order (started in turn, all take the same
 * time), so the next product due anywhere is the head of a lane, or of the one priority queue of
 * the products whose times vary: the kitchen needs one timer, for the earliest.
 */
final class Stove {
  /** A product cooking, due at {@code dueNanos}; {@code sequence} breaks ties, first started first out. */
  record Cooking(long dueNanos, long sequence, Lane lane, int orderId, int item, int attempt, String product,
      ActorRef<Waiter.Command> replyTo, boolean burnt, long startNanos, int cook) {}

  /** One product: its time on the clock, how it varies, its station (null: no limit) and, for a fixed time, what cooks. */
  static final class Lane {
    final long wallNanos;
    final Distribution distribution;
    final Station station;
    private final ArrayDeque<Cooking> cooking = new ArrayDeque<>();

    Lane(long wallNanos, Distribution distribution, Station station) {
      this.wallNanos = wallNanos;
      this.distribution = distribution;
      this.station = station;
    }
  }

  final Map<String, Lane> lanes = new HashMap<>();
  final List<Station> stations = new ArrayList<>();
  /** Products whose times vary: not in due order on their lanes, so in one queue by due time. */
  private final PriorityQueue<Cooking> varying = new PriorityQueue<>(
      Comparator.comparingLong(Cooking::dueNanos).thenComparingLong(Cooking::sequence));
  private long started;
  private final long seed;
  /** How late the kitchen's wake-ups came, on the real clock; the same through a restart. */
  final LatenessMeter lateness = new LatenessMeter();

  Stove(Settings settings) {
    this.seed = settings.seed();
    Map<String, Station> byProduct = new HashMap<>();
    for (KitchenStation plan : settings.service().stations()) {
      Station station = new Station(plan, new StationStats(plan, settings.timing().timeScale(),
          settings.orders().size() <= Ledger.LISTED_UP_TO));
      stations.add(station);
      plan.products().forEach(product -> byProduct.put(product, station));
    }
    Menu menu = settings.menu();
    for (String product : menu.products()) {
      lanes.put(product, new Lane(settings.scaled(menu.preparationTime(product)).toNanos(),
          menu.distribution(product), byProduct.get(product)));
    }
  }

  /** A cook starts on a product at {@code now}: it goes on the stove, due after its time. */
  Cooking start(Lane lane, int orderId, int item, int attempt, String product, ActorRef<Waiter.Command> replyTo,
      boolean burnt, long now, int cook) {
    long due = now + lane.distribution.nanos(lane.wallNanos, seed, orderId, item, attempt);
    Cooking cooking = new Cooking(due, started++, lane, orderId, item, attempt, product, replyTo, burnt, now, cook);
    if (lane.distribution == Distribution.FIXED) {
      lane.cooking.addLast(cooking);
    } else {
      varying.add(cooking);
    }
    return cooking;
  }

  /** Takes off the stove every product due by {@code now}, each to {@code ready}, lane by lane. */
  void takeOffDue(long now, Consumer<Cooking> ready) {
    for (Lane lane : lanes.values()) {
      Cooking head;
      while ((head = lane.cooking.peekFirst()) != null && head.dueNanos() <= now) {
        lane.cooking.pollFirst();
        ready.accept(head);
      }
    }
    Cooking head;
    while ((head = varying.peek()) != null && head.dueNanos() <= now) {
      varying.poll();
      ready.accept(head);
    }
  }

  /** When the next product is due, or Long.MAX_VALUE when nothing cooks. */
  long earliestDue() {
    long earliest = Long.MAX_VALUE;
    for (Lane lane : lanes.values()) {
      Cooking head = lane.cooking.peekFirst();
      if (head != null) {
        earliest = Math.min(earliest, head.dueNanos());
      }
    }
    Cooking head = varying.peek();
    return head == null ? earliest : Math.min(earliest, head.dueNanos());
  }

  /** The restaurant opened at {@code openedAtNanos}: the stations' statistics count from {@code windowStartNanos}. */
  void openStations(long openedAtNanos, long windowStartNanos) {
    for (Station station : stations) {
      station.stats.openWindow(windowStartNanos, openedAtNanos);
    }
  }

  /** Each station's statistics up to {@code endNanos}. */
  List<StationReport> stationReports(long endNanos) {
    List<StationReport> reports = new ArrayList<>();
    for (Station station : stations) {
      reports.add(station.stats.report(endNanos));
    }
    return reports;
  }
}
