package restaurant.domain;

import java.util.List;

/** One order in the report; times in simulated seconds from the first order handed out. */
public record ServedOrder(int id, int waiter, List<String> products, double takenSeconds, double dispatchedSeconds) {
  public double latencySeconds() {
    return dispatchedSeconds - takenSeconds;
  }
}
