package restaurant.cluster;

import java.util.Locale;

/** What a member of the restaurant's cluster does: the one cashier, or a floor of waiters and a kitchen. */
public enum NodeRole {
  CASHIER,
  FLOOR;

  /** "cashier", "floor": the word of --role, and the node's Akka Cluster role. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
