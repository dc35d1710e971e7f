package restaurant.akka;

import akka.dispatch.DispatcherPrerequisites;
import akka.dispatch.ExecutorServiceConfigurator;
import akka.dispatch.ExecutorServiceFactory;
import com.typesafe.config.Config;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * A dispatcher's executor for virtual time ({@code executor = "restaurant.akka.VirtualTimeExecutor"}):
 * one thread, so a run is the same on every machine, and every task counted by the
 * {@link VirtualTimeScheduler} from the moment it is handed over until it has run. The thread is a
 * one-thread ForkJoinPool's: its queue takes a task without a lock, where a ThreadPoolExecutor's
 * locks and signals on every hand-over (a million orders took some 30% longer on one).
 */
public final class VirtualTimeExecutor extends ExecutorServiceConfigurator {
  private final VirtualTimeScheduler scheduler;

  /** The constructor Akka calls for a dispatcher's {@code executor}. */
  public VirtualTimeExecutor(Config config, DispatcherPrerequisites prerequisites) {
    super(config, prerequisites);
    if (!(prerequisites.scheduler() instanceof VirtualTimeScheduler virtual)) {
      throw new IllegalStateException("restaurant.akka.VirtualTimeExecutor needs akka.scheduler.implementation = "
          + VirtualTimeScheduler.class.getName());
    }
    this.scheduler = virtual;
  }

  @Override
  public ExecutorServiceFactory createExecutorServiceFactory(String id, ThreadFactory threadFactory) {
    return () -> new Counted(new ForkJoinPool(1, pool -> new ForkJoinWorkerThread(pool) {
      @Override
      protected void onStart() {
        super.onStart();
        setName(id); // as Akka names its threads, for the log
        scheduler.markSimulated();
      }
    }, null, true), scheduler);
  }

  private static final class Counted extends AbstractExecutorService {
    private final ExecutorService thread;
    private final VirtualTimeScheduler scheduler;

    Counted(ExecutorService thread, VirtualTimeScheduler scheduler) {
      this.thread = thread;
      this.scheduler = scheduler;
    }

    @Override
    public void execute(Runnable task) {
      scheduler.workStarted();
      try {
        thread.execute(() -> {
          try {
            task.run();
          } finally {
            scheduler.workDone();
          }
        });
      } catch (RejectedExecutionException e) {
        scheduler.workDone();
        throw e;
      }
    }

    @Override
    public void shutdown() {
      thread.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
      return thread.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
      return thread.isShutdown();
    }

    @Override
    public boolean isTerminated() {
      return thread.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
      return thread.awaitTermination(timeout, unit);
    }
  }
}
