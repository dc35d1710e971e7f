package restaurant.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What a run costs the process: CPU time, the most threads alive at once, the most heap in use
 * (sampled every 5 ms). Starts from a collected heap so runs measured one after another compare.
 */
final class ResourceMeter {
  /** What a measured stretch cost. */
  record Usage(double wallSeconds, double cpuSeconds, int peakThreads, long peakHeapBytes) {}

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private final long startNanos;
  private final long startCpuNanos;
  private final ScheduledExecutorService sampler;
  private volatile long peakHeapBytes;

  private ResourceMeter() {
    System.gc();
    THREADS.resetPeakThreadCount();
    peakHeapBytes = MEMORY.getHeapMemoryUsage().getUsed();
    sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "resource-meter");
      thread.setDaemon(true);
      return thread;
    });
    sampler.scheduleAtFixedRate(this::sampleHeap, 0, 5, TimeUnit.MILLISECONDS);
    startCpuNanos = OS.getProcessCpuTime();
    startNanos = System.nanoTime();
  }

  static ResourceMeter start() {
    return new ResourceMeter();
  }

  Usage stop() throws InterruptedException {
    double wall = (System.nanoTime() - startNanos) / 1e9;
    double cpu = (OS.getProcessCpuTime() - startCpuNanos) / 1e9;
    sampler.shutdown();
    sampler.awaitTermination(1, TimeUnit.SECONDS);
    // The sampler is the meter's own thread, not the run's.
    return new Usage(wall, cpu, THREADS.getPeakThreadCount() - 1, peakHeapBytes);
  }

  private void sampleHeap() {
    peakHeapBytes = Math.max(peakHeapBytes, MEMORY.getHeapMemoryUsage().getUsed());
  }
}
