package restaurant.model;

import java.util.Locale;

/** What became of an order. */
public enum OrderOutcome {
  /** Served: every product came and went out to the customer. */
  DISPATCHED,
  /** Given up: a product burnt more often than the waiter may order it again. */
  FAILED,
  /** Neither: the run was stopped first. */
  PENDING;

  /** "dispatched", "failed", "pending": the word the report and its JSON use. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
