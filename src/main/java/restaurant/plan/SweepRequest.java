package restaurant.plan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import restaurant.config.BadInputException;
import restaurant.config.FlagValues;

/**
 * What a sweep tries, read from the sweep command's flags: the ranges of waiters and of each station's cooks, the
 * replications and the target.
 *
 * @param csvFile the table as CSV (--csv), or null
 */
public record SweepRequest(List<Integer> waiters, Map<String, List<Integer>> cooks, int replications, Duration target,
    Path csvFile) {
  public static final int MOST_REPLICATIONS = 1000;
  static final int MOST_POINTS = 10_000;
  static final int MOST_WAITERS = 1_000_000;
  static final int MOST_COOKS = 100_000;
  /** A day: a latency target past it plans no lunch. */
  static final Duration LONGEST_TARGET = Duration.ofDays(1);

  public static SweepRequest parse(String waiters, List<String> cooks, String replications, String target,
      Path csvFile) {
    List<Integer> waiterCounts = range("--waiters ", waiters, MOST_WAITERS);
    Map<String, List<Integer>> cookCounts = new TreeMap<>();
    for (String text : cooks) {
      Map.Entry<String, String> station = FlagValues.station(text, "STATION=RANGE, e.g. --cooks grill=1..3");
      cookCounts.put(station.getKey(), range("--cooks " + station.getKey() + "=", station.getValue(), MOST_COOKS));
    }
    long points = waiterCounts.size();
    for (List<Integer> counts : cookCounts.values()) {
      points = Math.min(points * counts.size(), MOST_POINTS + 1L); // past the most, how many more does not matter
    }
    if (points > MOST_POINTS) {
      throw new BadInputException("the ranges make more than " + MOST_POINTS + " staffing points, the most a sweep"
          + " tries: narrow --waiters or --cooks");
    }
    return new SweepRequest(waiterCounts, cookCounts, replications(replications), target(target), csvFile);
  }

  /** Every combination, waiters first, then the stations by name. */
  public Sweep.Plan plan() {
    List<Staffing> points = new ArrayList<>();
    for (int waiterCount : waiters) {
      combine(waiterCount, new ArrayList<>(cooks.keySet()), 0, new TreeMap<>(), points);
    }
    return new Sweep.Plan(points, replications, target);
  }

  private void combine(int waiterCount, List<String> stations, int next, TreeMap<String, Integer> chosen,
      List<Staffing> points) {
    if (next == stations.size()) {
      points.add(new Staffing(waiterCount, chosen));
      return;
    }
    for (int count : cooks.get(stations.get(next))) {
      chosen.put(stations.get(next), count);
      combine(waiterCount, stations, next + 1, chosen, points);
    }
  }

  /**
   * "1..12" or "3": whole numbers from 1 to {@code most}, the range not running backwards.
   *
   * @param flag the flag as the message shows it, up to its value: "--waiters ", "--cooks grill="
   */
  static List<Integer> range(String flag, String text, int most) {
    String shape = flag + BadInputException.shown(text) + ": expected a whole number or a range FROM..TO of "
        + "whole numbers from 1 to " + most + ", e.g. 1..12";
    String[] ends = text.trim().split("\\.\\.", -1);
    if (ends.length > 2) {
      throw new BadInputException(shape);
    }
    int from = whole(ends[0], shape, most);
    int to = ends.length == 2 ? whole(ends[1], shape, most) : from;
    if (to < from) {
      throw new BadInputException(flag + text.trim() + ": the range runs backwards; write FROM..TO with FROM"
          + " at most TO, e.g. " + to + ".." + from);
    }
    List<Integer> values = new ArrayList<>();
    for (int value = from; value <= to; value++) {
      values.add(value);
    }
    return values;
  }

  private static int whole(String text, String shape, int most) {
    String trimmed = text.trim();
    if (!trimmed.matches("[0-9]{1,9}")) {
      throw new BadInputException(shape);
    }
    int value = Integer.parseInt(trimmed);
    if (value < 1 || value > most) {
      throw new BadInputException(shape);
    }
    return value;
  }

  private static int replications(String text) {
    String trimmed = text.trim();
    if (trimmed.matches("[0-9]{1,9}")) {
      int count = Integer.parseInt(trimmed);
      if (count >= 2 && count <= MOST_REPLICATIONS) {
        return count;
      }
    }
    throw new BadInputException("--replications " + BadInputException.shown(text) + ": must be a whole number from 2"
        + " (a confidence interval needs two runs) to " + MOST_REPLICATIONS);
  }

  private static Duration target(String text) {
    return FlagValues.duration("--target-p95", text, LONGEST_TARGET, "24h", "10m or 90s");
  }
}
