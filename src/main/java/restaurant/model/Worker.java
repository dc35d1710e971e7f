package restaurant.model;

import java.util.Locale;

/** The actors that can crash and be restarted, as the report counts them. */
public enum Worker {
  WAITER,
  KITCHEN;

  /** "waiter", "kitchen": the word the report and its JSON use. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
