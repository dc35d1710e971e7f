package restaurant.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import restaurant.model.Seconds;
import restaurant.report.HtmlReport;

/** A sweep's table on the console, its recommendation line, and the same as JSON (--report) and CSV (--csv). */
public final class SweepPrinter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SweepPrinter() {}

  /** The table, then the one line: the recommendation, or that nothing in the range meets the target. */
  public static void print(Sweep.Result result, PrintStream out) {
    List<String> stations = stationNames(result);
    List<String> swept = sweptStations(result);
    int points = result.plan().points().size();
    out.printf(Locale.ROOT, "%nSweep: %d staffing point%s x %d replications (seeds %d to %d), target p95 <= %s%s%n",
        points, points == 1 ? "" : "s", result.plan().replications(), result.seed(),
        result.seed() + result.plan().replications() - 1, target(result),
        result.stopped() ? ", STOPPED: the points done before the stop" : "");
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%7s", "waiters"));
    swept.forEach(name -> header.append(String.format(Locale.ROOT, "  %6s", name)));
    header.append(String.format(Locale.ROOT, "  %-18s  %-18s  %8s  %9s", "latency mean", "latency p95", "failed %",
        "waiters %"));
    stations.forEach(name -> header.append(String.format(Locale.ROOT, "  %9s", name + " %")));
    out.println(header);
    double target = targetSeconds(result);
    for (PointResult point : result.points()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%7d", point.staff().waiters()));
      swept.forEach(name -> row.append(String.format(Locale.ROOT, "  %6d", point.staff().cooks().get(name))));
      row.append(String.format(Locale.ROOT, "  %-18s  %-18s  %8.1f  %9.1f", estimate(point.latencyMean()),
          estimate(point.latencyP95()), 100 * point.failedShare(), 100 * point.waiterUtilization()));
      stations.forEach(name -> row.append(String.format(Locale.ROOT, "  %9.1f",
          100 * point.stationUtilization().getOrDefault(name, 0.0))));
      row.append(point.meets(target) ? "  meets" : "");
      if (result.recommendation().filter(point::equals).isPresent()) {
        row.append(" <- recommended");
      }
      out.println(row);
    }
    out.println(verdict(result));
    long days = (long) result.points().size() * result.plan().replications();
    if (days > 0) {
      double seconds = result.ran().toNanos() / 1e9;
      out.printf(Locale.ROOT, "ran %d days in %.2f s wall, %d at once: %.1f ms a day on each%n", days, seconds,
          result.workers(), 1000 * seconds * result.workers() / days);
    }
  }

  /**
   * "recommendation: 6 waiters, grill=2 (p95 9m12s ± 14s <= 10m)", or why there is none; a
   * stopped sweep says which points ran and claims nothing about the others.
   */
  public static String verdict(Sweep.Result result) {
    double target = targetSeconds(result);
    String within = "p95 <= " + target(result);
    Optional<PointResult> recommended = result.recommendation();
    if (recommended.isPresent()) {
      PointResult point = recommended.get();
      return "recommendation: " + point.staff().describe() + " (p95 " + estimate(point.latencyP95()) + ", up to "
          + Seconds.spokenUp(point.latencyP95().upper()) + " <= " + target(result) + ")"
          + (result.stopped() ? "; the sweep was stopped, after every smaller staffing ran; not run: "
              + listed(result.notRun()) : "");
    }
    if (result.stopped()) {
      List<Staffing> notRun = result.notRun();
      if (result.points().isEmpty()) {
        return "stopped before any staffing was measured: nothing is claimed about the " + notRun.size()
            + " staffing points";
      }
      String ran = "stopped after " + result.points().size() + " of " + result.plan().points().size()
          + " staffing points; not run: " + listed(notRun);
      return result.points().stream().filter(point -> point.meets(target)).findFirst()
          .map(point -> ran + "; " + point.staff().describe() + " meets " + within
              + ", but a smaller staffing did not run: no recommendation")
          .orElse(ran + "; none of those that ran meets " + within + ", and nothing is claimed about the rest");
    }
    return "no staffing in the range meets " + within + result.closest()
        .map(best -> ": the closest, " + best.staff().describe() + ", reaches p95 " + estimate(best.latencyP95())
            + " (up to " + Seconds.spokenUp(best.latencyP95().upper()) + ")")
        .orElse(": no staffing was measured in every replication (no order after the warm-up, or more than 5% failed)");
  }

  /** "7 waiters, 8 waiters and 3 more". */
  private static String listed(List<Staffing> points) {
    String first = points.stream().limit(3).map(staff -> "[" + staff.describe() + "]")
        .collect(java.util.stream.Collectors.joining(", "));
    return points.size() > 3 ? first + " and " + (points.size() - 3) + " more" : first;
  }

  /** The target as the user gave it: "10m00s", or "7.49995s" where the spoken form would round it. */
  private static String target(Sweep.Result result) {
    return Seconds.spokenExactly(result.plan().targetP95());
  }

  public static void writeJson(Sweep.Result result, Path file) throws IOException {
    JSON.writeValue(file.toFile(), json(result));
  }

  /** The sweep's page (--html): its table and recommendation drawn from the same JSON as --report. */
  public static void writeHtml(Sweep.Result result, Path file) throws IOException {
    HtmlReport.write("/restaurant/sweep.html", HtmlReport.SWEEP_PAGE,
        JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(result)), file);
  }

  private static ObjectNode json(Sweep.Result result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("targetP95Seconds", targetSeconds(result));
    root.put("replications", result.plan().replications());
    root.put("target", target(result)); // as the console writes it: never rounded into another target
    root.put("firstSeed", result.seed());
    root.put("stopped", result.stopped());
    ArrayNode notRun = root.putArray("notRun"); // after a stop: the points nothing is claimed about
    result.notRun().forEach(staff -> notRun.add(staff.describe()));
    ArrayNode points = root.putArray("points");
    result.points().forEach(point -> points.add(point(point, targetSeconds(result))));
    if (result.recommendation().isPresent()) {
      root.set("recommendation", point(result.recommendation().get(), targetSeconds(result)));
    } else {
      root.putNull("recommendation");
    }
    root.put("verdict", verdict(result));
    return root;
  }

  public static void writeCsv(Sweep.Result result, Path file) throws IOException {
    List<String> stations = stationNames(result);
    List<String> swept = sweptStations(result);
    List<String> columns = new ArrayList<>(List.of("waiters"));
    swept.forEach(name -> columns.add(name + "Cooks"));
    columns.addAll(List.of("latencyMean", "latencyMeanHalfWidth", "latencyP95", "latencyP95HalfWidth",
        "failedShare", "waiterUtilization"));
    stations.forEach(name -> columns.add(name + "Utilization"));
    columns.addAll(List.of("people", "meets", "recommended", "ran"));
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write(String.join(",", columns.stream().map(SweepPrinter::csvField).toList()));
      out.write('\n');
      for (PointResult point : result.points()) {
        List<String> row = new ArrayList<>(List.of(Integer.toString(point.staff().waiters())));
        swept.forEach(name -> row.add(Integer.toString(point.staff().cooks().get(name))));
        Estimate mean = point.latencyMean();
        Estimate p95 = point.latencyP95();
        row.addAll(List.of(mean == null ? "" : number(mean.mean()), mean == null ? "" : number(mean.halfWidth()),
            p95 == null ? "" : number(p95.mean()), p95 == null ? "" : number(p95.halfWidth()),
            number(point.failedShare()), number(point.waiterUtilization())));
        stations.forEach(name -> row.add(number(point.stationUtilization().getOrDefault(name, 0.0))));
        row.addAll(List.of(Integer.toString(point.staff().people()),
            Boolean.toString(point.meets(targetSeconds(result))),
            Boolean.toString(result.recommendation().filter(point::equals).isPresent()), "true"));
        out.write(String.join(",", row));
        out.write('\n');
      }
      for (Staffing staff : result.notRun()) { // a stopped sweep's other points: there, measured by none
        List<String> row = new ArrayList<>(List.of(Integer.toString(staff.waiters())));
        swept.forEach(name -> row.add(Integer.toString(staff.cooks().get(name))));
        row.addAll(java.util.Collections.nCopies(6 + stations.size(), ""));
        row.addAll(List.of(Integer.toString(staff.people()), "", "", "false"));
        out.write(String.join(",", row));
        out.write('\n');
      }
    }
  }

  /** A station's name may hold a comma or a quote: quoted as CSV quotes a field. */
  private static String csvField(String text) {
    return text.contains(",") || text.contains("\"") || text.contains("\n")
        ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  private static ObjectNode point(PointResult point, double target) {
    ObjectNode node = JSON.createObjectNode();
    node.put("waiters", point.staff().waiters());
    ObjectNode cooks = node.putObject("cooks");
    point.staff().cooks().forEach(cooks::put);
    node.put("staff", point.staff().describe());
    node.put("people", point.staff().people());
    node.set("latencyMeanSeconds", JSON.valueToTree(point.latencyMean())); // null when not measured
    node.set("latencyP95Seconds", JSON.valueToTree(point.latencyP95()));
    node.put("failedShare", point.failedShare());
    node.put("waiterUtilization", point.waiterUtilization());
    ObjectNode stations = node.putObject("stationUtilization");
    point.stationUtilization().forEach(stations::put);
    node.put("meets", point.meets(target));
    return node;
  }

  private static String estimate(Estimate estimate) {
    return estimate == null ? "-" : Seconds.spoken(estimate.mean()) + " ± " + Seconds.spoken(estimate.halfWidth());
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }

  private static double targetSeconds(Sweep.Result result) {
    return result.plan().targetP95().toNanos() / 1e9;
  }

  /** Every station any point measured, by name. */
  private static List<String> stationNames(Sweep.Result result) {
    TreeSet<String> names = new TreeSet<>();
    result.points().forEach(point -> names.addAll(point.stationUtilization().keySet()));
    return List.copyOf(names);
  }

  private static List<String> sweptStations(Sweep.Result result) {
    return result.plan().points().isEmpty() ? List.of()
        : List.copyOf(result.plan().points().get(0).cooks().keySet());
  }
}
