package restaurant.plan;

import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One staffing point of a sweep: the waiters, and the cooks at each station swept (by name). */
public record Staffing(int waiters, SortedMap<String, Integer> cooks) {
  public Staffing {
    cooks = new TreeMap<>(cooks);
  }

  /** Everyone on the payroll: waiters and the cooks of the stations swept. */
  public int people() {
    return waiters + cooks.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** "6 waiters, grill=2": as the recommendation line says it. */
  public String describe() {
    String waitersText = waiters + (waiters == 1 ? " waiter" : " waiters");
    return cooks.isEmpty() ? waitersText : waitersText + ", " + cooksText(", ");
  }

  /** "grill=2 bar=1", or "" without stations swept. */
  public String cooksText(String separator) {
    return cooks.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(separator));
  }
}
