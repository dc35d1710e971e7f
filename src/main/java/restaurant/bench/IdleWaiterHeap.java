package restaurant.bench;

import akka.actor.typed.ActorSystem;
import com.typesafe.config.Config;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import restaurant.config.BadInputException;
import restaurant.config.Settings;
import restaurant.model.StopRequest;

/**
 * Bench's --idle-waiters: the heap each idle waiter costs, the heap in use with that many idle
 * waiters ({@link IdleCashier}) less that with none, each measured after a collection.
 */
final class IdleWaiterHeap {
  /** Heap per idle waiter, rounded up from the 850 bytes measured (docs/benchmarks.md). */
  static final long BYTES_PER_IDLE_WAITER = 1_000;
  /** What a measurement of the heap returns when a signal stopped it. */
  private static final long STOPPED = -1;

  private IdleWaiterHeap() {}

  /** About 850 bytes each, measured, twice over for the heap's own room: refused before it starts. */
  static void checkFits(int count) {
    long fits = Runtime.getRuntime().maxMemory() / 2 / BYTES_PER_IDLE_WAITER;
    if (count > fits) {
      throw new BadInputException(String.format(Locale.ROOT, "--idle-waiters %d: this JVM's heap (%.1f GB) "
          + "holds at most %,d idle waiters; give it more with java -Xmx", count,
          Runtime.getRuntime().maxMemory() / 1e9, fits));
    }
  }

  /** Heap per idle waiter: the heap in use with {@code count} waiters, less that with none. */
  static String measure(int count, Settings settings, Config config, StopRequest stop) throws InterruptedException {
    long without = heapInUseWithIdleWaiters(0, settings, config, stop);
    long with = without == STOPPED ? STOPPED : heapInUseWithIdleWaiters(count, settings, config, stop);
    if (with == STOPPED) {
      return "stopped: the idle waiters were not all in; nothing measured.";
    }
    return String.format(Locale.ROOT, "%,d idle waiters: %,.0f bytes of heap each (%.1f MB in all)",
        count, (with - without) / (double) count, (with - without) / 1e6);
  }

  /** The heap in use once {@code count} idle waiters are in, or {@link #STOPPED}. */
  private static long heapInUseWithIdleWaiters(int count, Settings settings, Config config, StopRequest stop)
      throws InterruptedException {
    CompletableFuture<Void> allIdle = new CompletableFuture<>();
    stop.whenRequested(() -> allIdle.cancel(false));
    ActorSystem<?> system = ActorSystem.create(IdleCashier.create(count, settings, allIdle), "idle", config);
    boolean stopped = false;
    try {
      allIdle.get(); // the bench's own thread, not an actor's
      return heapInUseAfterGc();
    } catch (CancellationException signal) {
      stopped = true;
      return STOPPED;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      stop.clear();
      system.terminate();
      if (!stopped) { // a stopped bench does not wait for a million actors to stop: the JVM is ending
        system.getWhenTerminated().toCompletableFuture().join();
      }
    }
  }

  private static long heapInUseAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
