package restaurant.cluster;

import akka.Done;
import akka.actor.Cancellable;
import akka.actor.CoordinatedShutdown;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.AskPattern;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.TimerScheduler;
import akka.actor.typed.receptionist.Receptionist;
import akka.actor.typed.receptionist.ServiceKey;
import akka.cluster.MemberStatus;
import akka.cluster.typed.Cluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import restaurant.actors.Cashier;
import restaurant.actors.CrossesNodes;
import restaurant.cluster.FloorRoster.JoinedFloor;
import restaurant.clock.SystemClock;
import restaurant.config.Settings;
import restaurant.model.Seconds;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.TraceFile;

/**
 * On the cashier node: waits for the floor nodes (found through the receptionist, they ask to
 * join), gives each a range of waiter ids, then runs the one cashier of the cluster and tells the
 * floors to open. It watches every floor: one that goes (the cluster downed its node) is reported
 * to the cashier, who hands its orders to other waiters. When the cashier reports, the floors are
 * told to leave, and the host stops once they have, or after {@link #LEAVING_WITHIN}.
 */
public final class Host extends AbstractBehavior<Host.Command> {
  /** How floor nodes find the host. */
  public static final ServiceKey<Command> KEY = ServiceKey.create(Command.class, "restaurant-host");
  /** How long the floors get to leave the cluster after the report. */
  static final Duration LEAVING_WITHIN = Duration.ofSeconds(10);

  /** The host's whole inbox. */
  public sealed interface Command extends CrossesNodes
      permits FloorReady, FloorGone, Served, FloorsLate, LeavingOver, Stop {}

  /**
   * From a floor node: it is in the cluster and brings {@code waiters} waiters, working by
   * {@code shared} ({@link SharedSettings}).
   */
  public record FloorReady(ActorRef<Floor.Command> floor, String node, int waiters, Map<String, String> shared)
      implements Command {}

  /** The host's death watch: a floor is gone (its node left, or was downed). */
  private record FloorGone(ActorRef<Floor.Command> floor) implements Command {}

  /** The cashier's report: every order done, or the run stopped. */
  private record Served(RunReport report) implements Command {}

  private enum FloorsLate implements Command { INSTANCE }

  private enum LeavingOver implements Command { INSTANCE }

  /**
   * A stop of the node (SIGINT, SIGTERM: CoordinatedShutdown): close the cashier, report, tell
   * the floors to leave, and answer once they have, so the node leaves the cluster only then.
   */
  private record Stop(ActorRef<Done> replyTo) implements Command {}

  /**
   * @param settings     the run's settings; the waiters are the floors' sum, known when they are in
   * @param expectFloors the floor nodes to wait for before opening
   * @param joinWithin   how long to wait for them
   * @param reportTo     receives the cashier's report
   * @param refused      receives the reason the run could not start (too few floors in time)
   */
  public static Behavior<Command> create(Settings settings, int expectFloors, Duration joinWithin, Progress progress,
      TraceFile trace, Runnable opened, Consumer<RunReport> reportTo, Consumer<String> refused) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      context.getSystem().receptionist().tell(Receptionist.register(KEY, context.getSelf()));
      Duration stopWithin = settings.timing().gracePeriod().plus(LEAVING_WITHIN).plusSeconds(5);
      // Cancelled when the host is done on its own: a stopped host would fail the task, and warn.
      Cancellable stopTask = CoordinatedShutdown.get(context.getSystem()).addCancellableTask(
          CoordinatedShutdown.PhaseBeforeServiceUnbind(), "close-the-restaurant",
          () -> AskPattern.ask(context.getSelf(), Stop::new, stopWithin, context.getSystem().scheduler()));
      timers.startSingleTimer(FloorsLate.INSTANCE, joinWithin);
      return new Host(context, timers, stopTask, settings, expectFloors, joinWithin, progress, trace, opened,
          reportTo, refused);
    }));
  }

  private final TimerScheduler<Command> timers;
  private final Cancellable stopTask;
  private final Settings settings;
  private final int expectFloors;
  private final Duration joinWithin;
  private final Progress progress;
  private final TraceFile trace;
  private final Runnable opened;
  private final Consumer<RunReport> reportTo;
  private final Consumer<String> refused;
  private final FloorRoster floors;
  private ActorRef<Cashier.Command> cashier;
  private boolean reported;
  /**
   * Once no run can start (a floor refused, or too few came): what the floors other than the one
   * refused are told, the late ones too, while the host waits for them to leave; null before.
   */
  private String refusedOthers;
  /** Who waits for the node to be done, on a stop; null without one. */
  private ActorRef<Done> stopping;

  private Host(ActorContext<Command> context, TimerScheduler<Command> timers, Cancellable stopTask,
      Settings settings, int expectFloors,
      Duration joinWithin, Progress progress, TraceFile trace, Runnable opened, Consumer<RunReport> reportTo,
      Consumer<String> refused) {
    super(context);
    this.timers = timers;
    this.stopTask = stopTask;
    this.settings = settings;
    this.expectFloors = expectFloors;
    this.joinWithin = joinWithin;
    this.progress = progress;
    this.trace = trace;
    this.opened = opened;
    this.reportTo = reportTo;
    this.refused = refused;
    this.floors = new FloorRoster(settings, context.getSystem().settings().config().getInt(ClusterNode.SEND_QUEUE));
    context.getLog().info("<Host> Waiting for {} floor node{}", expectFloors, expectFloors == 1 ? "" : "s");
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(FloorReady.class, this::onFloorReady)
        .onMessage(FloorGone.class, this::onFloorGone)
        .onMessage(Served.class, this::onServed)
        .onMessage(FloorsLate.class, late -> refuse(floorsLate(), null))
        .onMessage(LeavingOver.class, over -> finished())
        .onMessage(Stop.class, this::onStop)
        .build();
  }

  private Behavior<Command> onFloorReady(FloorReady ready) {
    if (floors.has(ready.floor())) {
      return this; // said twice
    }
    if (cashier != null) { // open already with the floors expected: this one is not needed
      getContext().getLog().warn("<Host> Floor node {} came after the opening: told to leave", ready.node());
      ready.floor().tell(Floor.Close.INSTANCE);
      return this;
    }
    if (refusedOthers != null) { // watched too: the host waits for it to leave
      join(ready);
      ready.floor().tell(new Floor.Refused(refusedOthers));
      return this;
    }
    String unfit = floors.unfit(ready);
    if (unfit != null) { // bad input on one node: no run starts, every node says why and leaves
      join(ready);
      return refuse(unfit, ready.floor());
    }
    join(ready);
    getContext().getLog().info("<Host> Floor node {} joined with {} waiters ({} of {})", ready.node(),
        ready.waiters(), floors.size(), expectFloors);
    if (floors.size() < expectFloors) {
      return this;
    }
    timers.cancel(FloorsLate.INSTANCE);
    int waiters = floors.numberTheWaiters();
    LongSupplier nanoClock = SystemClock.nanoClock(getContext().getSystem());
    cashier = getContext().spawn(Cashier.create(settings.withStaff(waiters, settings.staff().maxOpenOrders()), nanoClock,
        progress, trace, opened, report -> getContext().getSelf().tell(new Served(report))), "cashier");
    for (JoinedFloor floor : floors) {
      floor.floor().tell(new Floor.Open(floor.firstWaiter(), cashier));
    }
    return this;
  }

  /**
   * No run starts: {@code reason} goes to the node's command, and the floors that joined are told
   * ({@code unfit}, the floor refused, if one was, that reason; the others that the cashier refused
   * it or gave up); they exit 2 too, given {@link #LEAVING_WITHIN} to leave; the host stops then.
   */
  private Behavior<Command> refuse(String reason, ActorRef<Floor.Command> unfit) {
    refusedOthers = (unfit == null ? "the cashier node gave up: " : "the cashier node refused another floor node: ")
        + reason;
    refused.accept(reason);
    timers.cancel(FloorsLate.INSTANCE);
    for (JoinedFloor floor : floors) {
      floor.floor().tell(new Floor.Refused(floor.floor().equals(unfit) ? reason : refusedOthers));
    }
    if (floors.isEmpty()) {
      return finished(); // the node's guardian stops with the host, and the node with it
    }
    timers.startSingleTimer(LeavingOver.INSTANCE, LEAVING_WITHIN);
    return this;
  }

  private void join(FloorReady ready) {
    floors.join(ready.floor(), ready.node(), ready.waiters());
    getContext().watchWith(ready.floor(), new FloorGone(ready.floor()));
  }

  /** Why the run cannot start: too few floors came, or this node never joined a cluster for them to come to. */
  private String floorsLate() {
    Cluster cluster = Cluster.get(getContext().getSystem());
    String within = " within " + Seconds.format(joinWithin) + " s";
    if (cluster.selfMember().status() != MemberStatus.up()) {
      List<String> seeds = getContext().getSystem().settings().config().getStringList("akka.cluster.seed-nodes")
          .stream().map(seed -> seed.replaceFirst("^akka://[^@]*@", "")).toList();
      String self = ClusterNode.nodeName(getContext().getSystem()).replaceFirst("^[^@]*@", "");
      if (seeds.get(0).equals(self)) { // Akka's first seed waits for the others before it forms the cluster alone
        return "this cashier node did not form its cluster" + within + ": as the first of --seed-nodes it first waits"
            + " up to akka.cluster.seed-node-timeout (" + Seconds.format(getContext().getSystem().settings().config()
            .getDuration("akka.cluster.seed-node-timeout")) + " s) for the others: wait longer with --join-timeout";
      }
      return "this cashier node did not join a cluster" + within + " through --seed-nodes " + String.join(",", seeds)
          + ": the first seed node must be this node itself (" + self + "), or a node already up";
    }
    return "only " + floors.size() + " of " + expectFloors + " floor nodes joined" + within + ": start them with"
        + " --seed-nodes naming this node, or wait longer with --join-timeout";
  }

  private Behavior<Command> onFloorGone(FloorGone gone) {
    JoinedFloor floor = floors.remove(gone.floor());
    if (reported || refusedOthers != null) {
      return floors.isEmpty() ? finished() : this;
    }
    if (cashier == null) { // before the opening: another floor may still take its place
      getContext().getLog().warn("<Host> Floor node {} left before the opening", floor.node());
      return this;
    }
    getContext().getLog().warn("<Host> Floor node {} is gone", floor.node());
    cashier.tell(new Cashier.FloorLost(floor.node(), floor.firstWaiter(), floor.lastWaiter()));
    return this;
  }

  private Behavior<Command> onServed(Served served) {
    reported = true;
    reportTo.accept(served.report());
    if (floors.isEmpty()) {
      getContext().getLog().info("<Host> Reported; no floor node is left to tell");
    } else {
      getContext().getLog().info("<Host> Reported; telling the {} floor node{} to leave", floors.size(),
          floors.size() == 1 ? "" : "s");
    }
    for (JoinedFloor floor : floors) {
      floor.floor().tell(Floor.Close.INSTANCE);
    }
    if (floors.isEmpty()) {
      return finished();
    }
    timers.startSingleTimer(LeavingOver.INSTANCE, LEAVING_WITHIN);
    return this;
  }

  private Behavior<Command> onStop(Stop stop) {
    stopping = stop.replyTo();
    getContext().getLog().info("<Host> Stopping: the cashier closes, then the floor nodes leave");
    if (cashier == null) { // not open: nothing served (the node reports an empty, stopped day)
      return finished();
    }
    if (!reported) {
      cashier.tell(new Cashier.Close(settings.timing().gracePeriod(), getContext().getSystem().ignoreRef()));
    }
    return this;
  }

  /** Done: a stop waiting for the floors to leave is answered, and the node can go. */
  private Behavior<Command> finished() {
    if (stopping != null) {
      stopping.tell(Done.getInstance());
    } else {
      stopTask.cancel();
    }
    return Behaviors.stopped();
  }
}
