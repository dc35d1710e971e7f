package restaurant.actors;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import restaurant.model.Order;

/**
 * The cashier's book of dispatch, as plain state: the waiters in, with their slots and
 * incarnations; the free slots; who holds which order; the orders waiting for a slot; how often
 * each order went again to its restarted waiter; the waiters lost with their floor node. It is
 * the one place that knows who does what: the Cashier keeps none of it beside it. Facts change it,
 * one {@link Fact} at a time through {@link #apply}, in the shape of akka-samples' WorkState, so
 * the same facts replayed give the same book. (What happened, for the report, is the Ledger's.)
 * Not thread-safe: one actor owns it.
 */
final class DispatchBook {
  /** What changes the book. */
  sealed interface Fact permits WaiterIn, Opened, Waits, HandedOut, Finished, HandedAgain, WaitersLost {}

  /** A waiter is on the floor with room for {@code slots} orders; again, after a crash, in a new incarnation. */
  record WaiterIn(int waiterId, int slots, int incarnation) implements Fact {}

  /** Every waiter is in: their slots are free, in the order they came. */
  record Opened() implements Fact {}

  /** An order taken in finds no free slot: it waits at the back of the queue. */
  record Waits(Order order) implements Fact {}

  /** The order goes to the waiter of the slot free longest: the head of the queue, if it was waiting there. */
  record HandedOut(Order order, int waiterId) implements Fact {}

  /** The waiter is done with the order (or it was given up): its slot is free, if it held it. */
  record Finished(int orderId, int waiterId) implements Fact {}

  /** The order went again to its restarted waiter, who had forgotten it. */
  record HandedAgain(int orderId) implements Fact {}

  /** In a cluster: waiters {@code first} to {@code last} are gone with their node; their orders wait again, first. */
  record WaitersLost(int first, int last) implements Fact {}

  private final int staff;
  private final int orderCount;
  private final int[] slots;
  private final int[] incarnations;
  /** The waiters in before the opening, in the order they came; null once open. */
  private List<Integer> waitersIn = new ArrayList<>();
  private final BitSet cameIn = new BitSet();
  private final FreeSlots free = new FreeSlots();
  /** The orders each waiter holds, by waiter id; a list only once the waiter has had one. */
  private final List<List<Order>> held;
  /** Orders taken in that wait for a slot: the head goes first. */
  private final ArrayDeque<Order> waiting = new ArrayDeque<>();
  /** How often each order went again to its restarted waiter; only orders that did. */
  private final Map<Integer, Integer> handedAgain = new HashMap<>();
  private final BitSet lost = new BitSet();
  private int inFlight;
  private int finished;

  /** @param staff the waiters, numbered 1 to staff */
  DispatchBook(int staff, int orderCount) {
    this.staff = staff;
    this.orderCount = orderCount;
    this.slots = new int[staff + 1];
    this.incarnations = new int[staff + 1];
    this.held = new ArrayList<>(Collections.nCopies(staff + 1, null));
  }

  /**
   * The book after the fact. What a fact answers (the orders a lost node's waiters held, how often
   * an order went again) the book tells through its queries, read before or after.
   */
  void apply(Fact fact) {
    if (fact instanceof WaiterIn in) {
      slots[in.waiterId()] = in.slots();
      incarnations[in.waiterId()] = in.incarnation();
      if (waitersIn != null && !cameIn.get(in.waiterId())) { // a second word before the opening adds no slots
        cameIn.set(in.waiterId());
        waitersIn.add(in.waiterId());
      }
    } else if (fact instanceof Opened) {
      for (int waiterId : waitersIn) {
        for (int slot = 0; slot < slots[waiterId]; slot++) {
          free.add(waiterId);
        }
      }
      waitersIn = null;
    } else if (fact instanceof Waits waits) {
      waiting.addLast(waits.order());
    } else if (fact instanceof HandedOut out) {
      handedOut(out);
    } else if (fact instanceof Finished done) {
      finished(done);
    } else if (fact instanceof HandedAgain again) {
      handedAgain.merge(again.orderId(), 1, Integer::sum);
    } else if (fact instanceof WaitersLost gone) {
      waitersLost(gone);
    }
  }

  private void handedOut(HandedOut out) {
    int slot = free.poll();
    if (slot != out.waiterId()) {
      throw new IllegalStateException("order " + out.order().id() + " handed to waiter " + out.waiterId()
          + ", but the slot free longest is waiter " + slot + "'s");
    }
    if (waiting.peekFirst() == out.order()) {
      waiting.pollFirst();
    }
    List<Order> orders = held.get(out.waiterId());
    if (orders == null) {
      orders = new ArrayList<>(1);
      held.set(out.waiterId(), orders);
    }
    orders.add(out.order());
    inFlight++;
  }

  private void finished(Finished done) {
    List<Order> orders = held.get(done.waiterId());
    for (int i = 0; orders != null && i < orders.size(); i++) {
      if (orders.get(i).id() == done.orderId()) {
        orders.remove(i);
        inFlight--;
        finished++;
        free.add(done.waiterId());
        return;
      }
    }
  }

  private void waitersLost(WaitersLost gone) {
    List<Order> orphans = orphansOf(gone);
    for (int id = gone.first(); id <= gone.last() && id <= staff; id++) {
      if (!lost.get(id) && held.get(id) != null) {
        held.get(id).clear();
      }
      lost.set(id);
    }
    for (int i = orphans.size() - 1; i >= 0; i--) {
      waiting.addFirst(orphans.get(i));
    }
    inFlight -= orphans.size();
    free.removeIf(lost::get);
    if (waitersIn != null) {
      waitersIn.removeIf(lost::get);
    }
  }

  /** The orders the waiters of {@code gone} hold, by waiter: what {@link WaitersLost} puts back at the head of the queue. */
  List<Order> orphansOf(WaitersLost gone) {
    List<Order> orphans = new ArrayList<>();
    for (int id = gone.first(); id <= gone.last() && id <= staff; id++) {
      if (!lost.get(id) && held.get(id) != null) {
        orphans.addAll(held.get(id));
      }
    }
    return orphans;
  }

  /** Waiters of {@code gone} not lost before. */
  int newlyLost(WaitersLost gone) {
    int count = 0;
    for (int id = gone.first(); id <= gone.last() && id <= staff; id++) {
      count += lost.get(id) ? 0 : 1;
    }
    return count;
  }

  boolean isOpen() {
    return waitersIn == null;
  }

  /** Before the opening: every waiter not lost is in. */
  boolean everyWaiterIn() {
    return waitersIn.size() >= staff - lost.cardinality();
  }

  int waitersIn() {
    return waitersIn.size();
  }

  boolean hasFreeSlot() {
    return !free.isEmpty();
  }

  /** The waiter of the slot free longest: the next order goes to it. */
  int nextFreeWaiter() {
    return free.peek();
  }

  /** The order at the head of the queue, or null. */
  Order nextWaiting() {
    return waiting.peekFirst();
  }

  /** The waiting queue's length. */
  int waitingCount() {
    return waiting.size();
  }

  /** What the waiter holds, as a copy: handed again to it after a restart. */
  List<Order> heldBy(int waiterId) {
    List<Order> orders = held.get(waiterId);
    return orders == null ? List.of() : List.copyOf(orders);
  }

  int incarnation(int waiterId) {
    return incarnations[waiterId];
  }

  /** How often the order went again to its restarted waiter. */
  int timesHandedAgain(int orderId) {
    return handedAgain.getOrDefault(orderId, 0);
  }

  boolean isLost(int waiterId) {
    return lost.get(waiterId);
  }

  /** Every waiter is lost: no one is left to serve. */
  boolean noWaiterLeft() {
    return lost.cardinality() >= staff;
  }

  /** Orders in waiters' hands. */
  int inFlight() {
    return inFlight;
  }

  /** Orders neither dispatched nor given up: in flight, waiting, or not taken in yet. */
  int pending() {
    return orderCount - finished;
  }

  boolean allDone() {
    return finished == orderCount;
  }
}
