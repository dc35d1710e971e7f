package restaurant.cli;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import restaurant.cluster.ClusterNode;
import restaurant.config.BadInputException;
import restaurant.config.Settings;
import restaurant.model.Seconds;
import restaurant.model.StopRequest;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.TraceFile;

/**
 * The cluster command: the cashier node in this JVM and the floor nodes as child JVMs on
 * loopback, each {@code node --role floor} with this run's settings (every flag's config key as a
 * -D property, this JVM's own akka.* and restaurant.* -D properties, and the same --config). Their output comes to this console, each line prefixed with
 * its node. With --kill-node-at, the last floor gets SIGKILL that long after the opening. The
 * children are stopped at the end, whatever ends the run.
 */
final class ClusterDemo {
  /** How long the floors get to leave after the report before they are killed. */
  private static final long LEAVE_SECONDS = 20;
  /** How a node's bad-input line starts. */
  private static final String COMPLAINT = "restaurant: ";
  private static final Path SETSID = Path.of("/usr/bin/setsid");
  static final Duration LEAVE_TIME = Duration.ofSeconds(LEAVE_SECONDS);
  /** As the console's log lines stamp the time, so the kill reads against them. */
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

  private ClusterDemo() {}

  /** One floor node's JVM; {@code complaint} keeps its last "restaurant: ..." line, what it exits 2 with. */
  private record Child(String name, int port, Process process, AtomicReference<String> complaint) {}

  static RunReport run(Options options, Settings settings, Config config, StopRequest stop, PrintStream out)
      throws IOException {
    ClusterRequest request = options.cluster();
    int cashierPort = freePort();
    List<String> seeds = List.of("127.0.0.1:" + cashierPort);
    List<Child> floors = new ArrayList<>();
    AtomicBoolean open = new AtomicBoolean();
    AtomicBoolean killed = new AtomicBoolean();
    AtomicReference<Child> earlyExit = new AtomicReference<>();
    ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "cluster-demo-kill");
      thread.setDaemon(true);
      return thread;
    });
    try (TraceFile trace = options.traceFile() == null ? null : TraceFile.open(options.traceFile())) {
      for (int floor = 1; floor < request.nodes(); floor++) {
        int port = freePort();
        Process process = new ProcessBuilder(floorCommand(options, "floor-" + floor, port, seeds, request))
            .redirectErrorStream(true).start();
        Child child = new Child("floor-" + floor, port, process, new AtomicReference<>());
        floors.add(child);
        stream(child, out);
        process.onExit().thenRun(() -> {
          if (!open.get() && earlyExit.compareAndSet(null, child)) {
            stop.request(); // a floor that ends before the opening is not coming: no need to wait for it
          }
        });
      }
      out.println("cluster: cashier@127.0.0.1:" + cashierPort + " here, " + floors.size() + " floor nodes as child"
          + " JVMs: " + String.join(", ", floors.stream().map(c -> c.name() + " (floor@127.0.0.1:" + c.port()
          + ", pid " + c.process().pid() + ", " + floorLog(c.name()) + ")").toList()));
      Child victim = request.killNodeAt() == null ? null : floors.get(floors.size() - 1);
      Runnable opened = () -> {
        open.set(true);
        if (victim != null) {
          killer.schedule(() -> {
            out.println(LocalTime.now().format(CLOCK) + " cluster: SIGKILL to " + victim.name() + " (floor@127.0.0.1:"
                + victim.port() + ", pid " + victim.process().pid() + "), " + request.killNodeAt().toMillis()
                + " ms after the opening");
            killed.set(true);
            victim.process().destroyForcibly(); // SIGKILL on Linux and macOS
          }, request.killNodeAt().toNanos(), TimeUnit.NANOSECONDS);
        }
      };
      ClusterNode.Request cashier = new ClusterNode.Request(request.node().role(), "127.0.0.1", cashierPort, seeds,
          request.node().expectFloors(), request.node().joinTimeout());
      RunReport report = ClusterNode.run(cashier, settings, config, new Progress(settings.orders().size()), trace,
          stop, opened).report();
      Child early = earlyExit.get();
      if (early != null) {
        early.process().onExit().join(); // ended already: its exit code and last line are in
        String complaint = early.complaint().get();
        throw new BadInputException(early.name() + " exited " + early.process().exitValue() + " before the opening"
            + (complaint == null ? ": its lines above say why" : ": " + complaint));
      }
      if (victim != null && !killed.get()) {
        out.println("cluster: the run ended before --kill-node-at " + Seconds.format(request.killNodeAt())
            + " s: no node was killed");
      }
      return report;
    } finally {
      killer.shutdownNow();
      stopAll(floors, open.get(), out);
    }
  }

  /** The floor's command line: this JVM's java and class path, the run's settings as -D properties. */
  private static List<String> floorCommand(Options options, String name, int port, List<String> seeds,
      ClusterRequest request) {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(SETSID)) {
      // A session of its own: Ctrl-C on the terminal reaches this JVM only, which closes the cashier
      // and then lets the floors leave; sent to the floors too, they would leave first, lost.
      command.add(SETSID.toString());
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-D" + LogFile.NAME_PROPERTY + "=restaurant-" + name); // its log: floorLog(name)
    for (String key : System.getProperties().stringPropertyNames()) { // java -Dakka...=... -jar: every node's
      if ((key.startsWith("akka.") || key.startsWith("restaurant.")) && !key.equals(LogFile.FILE_PROPERTY)) {
        command.add("-D" + key + "=" + System.getProperty(key));
      }
    }
    for (Map.Entry<String, ConfigValue> flag : options.overrides().entrySet()) {
      command.add("-D" + flag.getKey() + "=" + flag.getValue().unwrapped());
    }
    command.add("restaurant.Main");
    command.addAll(List.of("node", "--role", "floor", "--port", Integer.toString(port), "--seed-nodes",
        String.join(",", seeds), "--join-timeout", request.node().joinTimeout().toMillis() + "ms"));
    if (options.configFile() != null) {
      command.addAll(List.of("--config", options.configFile().toString()));
    }
    if (options.quiet()) {
      command.add("--quiet");
    }
    return command;
  }

  /** The child's output, line by line, on this console with its name in front. */
  private static void stream(Child child, PrintStream out) {
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.process().getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.startsWith(COMPLAINT)) {
            child.complaint().set(line.substring(COMPLAINT.length()));
          }
          out.println("[" + child.name() + "] " + line);
        }
      } catch (IOException e) {
        // the child is gone: nothing more to print
      }
    }, "cluster-demo-" + child.name());
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Waits for the floors to leave as told, then kills what is left; says how each ended. Before
   * the opening (a signal, a floor that ended early) no floor was told anything, and one may still
   * be looking for the cashier: each is sent SIGTERM at once, and stops as on Ctrl-C.
   */
  private static void stopAll(List<Child> floors, boolean opened, PrintStream out) {
    if (!opened) {
      floors.forEach(child -> child.process().destroy());
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LEAVE_SECONDS);
    for (Child child : floors) {
      try {
        long left = Math.max(0, deadline - System.nanoTime());
        if (child.process().waitFor(left, TimeUnit.NANOSECONDS)) {
          out.println("cluster: " + child.name() + " exited " + child.process().exitValue()
              + (child.process().exitValue() == 137 ? " (SIGKILL)" : ""));
        } else {
          child.process().destroyForcibly();
          out.println("cluster: " + child.name() + " did not leave within " + LEAVE_SECONDS + " s: killed");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        child.process().destroyForcibly();
      }
    }
  }

  /** floor-1's own log: logs/restaurant-floor-1.log. */
  private static Path floorLog(String floor) {
    return LogFile.named("restaurant-" + floor);
  }

  /** The floors' logs are written as they run: a report file there would be overwritten, or overwrite it. */
  static void checkNoOutputIsAFloorLog(Options options, int nodes) {
    Map<String, Path> outputs = new LinkedHashMap<>();
    outputs.put("--report", options.reportFile());
    outputs.put("--html", options.htmlFile());
    outputs.put("--trace", options.traceFile());
    for (Map.Entry<String, Path> output : outputs.entrySet()) {
      for (int floor = 1; output.getValue() != null && floor < nodes; floor++) {
        Path log = floorLog("floor-" + floor);
        if (output.getValue().toAbsolutePath().normalize().equals(log.toAbsolutePath().normalize())) {
          throw new BadInputException(output.getKey() + " " + output.getValue() + " is floor-" + floor + "'s log,"
              + " which it writes as it runs: give " + output.getKey() + " another file");
        }
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
