package restaurant.cluster;

import akka.actor.CoordinatedShutdown;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.TimerScheduler;
import akka.actor.typed.receptionist.Receptionist;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Leave;
import java.time.Duration;
import java.util.function.Consumer;
import restaurant.actors.Cashier;
import restaurant.actors.CrossesNodes;
import restaurant.actors.Kitchen;
import restaurant.actors.Waiter;
import restaurant.clock.SystemClock;
import restaurant.config.Settings;
import restaurant.model.FaultPlan;

/**
 * On a floor node: finds the host through the receptionist and offers its waiters; when the host
 * opens, runs them and a kitchen of its own, so products never cross the network, only the
 * orders and their outcomes. It watches the host: if the cashier node is lost, so is the book of
 * the run, and the floor leaves. Told to close, it leaves the cluster, which ends its node.
 */
public final class Floor extends AbstractBehavior<Floor.Command> {
  /** How a floor's node ended. */
  public enum End {
    /** The cashier reported and told the floor to leave. */
    SERVED,
    /** The cashier node was lost mid-run, with the book of the run. */
    CASHIER_LOST,
    /** No host was found in time: the seed nodes did not answer, or no cashier node runs. */
    NO_HOST,
    /** Stopped on its own node (a signal) before the cashier told it to leave. */
    STOPPED,
    /** The host refused it, or another floor, before the opening: bad input, the run does not start. */
    REFUSED
  }

  /** The floor's whole inbox. */
  public sealed interface Command extends CrossesNodes permits Open, Close, Refused, HostsListed, HostGone, HostLate {}

  /** From the host: serve as waiters {@code firstWaiter}, {@code firstWaiter} + 1, ... for {@code cashier}. */
  public record Open(int firstWaiter, ActorRef<Cashier.Command> cashier) implements Command {}

  /** From the host, after the report: leave the cluster. */
  public enum Close implements Command { INSTANCE }

  /** From the host, before the opening: the run cannot start, for {@code reason}; leave the cluster. */
  public record Refused(String reason) implements Command {}

  private record HostsListed(Receptionist.Listing listing) implements Command {}

  private enum HostGone implements Command { INSTANCE }

  private enum HostLate implements Command { INSTANCE }

  /**
   * @param findHostWithin how long to look for the host before giving up
   * @param ended          told how the floor ended, before it leaves
   * @param refused        told why, when the host refused the floor
   */
  public static Behavior<Command> create(Settings settings, FaultPlan faults, Duration findHostWithin,
      Consumer<End> ended, Consumer<String> refused) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      ActorRef<Receptionist.Listing> listings = context.messageAdapter(Receptionist.Listing.class, HostsListed::new);
      context.getSystem().receptionist().tell(Receptionist.subscribe(Host.KEY, listings));
      timers.startSingleTimer(HostLate.INSTANCE, findHostWithin);
      return new Floor(context, timers, settings, faults, ClusterNode.nodeName(context.getSystem()), ended,
          refused);
    }));
  }

  private final TimerScheduler<Command> timers;
  private final Settings settings;
  private final FaultPlan faults;
  private final String node;
  private final Consumer<End> ended;
  private final Consumer<String> refused;
  private ActorRef<Host.Command> host;
  private boolean open;
  private boolean leaving;

  private Floor(ActorContext<Command> context, TimerScheduler<Command> timers, Settings settings, FaultPlan faults,
      String node, Consumer<End> ended, Consumer<String> refused) {
    super(context);
    this.timers = timers;
    this.settings = settings;
    this.faults = faults;
    this.node = node;
    this.ended = ended;
    this.refused = refused;
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(HostsListed.class, this::onHostsListed)
        .onMessage(Open.class, this::onOpen)
        .onMessage(Close.class, close -> {
          if (!open) {
            getContext().getLog().warn("<Floor> The cashier opened without this floor (it had its --expect-floors):"
                + " leaving");
          }
          return leave(End.SERVED);
        })
        .onMessage(Refused.class, refusal -> {
          getContext().getLog().error("<Floor> Refused by the cashier node: {}", refusal.reason());
          refused.accept(refusal.reason());
          return leave(End.REFUSED);
        })
        .onMessage(HostGone.class, gone -> {
          if (CoordinatedShutdown.get(getContext().getSystem()).getShutdownReason().isPresent()) {
            return leave(End.STOPPED); // this node is stopping (a signal): leaving, it loses sight of the host
          }
          if (!leaving) {
            getContext().getLog().error("<Floor> The cashier node is gone, and the book of the run with it:"
                + " this floor stops");
          }
          return leave(End.CASHIER_LOST);
        })
        .onMessage(HostLate.class, late -> host == null ? leave(End.NO_HOST) : this)
        .build();
  }

  private Behavior<Command> onHostsListed(HostsListed listed) {
    var hosts = listed.listing().getServiceInstances(Host.KEY);
    if (host == null && !hosts.isEmpty()) {
      host = hosts.iterator().next();
      timers.cancel(HostLate.INSTANCE);
      getContext().watchWith(host, HostGone.INSTANCE);
      host.tell(new Host.FloorReady(getContext().getSelf(), node, settings.staff().waiters(), SharedSettings.of(settings)));
      getContext().getLog().info("<Floor> Found the cashier's host; offering {} waiters", settings.staff().waiters());
    }
    return this;
  }

  private Behavior<Command> onOpen(Open opening) {
    if (open) {
      return this;
    }
    open = true;
    int last = opening.firstWaiter() + settings.staff().waiters() - 1;
    getContext().getLog().info("<Floor> Open: waiters {} to {}, and a kitchen of this node's", opening.firstWaiter(),
        last);
    ActorRef<Kitchen.Command> kitchen = getContext().spawn(Kitchen.create(settings,
        SystemClock.nanoClock(getContext().getSystem()), faults, opening.cashier()), "kitchen");
    for (int id = opening.firstWaiter(); id <= last; id++) {
      getContext().spawn(Waiter.create(id, settings, faults, opening.cashier(), kitchen), "waiter-" + id);
    }
    return this;
  }

  /** Leaves the cluster once: Akka's CoordinatedShutdown then stops this node's actor system. */
  private Behavior<Command> leave(End end) {
    if (!leaving) {
      leaving = true;
      ended.accept(end);
      Cluster cluster = Cluster.get(getContext().getSystem());
      if (end == End.NO_HOST) {
        getContext().getSystem().terminate(); // maybe never a member: nothing to leave
      } else {
        cluster.manager().tell(Leave.create(cluster.selfMember().address()));
      }
    }
    return this;
  }
}
