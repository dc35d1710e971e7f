package restaurant.actors;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.TimerScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import restaurant.domain.Menu;
import restaurant.domain.Seconds;
import restaurant.domain.ServiceEvents;
import restaurant.domain.Settings;

/**
 * Cooks products. It never waits: each request is put on a timer for the product's (scaled)
 * preparation time, and the reply goes out when the timer fires, so the kitchen can have any
 * number of products cooking at once.
 *
 * <p>Products that come out in the same timer window (restaurant.kitchen.timer-window, 1 ms by
 * default: Akka's scheduler fires no finer) share one timer, so a kitchen with thousands of
 * products on the go runs one timer per window, not one per product. A product's due time is
 * rounded up to its window's end: never served early.
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

  /** The timer of a window fired: everything due in it is ready. */
  private record WindowDue(long window) implements Command {}

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
  private final Map<String, Long> wallNanos = new HashMap<>();
  private final Menu menu;
  private final long windowNanos;
  /** Window number -> the products due in it. Keyed by a Long, whose hashCode is cheap from the first call. */
  private final Map<Long, List<Prepare>> cooking = new HashMap<>();
  private final boolean logsEvents;
  private long nextTicket;

  private Kitchen(ActorContext<Command> context, TimerScheduler<Command> timers, Settings settings,
      LongSupplier nanoClock) {
    super(context);
    this.timers = timers;
    this.nanoClock = nanoClock;
    this.menu = settings.menu();
    this.windowNanos = settings.kitchenTimerWindow().toNanos();
    for (String product : menu.products()) {
      wallNanos.put(product, settings.scaled(menu.preparationTime(product)).toNanos());
    }
    this.logsEvents = EVENT_LOG.isDebugEnabled(ServiceEvents.EVENT);
    context.getLog().info("<Kitchen> Open. Menu: {}", menu.describe());
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Prepare.class, this::onPrepare)
        .onMessage(WindowDue.class, this::onWindowDue)
        .build();
  }

  private Behavior<Command> onPrepare(Prepare request) {
    if (logsEvents) {
      getContext().getLog().debug(ServiceEvents.EVENT, "<Kitchen> [Order: {}] Cooking {} for {} s",
          request.orderId(), request.product(), Seconds.format(menu.preparationTime(request.product())));
    }
    long now = nanoClock.getAsLong();
    long wallTime = wallNanos.get(request.product());
    long window;
    long delay;
    if (windowNanos == 0) { // a timer per product
      window = nextTicket++;
      delay = wallTime;
    } else {
      window = Math.floorDiv(now + wallTime + windowNanos - 1, windowNanos); // rounds up
      delay = window * windowNanos - now;
    }
    List<Prepare> due = cooking.get(window);
    if (due == null) {
      due = new ArrayList<>(4);
      cooking.put(window, due);
      timers.startSingleTimer(window, new WindowDue(window), Duration.ofNanos(delay));
    }
    due.add(request);
    return this;
  }

  private Behavior<Command> onWindowDue(WindowDue windowDue) {
    for (Prepare request : cooking.remove(windowDue.window())) {
      if (logsEvents) {
        getContext().getLog().debug(ServiceEvents.EVENT, "<Kitchen> [Order: {}] {} ready", request.orderId(),
            request.product());
      }
      request.replyTo().tell(new ProductReady(request.orderId(), request.product()));
    }
    return this;
  }

  private static Map<String, String> mdc(Command message) {
    if (message instanceof Prepare prepare) {
      return Map.of("order", Integer.toString(prepare.orderId()));
    }
    return Map.of();
  }
}
