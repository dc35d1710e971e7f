package restaurant.actors;

import akka.Done;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.Behaviors;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import restaurant.config.Settings;
import restaurant.model.Seconds;
import restaurant.report.LatenessMeter;
import restaurant.report.RunReport;
import restaurant.report.TimerLateness;

/**
 * The cashier's last phase: the day's report, completed with what the kitchen measured (its
 * stations, how late its timer fired) when there is a kitchen to ask, and handed on; then the
 * cashier stops, which ends the run. A kitchen that does not answer in time (it stopped on a bug)
 * leaves the report without its figures, saying so.
 */
final class DayReport {
  private static final Logger LOG = LoggerFactory.getLogger(Cashier.class);
  /** How long the report waits for the kitchen's statistics; on virtual time it costs no wall time. */
  static final Duration KITCHEN_ANSWERS_WITHIN = Duration.ofSeconds(2);

  private DayReport() {}

  /**
   * @param kitchen   asked for its figures, or null: none to ask
   * @param hasStations the figures include stations': without them the report misses those
   * @param lateness  the arrivals' timers' lateness so far
   * @param overruns  the dispatched orders' time past their own (the ledger's): the measure where
   *                  no kitchen's wake-ups are at hand
   * @param realClock the settings, to judge the timers' lateness; null on the virtual clock
   * @param closed    told once the report is out, when the restaurant was closed; or null
   */
  static Behavior<Cashier.Command> collect(RunReport report, ActorRef<Kitchen.Command> kitchen, boolean hasStations,
      long windowEnd, LatenessMeter lateness, LatenessMeter.Sample overruns, Settings realClock, ActorRef<Done> closed,
      Consumer<RunReport> reportTo) {
    if (kitchen == null) { // a cluster's cashier: its kitchens are on the floor nodes; the orders' own times tell
      lateness.add(overruns);
      return handOn(report, lateness, TimerLateness.ARRIVALS_AND_ORDERS, realClock, closed, reportTo);
    }
    return Behaviors.withTimers(timers -> {
      kitchen.tell(new Kitchen.ReportStations(windowEnd));
      timers.startSingleTimer(Cashier.KitchenSilent.INSTANCE, KITCHEN_ANSWERS_WITHIN);
      AtomicReference<ActorRef<Done>> closedBy = new AtomicReference<>(closed); // one actor's: a holder, not a lock
      return Behaviors.receive(Cashier.Command.class)
          .onMessage(Cashier.StationsMeasured.class, measured -> {
            lateness.add(measured.lateness());
            return handOn(report.withStations(measured.stations()), lateness, TimerLateness.KITCHEN_AND_ARRIVALS,
                realClock, closedBy.get(), reportTo);
          })
          .onMessage(Cashier.KitchenSilent.class, silent -> {
            LOG.warn("<Cashier> The kitchen sent no statistics; the report has {}", hasStations ? "none of its stations"
                : "the lateness of the arrivals' timers only");
            lateness.add(overruns); // the kitchen's wake-ups unknown: the orders' own times tell
            return handOn(report, lateness, TimerLateness.ARRIVALS_AND_ORDERS, realClock, closedBy.get(), reportTo);
          })
          .onMessage(Cashier.Close.class, close -> { // a stop while the figures come: answered with the report
            closedBy.compareAndSet(null, close.replyTo());
            return Behaviors.same();
          })
          .build();
    });
  }

  private static Behavior<Cashier.Command> handOn(RunReport measured, LatenessMeter lateness, String whatWasMeasured,
      Settings realClock, ActorRef<Done> closed, Consumer<RunReport> reportTo) {
    RunReport report = realClock == null ? measured
        : measured.withTimerLateness(TimerLateness.of(lateness, realClock, whatWasMeasured));
    LOG.info("<Cashier> {} of {} orders dispatched, {} failed, in {} s", report.dispatched(),
        report.ordersReceived() + report.notArrived(), report.failed(), Seconds.format3(report.makespanSeconds()));
    reportTo.accept(report);
    if (closed != null) {
      closed.tell(Done.getInstance());
    }
    return Behaviors.stopped();
  }
}
