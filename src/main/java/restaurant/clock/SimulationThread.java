package restaurant.clock;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.LockSupport;

/**
 * The one thread a virtual run's actors run on, and the loop that moves the virtual clock. Every
 * dispatcher on {@link VirtualTimeExecutor} hands its tasks (an actor's mailbox with messages
 * waiting) to it, and it runs them in the order they came. When it has none left, no actor has
 * work, by construction: no other thread runs one. Only then does it ask the
 * {@link VirtualTimeScheduler} to move the clock to the next timers due.
 *
 * <p>Tasks handed over by the thread itself (an actor telling another) go on a plain queue that
 * only this thread touches: no lock, no atomic counter, no wrapper per task. Tasks from other
 * threads (a stop request, a timer on the wall clock) come through a concurrent queue, taken in
 * between and whenever the plain one runs dry; they wake the thread when it waits for work.
 */
final class SimulationThread {
  /** How many tasks run between two looks at the tasks from other threads: a stop is not kept waiting. */
  private static final int OUTSIDE_CHECK_INTERVAL = 256;

  private final ArrayDeque<Runnable> tasks = new ArrayDeque<>(1024);
  private final ConcurrentLinkedQueue<Runnable> fromOutside = new ConcurrentLinkedQueue<>();
  private final VirtualTimeScheduler scheduler;
  private final Thread thread;
  private volatile boolean closed;
  /** The loop has ended: what is handed over from now on is refused, not left waiting for ever. */
  private volatile boolean exited;
  /** Tasks run since the last look at the tasks from other threads. */
  private int sinceOutside;

  SimulationThread(VirtualTimeScheduler scheduler, ThreadFactory threadFactory) {
    this.scheduler = scheduler;
    this.thread = threadFactory.newThread(this::loop);
    thread.setName("simulation"); // as the log shows it
    thread.setDaemon(true);
    thread.start();
  }

  /** True on the simulation thread: what it schedules is due on the virtual clock. */
  boolean isCurrent() {
    return Thread.currentThread() == thread;
  }

  void execute(Runnable task) {
    if (isCurrent()) {
      tasks.addLast(task);
      return;
    }
    fromOutside.add(task);
    LockSupport.unpark(thread);
    if (exited && fromOutside.remove(task)) { // too late, and not taken by the last look: refused
      throw new RejectedExecutionException("the simulation has ended");
    }
  }

  /** Runs what is queued, then ends the thread. */
  void close() {
    closed = true;
    LockSupport.unpark(thread);
  }

  private void loop() {
    try {
      serve();
    } finally {
      exited = true;
      takeFromOutside(); // what came in meanwhile runs; what comes later is refused
      for (Runnable task; (task = tasks.pollFirst()) != null; ) {
        run(task);
      }
    }
  }

  /**
   * Runs tasks until closed. A failure outside a task (an OutOfMemoryError growing a queue) is
   * reported like a task's, and the loop goes on: a dead simulation thread would leave the actor
   * system unable to terminate, and the run hanging.
   */
  private void serve() {
    while (true) {
      try {
        if (!step()) {
          return;
        }
      } catch (Throwable failure) {
        reportFailure(failure);
      }
    }
  }

  /** One task, one look outside, a move of the clock, or a wait; false once closed and drained. */
  private boolean step() {
    Runnable task = tasks.pollFirst();
    if (task != null) {
      run(task);
      if (++sinceOutside == OUTSIDE_CHECK_INTERVAL) {
        sinceOutside = 0;
        takeFromOutside();
      }
    } else if (!takeFromOutside() && (closed || !scheduler.fireNextDue())) {
      // Nothing to run and no timer set: the simulation is over, or stuck; or closed.
      if (closed) {
        return false;
      }
      scheduler.idle();
      // No actor has anything to do and no timer is set: the thread waits for work from outside,
      // as an idle pool thread does. Not an actor blocking: none is running.
      while (tasks.isEmpty() && fromOutside.isEmpty() && !closed) {
        LockSupport.park(this);
      }
    }
    return true;
  }

  /** Moves the tasks from other threads onto this thread's queue; false if there were none. */
  private boolean takeFromOutside() {
    Runnable task = fromOutside.poll();
    if (task == null) {
      return false;
    }
    do {
      tasks.addLast(task);
    } while ((task = fromOutside.poll()) != null);
    return true;
  }

  /** A task's failure is reported as a dispatcher thread's would be, and the simulation goes on. */
  private void run(Runnable task) {
    try {
      task.run();
    } catch (Throwable failure) {
      reportFailure(failure);
    }
  }

  /** To the actor system's handler (Akka's thread factory made this thread): a fatal error ends the system. */
  void reportFailure(Throwable failure) {
    thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
  }
}
