package restaurant.clock;

import akka.actor.Cancellable;
import akka.actor.Scheduler;
import akka.event.LoggingAdapter;
import com.typesafe.config.Config;
import java.io.Closeable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import scala.concurrent.ExecutionContext;
import scala.concurrent.duration.FiniteDuration;

/**
 * Akka's scheduler, to the nanosecond. Akka's default (the LightArrayRevolverScheduler) fires a
 * timer at the first tick after it is due, and its tick is at least 1 ms: a 7.5 ms burger at
 * time-scale 0.001 comes out up to 1 ms late, 13% of its time. This one hands each task to
 * a JDK ScheduledThreadPoolExecutor, which fires when the task is due. Chosen in
 * restaurant/akka.conf with {@code akka.scheduler.implementation}.
 *
 * <p>Its single thread only hands tasks on: a timer task runs on the ExecutionContext it was
 * scheduled with, as with Akka's own scheduler.
 */
public final class PreciseScheduler implements Scheduler, Closeable {
  private final ScheduledThreadPoolExecutor timer;

  /** The constructor Akka calls for {@code akka.scheduler.implementation}. */
  public PreciseScheduler(Config config, LoggingAdapter log, ThreadFactory threadFactory) {
    timer = new ScheduledThreadPoolExecutor(1, threadFactory);
    timer.setRemoveOnCancelPolicy(true); // a cancelled timer leaves the queue at once
    timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  @Override
  public Cancellable scheduleOnce(FiniteDuration delay, Runnable task, ExecutionContext executor) {
    return cancellable(timer.schedule(() -> executor.execute(task), delay.toNanos(), TimeUnit.NANOSECONDS));
  }

  @Override
  public Cancellable schedule(FiniteDuration initialDelay, FiniteDuration interval, Runnable task,
      ExecutionContext executor) {
    return cancellable(timer.scheduleAtFixedRate(() -> executor.execute(task), initialDelay.toNanos(),
        interval.toNanos(), TimeUnit.NANOSECONDS));
  }

  /** As many timers a second as the JDK's timer can fire: no tick limits it. */
  @Override
  public double maxFrequency() {
    return 1e6;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  private static Cancellable cancellable(ScheduledFuture<?> future) {
    return new Cancellable() {
      @Override
      public boolean cancel() {
        return future.cancel(false);
      }

      @Override
      public boolean isCancelled() {
        return future.isCancelled();
      }
    };
  }
}
