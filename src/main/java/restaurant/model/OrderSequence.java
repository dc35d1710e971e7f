package restaurant.model;

import java.util.AbstractList;
import java.util.Iterator;

/**
 * A day's orders made as they are read, never held: generated from a seed, read from a file, timed
 * by an arrival process. Each iteration makes them anew, in order, so ten million orders cost the
 * memory of one. It is a List for the few who want one order by its place (a test, a sub-list):
 * {@link #get} walks on from the last order it gave, so reading in order is cheap and going back
 * starts again from the first. Not for several threads at once.
 */
public abstract class OrderSequence extends AbstractList<Order> {
  private Iterator<Order> cursor;
  private int cursorNext;

  /** The orders from the first, made anew. */
  @Override
  public abstract Iterator<Order> iterator();

  /** Whether some order arrives after the opening. */
  public abstract boolean arrivesOverTime();

  @Override
  public Order get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException(index);
    }
    if (cursor == null || index < cursorNext) {
      cursor = iterator();
      cursorNext = 0;
    }
    for (; cursorNext < index; cursorNext++) {
      cursor.next();
    }
    cursorNext++;
    return cursor.next();
  }

  /** Whether any of these orders, however held, arrives after the opening. */
  public static boolean arrivesOverTime(java.util.List<Order> orders) {
    return orders instanceof OrderSequence sequence ? sequence.arrivesOverTime()
        : orders.stream().anyMatch(order -> order.arrivalSeconds() > 0);
  }
}
