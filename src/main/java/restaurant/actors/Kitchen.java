package restaurant.actors;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.TimerScheduler;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import restaurant.domain.Menu;
import restaurant.domain.Seconds;
import restaurant.domain.ServiceEvents;
import restaurant.domain.Settings;

/**
 * Cooks products. It never waits: each request starts a timer for the product's (scaled)
 * preparation time, and the reply goes out when the timer fires, so the kitchen can have any
 * number of products cooking at once.
 */
public final class Kitchen extends AbstractBehavior<Kitchen.Command> {

  public interface Command {}

  /** Cook one product of an order; the product comes back to {@code replyTo} when it is ready. */
  public record Prepare(int orderId, String product, ActorRef<ProductReady> replyTo) implements Command {}

  /** The reply: one per {@link Prepare}. */
  public record ProductReady(int orderId, String product) {}

  /** A product's timer fired. Tickets keep the timers apart, even two burgers of one order. */
  private record Cooked(long ticket, Prepare request) implements Command {}

  public static Behavior<Command> create(Settings settings) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers ->
        Behaviors.withMdc(Command.class, Kitchen::mdc, new Kitchen(context, timers, settings))));
  }

  private final TimerScheduler<Command> timers;
  private final Map<String, Duration> wallTimes = new HashMap<>();
  private final Menu menu;
  private long nextTicket;

  private Kitchen(ActorContext<Command> context, TimerScheduler<Command> timers, Settings settings) {
    super(context);
    this.timers = timers;
    this.menu = settings.menu();
    for (String product : menu.products()) {
      wallTimes.put(product, settings.scaled(menu.preparationTime(product)));
    }
    context.getLog().info("<Kitchen> Open. Menu: {}", menu.describe());
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Prepare.class, this::onPrepare)
        .onMessage(Cooked.class, this::onCooked)
        .build();
  }

  private Behavior<Command> onPrepare(Prepare request) {
    Duration wallTime = wallTimes.get(request.product());
    if (getContext().getLog().isDebugEnabled(ServiceEvents.EVENT)) {
      getContext().getLog().debug(ServiceEvents.EVENT, "<Kitchen> [Order: {}] Cooking {} for {} s", request.orderId(),
          request.product(), Seconds.format(menu.preparationTime(request.product())));
    }
    long ticket = nextTicket++;
    // Keyed by the ticket, a Long: hashing a record key would bootstrap the record's
    // hashCode on the first order, a cold start of some 30 ms on the critical path.
    timers.startSingleTimer(ticket, new Cooked(ticket, request), wallTime);
    return this;
  }

  private Behavior<Command> onCooked(Cooked cooked) {
    Prepare request = cooked.request();
    getContext().getLog().debug(ServiceEvents.EVENT, "<Kitchen> [Order: {}] {} ready", request.orderId(),
        request.product());
    request.replyTo().tell(new ProductReady(request.orderId(), request.product()));
    return this;
  }

  private static Map<String, String> mdc(Command message) {
    if (message instanceof Prepare prepare) {
      return Map.of("order", Integer.toString(prepare.orderId()));
    }
    if (message instanceof Cooked cooked) {
      return Map.of("order", Integer.toString(cooked.request().orderId()));
    }
    return Map.of();
  }
}
