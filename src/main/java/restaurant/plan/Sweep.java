package restaurant.plan;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValueFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import restaurant.actors.RestaurantHost;
import restaurant.config.Settings;
import restaurant.model.StopRequest;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.ServiceReport;
import restaurant.report.StationReport;

/**
 * Runs every staffing point of a plan, {@code replications} times each on the virtual clock (seeds
 * seed, seed + 1, ...: every point sees the same customers in replication k), several runs at once,
 * one per core; then finds the recommendation: the smallest staff (fewest people, then fewest
 * waiters) whose latency p95, at the upper end of its 95% confidence interval, meets the target.
 */
public final class Sweep {
  /**
   * @param points       the staffing points, in the order the table lists them
   * @param targetP95    the latency (arrival to dispatched) that 95% of customers must not pass
   */
  public record Plan(List<Staffing> points, int replications, Duration targetP95) {
    public Plan {
      points = List.copyOf(points);
    }

    public int runs() {
      return points.size() * replications;
    }
  }

  /**
   * @param points         the points whose every replication ran, in the plan's order
   * @param recommendation the smallest staff that meets the target, if any; after a stop, only
   *                       when every smaller staff of the plan ran (and missed)
   * @param stopped        a signal stopped the sweep: the points are those done before it
   * @param ran            the wall time the runs took, from the first start to the last end: the
   *                       sweep's own timer, on the console only (the JSON is the same for the same seeds)
   * @param workers        the runs at once, each worker with an actor system of its own
   */
  public record Result(Plan plan, long seed, List<PointResult> points, Optional<PointResult> recommendation,
      boolean stopped, Duration ran, int workers) {
    public Result {
      points = List.copyOf(points);
    }

    /** The plan's points that did not run every replication: none, unless the sweep was stopped. */
    public List<Staffing> notRun() {
      return plan.points().stream().filter(staff -> points.stream().noneMatch(p -> p.staff().equals(staff))).toList();
    }

    /** The point whose p95 comes closest to the target, for a sweep where none meets it. */
    public Optional<PointResult> closest() {
      return points.stream().filter(PointResult::measured)
          .min(Comparator.comparingDouble(point -> point.latencyP95().upper()));
    }
  }

  /** The fewest people, then the fewest waiters, then the cooks' names and numbers. */
  static final Comparator<Staffing> SMALLEST_STAFF = Comparator
      .comparingInt(Staffing::people)
      .thenComparingInt(Staffing::waiters)
      .thenComparing(staff -> staff.cooksText(" "));

  private Sweep() {}

  /**
   * @param config   the whole configuration with the run options; each run overrides its staff and seed
   * @param source   where the orders come from
   * @param threads  runs at once
   * @param runsDone counts the runs finished, for a progress line
   */
  public static Result run(Plan plan, Config config, Settings.OrderSource source, int threads, StopRequest stop,
      AtomicInteger runsDone) throws InterruptedException {
    // Read and checked before any run: bad input stops the sweep before it starts. The last point
    // has the most waiters and cooks (the ranges rise), so the staff's limits are checked on it.
    long seed = Settings.from(staffFor(config, plan.points().get(0)), source).seed();
    Settings.from(staffFor(config, plan.points().get(plan.points().size() - 1)), source);
    List<StopRequest> running = new ArrayList<>();
    // One actor system per worker thread, serving its runs one day after another.
    List<RestaurantHost> hosts = new ArrayList<>();
    Config hostConfig = settingsFor(config, plan.points().get(0), seed);
    ThreadLocal<RestaurantHost> host = ThreadLocal.withInitial(() -> {
      RestaurantHost started = RestaurantHost.start(Settings.from(hostConfig, source), hostConfig);
      synchronized (hosts) {
        hosts.add(started);
      }
      return started;
    });
    boolean[] stopped = {false};
    stop.whenRequested(() -> {
      synchronized (running) {
        stopped[0] = true;
        running.forEach(StopRequest::request);
      }
    });
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "sweep");
      thread.setDaemon(true);
      return thread;
    });
    long started = System.nanoTime();
    try {
      List<List<Future<ServiceReport>>> results = new ArrayList<>();
      for (Staffing point : plan.points()) {
        List<Future<ServiceReport>> replications = new ArrayList<>();
        for (int replication = 0; replication < plan.replications(); replication++) {
          Config runConfig = settingsFor(config, point, seed + replication);
          replications.add(pool.submit(() -> {
            StopRequest runStop = new StopRequest();
            synchronized (running) {
              if (stopped[0]) {
                return null;
              }
              running.add(runStop);
            }
            try {
              Settings settings = Settings.from(runConfig, source);
              RunReport report = host.get().serve(settings, settings.faultPlan(),
                  new Progress(settings.orders().size()), null, runStop);
              if (report.failure() != null || !report.invariantHolds()) { // a bug: the sweep stops on it
                throw new IllegalStateException("a sweep run of " + point.describe() + " failed: "
                    + (report.failure() != null ? report.failure() : String.join("; ", report.problems())));
              }
              // Only the statistics are kept: a point's runs, not their orders, wait for the table.
              return report.stopped() ? null : report.service();
            } finally {
              synchronized (running) {
                running.remove(runStop);
              }
              runsDone.incrementAndGet();
            }
          }));
        }
        results.add(replications);
      }
      List<PointResult> points = new ArrayList<>();
      for (int p = 0; p < plan.points().size(); p++) {
        List<ServiceReport> reports = new ArrayList<>();
        for (Future<ServiceReport> replication : results.get(p)) {
          ServiceReport report = replication.get();
          if (report != null) { // null: stopped by a signal
            reports.add(report);
          }
        }
        if (reports.size() == plan.replications()) {
          points.add(summarize(plan.points().get(p), reports));
        }
      }
      return new Result(plan, seed, points, recommendation(plan, points), stopped[0],
          Duration.ofNanos(System.nanoTime() - started), threads);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException bug ? bug : new IllegalStateException(e.getCause());
    } finally {
      stop.clear();
      pool.shutdownNow();
      pool.awaitTermination(1, TimeUnit.MINUTES); // no worker starts a host after they are closed
      synchronized (hosts) {
        hosts.forEach(RestaurantHost::close);
      }
    }
  }

  /**
   * The smallest staff that meets the target, when every smaller one of the plan ran: after a
   * stop, a point that did not run might have met it too, and nothing is claimed.
   */
  static Optional<PointResult> recommendation(Plan plan, List<PointResult> points) {
    double target = plan.targetP95().toNanos() / 1e9;
    Optional<PointResult> smallest = points.stream().filter(point -> point.meets(target))
        .min(Comparator.comparing(PointResult::staff, SMALLEST_STAFF));
    return smallest.filter(candidate -> plan.points().stream()
        .filter(staff -> SMALLEST_STAFF.compare(staff, candidate.staff()) < 0)
        .allMatch(staff -> points.stream().anyMatch(point -> point.staff().equals(staff))));
  }

  /** The configuration of one run: the point's staff, the replication's seed, the virtual clock. */
  static Config settingsFor(Config config, Staffing point, long seed) {
    return staffFor(config, point)
        .withValue(Settings.SEED, ConfigValueFactory.fromAnyRef(seed, "sweep replication"));
  }

  private static Config staffFor(Config config, Staffing point) {
    Config run = config
        .withValue(Settings.WAITERS, ConfigValueFactory.fromAnyRef(point.waiters(), "command line --waiters"))
        .withValue(Settings.CLOCK, ConfigValueFactory.fromAnyRef("virtual", "sweep"));
    for (Map.Entry<String, Integer> cooks : point.cooks().entrySet()) {
      run = run.withValue(ConfigUtil.joinPath("restaurant", "kitchen", "stations", cooks.getKey(), "cooks"),
          ConfigValueFactory.fromAnyRef(cooks.getValue(), "command line --cooks " + cooks.getKey()));
    }
    return run;
  }

  /**
   * A point's replications, as means with confidence intervals.
   * A replication that measured nothing makes the point unjudged, rather than count as no wait.
   */
  static PointResult summarize(Staffing staff, List<ServiceReport> reports) {
    int n = reports.size();
    double[] means = new double[n];
    double[] p95s = new double[n];
    boolean allMeans = true;
    boolean allP95s = true;
    double failedShare = 0;
    double waiterUtilization = 0;
    Map<String, Double> stations = new TreeMap<>();
    for (int r = 0; r < n; r++) {
      ServiceReport service = reports.get(r);
      allMeans &= service.latencySeconds() != null;
      allP95s &= service.p95ServedSeconds() != null;
      means[r] = service.latencySeconds() == null ? 0 : service.latencySeconds().mean();
      p95s[r] = service.p95ServedSeconds() == null ? 0 : service.p95ServedSeconds();
      long counted = (service.latencySeconds() == null ? 0 : service.latencySeconds().count()) + service.failedOrders();
      failedShare += counted == 0 ? 0 : (double) service.failedOrders() / counted / n;
      waiterUtilization += service.waiterUtilization() / n;
      for (StationReport station : service.stations()) {
        stations.merge(station.name(), station.utilization() / n, Double::sum);
      }
    }
    return new PointResult(staff, allMeans ? Estimate.of(means) : null, allP95s ? Estimate.of(p95s) : null,
        failedShare, waiterUtilization, new TreeMap<>(stations));
  }
}
