package restaurant.clock;

import akka.dispatch.DispatcherPrerequisites;
import akka.dispatch.ExecutorServiceConfigurator;
import akka.dispatch.ExecutorServiceFactory;
import com.typesafe.config.Config;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * A dispatcher's executor for virtual time ({@code executor = "restaurant.clock.VirtualTimeExecutor"}):
 * every dispatcher configured with it runs its tasks on the {@link VirtualTimeScheduler}'s one
 * {@link SimulationThread}. One thread, so a run is the same on every machine, and so the clock
 * knows for certain when no actor has work.
 */
public final class VirtualTimeExecutor extends ExecutorServiceConfigurator {
  private final VirtualTimeScheduler scheduler;

  /** The constructor Akka calls for a dispatcher's {@code executor}. */
  public VirtualTimeExecutor(Config config, DispatcherPrerequisites prerequisites) {
    super(config, prerequisites);
    if (!(prerequisites.scheduler() instanceof VirtualTimeScheduler virtual)) {
      throw new IllegalStateException("restaurant.clock.VirtualTimeExecutor needs akka.scheduler.implementation = "
          + VirtualTimeScheduler.class.getName());
    }
    this.scheduler = virtual;
  }

  /** The thread factory goes unused: the simulation thread is the scheduler's. */
  @Override
  public ExecutorServiceFactory createExecutorServiceFactory(String id, ThreadFactory threadFactory) {
    return () -> new OnTheSimulationThread(scheduler);
  }

  /**
   * One dispatcher's view of the simulation thread. Akka shuts a dispatcher's executor down when it
   * has been idle a while (and makes a new one when needed): that ends this view, not the thread,
   * which the scheduler ends with the actor system.
   */
  private static final class OnTheSimulationThread extends AbstractExecutorService {
    private final VirtualTimeScheduler scheduler;
    private volatile boolean shutdown;

    OnTheSimulationThread(VirtualTimeScheduler scheduler) {
      this.scheduler = scheduler;
    }

    @Override
    public void execute(Runnable task) {
      if (shutdown) {
        throw new RejectedExecutionException("the dispatcher was shut down");
      }
      scheduler.execute(task);
    }

    @Override
    public void shutdown() {
      shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
      shutdown = true;
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return shutdown;
    }

    @Override
    public boolean isTerminated() {
      return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return shutdown;
    }
  }
}
