package restaurant.actors;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.TimerScheduler;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import restaurant.domain.Menu;
import restaurant.domain.Seconds;
import restaurant.domain.ServiceEvents;
import restaurant.domain.Settings;

/**
 * Cooks products. It never waits: each product goes on its station with its due time, and one
 * Akka timer, set for the earliest due product, wakes the kitchen to serve everything that is
 * ready. Any number of products cook at once.
 *
 * <p>Why one timer and not one per product: a product's time is fixed, so each station is a
 * queue in due order, and the next product due anywhere is the head of one of them. A kitchen
 * with thousands of products on the go then runs one timer, not thousands, and everything due
 * within one tick of Akka's scheduler goes out on the same wake-up.
 */
public final class Kitchen extends AbstractBehavior<Kitchen.Command> {
  /** Checked once per kitchen: per-event lines and their MDC cost nothing in a --quiet run. */
  private static final Logger EVENT_LOG = LoggerFactory.getLogger(Kitchen.class);

  public interface Command {}

  /** Cook one product of an order; the product comes back to {@code replyTo} when it is ready. */
  public record Prepare(int orderId, String product, ActorRef<Waiter.Command> replyTo) implements Command {}

  /**
   * The reply: one per {@link Prepare}. The kitchen serves only waiters, so its reply is a message
   * of the waiter's protocol: no message adapter per waiter (some 250 bytes each) and no wrapper
   * per product.
   */
  public record ProductReady(int orderId, String product) implements Waiter.Command {}

  /** The timer: the earliest product due is ready. An enum, so the timer key hashes cheaply. */
  private enum Wake implements Command { UP }

  /** A product on a station, and when it is due on the kitchen's clock. */
  private record Cooking(long dueNanos, Prepare request) {}

  /** Where one product is made: how long it takes, and what is cooking there, in due order. */
  private static final class Station {
    final long wallNanos;
    final ArrayDeque<Cooking> cooking = new ArrayDeque<>();

    Station(long wallNanos) {
      this.wallNanos = wallNanos;
    }
  }

  /**
   * @param nanoClock the clock due times are counted on: System::nanoTime, or virtual time in tests
   */
  public static Behavior<Command> create(Settings settings, LongSupplier nanoClock) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      Kitchen kitchen = new Kitchen(context, timers, settings, nanoClock);
      return kitchen.logsEvents ? Behaviors.withMdc(Command.class, Kitchen::mdc, kitchen) : kitchen;
    }));
  }

  private final TimerScheduler<Command> timers;
  private final LongSupplier nanoClock;
  private final Menu menu;
  private final Map<String, Station> stations = new HashMap<>();
  private final boolean logsEvents = EVENT_LOG.isDebugEnabled(ServiceEvents.EVENT);
  /** When the timer will wake the kitchen, or Long.MAX_VALUE when nothing is cooking. */
  private long wakeAt = Long.MAX_VALUE;

  private Kitchen(ActorContext<Command> context, TimerScheduler<Command> timers, Settings settings,
      LongSupplier nanoClock) {
    super(context);
    this.timers = timers;
    this.nanoClock = nanoClock;
    this.menu = settings.menu();
    for (String product : menu.products()) {
      stations.put(product, new Station(settings.scaled(menu.preparationTime(product)).toNanos()));
    }
    context.getLog().info("<Kitchen> Open. Menu: {}", menu.describe());
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Prepare.class, this::onPrepare)
        .onMessage(Wake.class, wake -> onWake())
        .build();
  }

  private Behavior<Command> onPrepare(Prepare request) {
    if (logsEvents) {
      getContext().getLog().debug(ServiceEvents.EVENT, "<Kitchen> [Order: {}] Cooking {} for {} s",
          request.orderId(), request.product(), Seconds.format(menu.preparationTime(request.product())));
    }
    long now = nanoClock.getAsLong();
    Station station = stations.get(request.product());
    long due = now + station.wallNanos;
    station.cooking.addLast(new Cooking(due, request));
    if (due < wakeAt) {
      wakeUpAt(due, now);
    }
    return this;
  }

  private Behavior<Command> onWake() {
    long now = nanoClock.getAsLong();
    long nextDue = Long.MAX_VALUE;
    for (Station station : stations.values()) {
      Cooking head;
      while ((head = station.cooking.peekFirst()) != null && head.dueNanos() <= now) {
        station.cooking.pollFirst();
        serve(head.request());
      }
      if (head != null) {
        nextDue = Math.min(nextDue, head.dueNanos());
      }
    }
    wakeAt = Long.MAX_VALUE;
    if (nextDue != Long.MAX_VALUE) {
      wakeUpAt(nextDue, now);
    }
    return this;
  }

  private void serve(Prepare request) {
    if (logsEvents) {
      getContext().getLog().debug(ServiceEvents.EVENT, "<Kitchen> [Order: {}] {} ready", request.orderId(),
          request.product());
    }
    request.replyTo().tell(new ProductReady(request.orderId(), request.product()));
  }

  /** Sets the one timer (replacing any earlier setting) to wake the kitchen at {@code due}. */
  private void wakeUpAt(long due, long now) {
    wakeAt = due;
    timers.startSingleTimer(Wake.UP, Wake.UP, Duration.ofNanos(Math.max(0, due - now)));
  }

  private static Map<String, String> mdc(Command message) {
    if (message instanceof Prepare prepare) {
      return Map.of("order", Integer.toString(prepare.orderId()));
    }
    return Map.of();
  }
}
