package restaurant.actors;

import akka.actor.typed.ActorRef;
import java.util.ArrayDeque;
import java.util.BitSet;
import restaurant.model.KitchenStation;
import restaurant.report.StationStats;

/**
 * A kitchen station at work: its plan (name, cooks, products), the cooks busy, by number from 0
 * (a product keeps its cook, for the page's timeline), the products waiting for a cook, first come
 * first served, and its statistics as they go. Plain state: the kitchen's stove holds it, so it
 * outlives a restart of the cook.
 */
final class Station {
  /** A product waiting at the station for a cook, since {@code joinedNanos}. */
  record Waiting(long joinedNanos, int orderId, int item, int attempt, String product,
      ActorRef<Waiter.Command> replyTo) {}

  final KitchenStation plan;
  final StationStats stats;
  private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
  private final BitSet busyCooks = new BitSet();
  private int busy;

  Station(KitchenStation plan, StationStats stats) {
    this.plan = plan;
    this.stats = stats;
  }

  boolean everyCookBusy() {
    return busy == plan.cooks();
  }

  /** The product joins the queue at {@code now}; returns how many are ahead of it. */
  int join(Waiting product, long now) {
    queue.addLast(product);
    stats.changed(now, queue.size(), busy);
    return queue.size() - 1;
  }

  /** A free cook takes a product that waited for none; returns the cook's number. */
  int takeAtOnce(long now) {
    busy++;
    int cook = busyCooks.nextClearBit(0);
    busyCooks.set(cook);
    stats.changed(now, queue.size(), busy);
    stats.waited(now, now);
    return cook;
  }

  /**
   * A cook is done with a product at {@code now}: it is counted, and the cook takes the head of the
   * queue, returned, or is free (null).
   */
  Waiting done(Stove.Cooking cooking, long now) {
    stats.cooked(cooking.orderId(), cooking.product(), cooking.cook(), cooking.startNanos(), now, cooking.burnt());
    Waiting next = queue.pollFirst();
    if (next == null) {
      busy--;
      busyCooks.clear(cooking.cook());
    } else {
      stats.waited(next.joinedNanos(), now);
    }
    stats.changed(now, queue.size(), busy);
    return next;
  }
}
