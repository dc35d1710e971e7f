package restaurant.clock;

import akka.actor.Cancellable;
import akka.actor.Scheduler;
import akka.event.LoggingAdapter;
import com.typesafe.config.Config;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import scala.concurrent.ExecutionContext;
import scala.concurrent.duration.FiniteDuration;

/**
 * Akka's scheduler on a virtual clock: time stands still while any actor has work, and jumps to
 * the next timer due the moment none has. The same actors then run as a discrete-event
 * simulation: exact to the nanosecond, as fast as the CPU allows, the same on every run.
 *
 * <p>"No actor has work" is known, not guessed: the dispatchers run on {@link VirtualTimeExecutor},
 * which hands every task to one {@link SimulationThread}, and a message send hands its mailbox
 * over synchronously. When that thread has run every task it was given, no message is waiting
 * anywhere: it sets the clock to the earliest due timer and fires every timer due at that
 * instant, in the order they were scheduled. No thread hands the clock to another, so a simulated
 * event costs no more than the messages it carries. When no timer is left either, the simulation
 * has nothing more to do: {@link #whenIdle} says what then.
 *
 * <p>Timers set from outside the simulation (by a thread that is not the actors': Akka starting its
 * logger, a caller's ask timing out) protect a real thread waiting in real time, so they run on
 * the wall clock ({@link PreciseScheduler}). Work that arrives from outside is not waited for: a
 * virtual run is started by its guardian and runs by itself.
 *
 * <p>Chosen with {@code akka.scheduler.implementation} together with the executor, as in
 * {@code restaurant/virtual-time.conf}.
 */
public final class VirtualTimeScheduler implements Scheduler, Closeable {
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private final SimulationThread simulation;
  private final PreciseScheduler wallClock;
  private volatile long nowNanos;
  private volatile Runnable whenIdle = () -> { };
  private long scheduled; // guarded by timers: the order of scheduling breaks ties

  /** The constructor Akka calls for {@code akka.scheduler.implementation}. */
  public VirtualTimeScheduler(Config config, LoggingAdapter log, ThreadFactory threadFactory) {
    wallClock = new PreciseScheduler(config, log, threadFactory);
    // Akka's thread factory: a fatal error in an actor reaches the actor system's handler, as on a dispatcher.
    simulation = new SimulationThread(this, threadFactory);
  }

  /** The virtual clock, in nanoseconds from the scheduler's start. */
  public long nanoTime() {
    return nowNanos;
  }

  @Override
  public Cancellable scheduleOnce(FiniteDuration delay, Runnable task, ExecutionContext executor) {
    return simulation.isCurrent() ? add(delay.toNanos(), 0, task, executor) : wallClock.scheduleOnce(delay, task, executor);
  }

  @Override
  public Cancellable schedule(FiniteDuration initialDelay, FiniteDuration interval, Runnable task,
      ExecutionContext executor) {
    return simulation.isCurrent() ? add(initialDelay.toNanos(), Math.max(1, interval.toNanos()), task, executor)
        : wallClock.schedule(initialDelay, interval, task, executor);
  }

  /** Virtual time has no ticks: any number of timers a second. */
  @Override
  public double maxFrequency() {
    return 1e9;
  }

  @Override
  public void close() {
    wallClock.close();
    simulation.close();
  }

  /**
   * What to do when no actor has work and no timer is set: the simulation has ended, or is stuck.
   * Runs on the thread that finished the last task; telling an actor something goes on from there.
   */
  public void whenIdle(Runnable action) {
    whenIdle = action;
  }

  /**
   * A new day on the same actor system: the clock back to 0, as if the scheduler had just
   * started. Called on the simulation thread once the day before has ended (its actors stopped,
   * their timers cancelled with them). Timers still set are Akka's own, periodic ones (a
   * serializer's cache eviction): each stays as far ahead of the clock as it was, and one shift of
   * them all keeps their order.
   */
  public void startNewDay() {
    if (!simulation.isCurrent()) {
      throw new IllegalStateException("a new day starts on the simulation thread, between two of its tasks");
    }
    synchronized (timers) {
      for (Timer timer : timers) {
        timer.due = timer.due == Long.MAX_VALUE ? Long.MAX_VALUE : timer.due - nowNanos;
      }
      nowNanos = 0;
    }
  }

  /** Hands a dispatcher's task to the simulation thread. */
  void execute(Runnable task) {
    simulation.execute(task);
  }

  /**
   * Called by the simulation thread when it has nothing left to run: moves the clock to the
   * earliest due timer and hands every timer due then to its executor. False if none is set.
   */
  boolean fireNextDue() {
    List<Timer> due = takeTheNextDue();
    for (Timer timer : due) {
      try {
        timer.executor.execute(timer.task);
      } catch (RejectedExecutionException rejected) { // the actor system is shutting down
        // nothing left to run it on
      } catch (Throwable failure) { // a task run in place threw: reported, and the other timers still fire
        simulation.reportFailure(failure);
      }
    }
    return !due.isEmpty();
  }

  /** Called by the simulation thread when it has nothing left to run and no timer is set. */
  void idle() {
    whenIdle.run();
  }

  private Timer add(long delayNanos, long intervalNanos, Runnable task, ExecutionContext executor) {
    Timer timer;
    synchronized (timers) {
      long due = nowNanos + Math.max(0, delayNanos);
      timer = new Timer(due < nowNanos ? Long.MAX_VALUE : due, scheduled++, intervalNanos, task, executor);
      timers.add(timer);
    }
    return timer;
  }

  /** Moves the clock to the earliest due timer and takes every timer due then; none if none is set. */
  private List<Timer> takeTheNextDue() {
    synchronized (timers) {
      Timer first = timers.peek();
      if (first == null) {
        return List.of();
      }
      nowNanos = first.due;
      List<Timer> due = new ArrayList<>();
      while (!timers.isEmpty() && timers.peek().due == first.due) {
        Timer timer = timers.poll();
        due.add(timer);
        if (timer.intervalNanos > 0) {
          timers.add(timer.next(scheduled++));
        }
      }
      return due;
    }
  }

  /** A task due at a virtual time; periodic ones are followed by their next occurrence. */
  private final class Timer implements Cancellable, Comparable<Timer> {
    long due; // shifted back, all timers alike, when a new day starts
    final long sequence;
    final long intervalNanos;
    final Runnable task;
    final ExecutionContext executor;
    /** The next occurrence of a periodic timer, which cancelling this one must cancel too. */
    private Timer next;
    private boolean cancelled;

    Timer(long due, long sequence, long intervalNanos, Runnable task, ExecutionContext executor) {
      this.due = due;
      this.sequence = sequence;
      this.intervalNanos = intervalNanos;
      this.task = task;
      this.executor = executor;
    }

    Timer next(long nextSequence) {
      next = new Timer(due + intervalNanos, nextSequence, intervalNanos, task, executor);
      return next;
    }

    @Override
    public boolean cancel() {
      synchronized (timers) {
        Timer timer = latest();
        if (timer.cancelled) {
          return false;
        }
        timer.cancelled = true;
        return timers.remove(timer);
      }
    }

    @Override
    public boolean isCancelled() {
      synchronized (timers) {
        return latest().cancelled;
      }
    }

    /** This timer, or for a periodic one its occurrence still to come. */
    private Timer latest() {
      Timer timer = this;
      while (timer.next != null) {
        timer = timer.next;
      }
      return timer;
    }

    @Override
    public int compareTo(Timer other) {
      return due != other.due ? Long.compare(due, other.due) : Long.compare(sequence, other.sequence);
    }
  }
}
