package restaurant.actors;

import java.util.function.IntPredicate;

/**
 * The cashier's waiters with a free slot, as waiter ids, first freed first: an order that arrives
 * goes to the slot that has waited longest. A ring of ints, not a queue of boxed Integers: under
 * light traffic every order done frees a slot here.
 */
final class FreeSlots {
  private int[] ring = new int[16];
  private int head;
  private int size;

  boolean isEmpty() {
    return size == 0;
  }

  void add(int waiterId) {
    if (size == ring.length) {
      int[] bigger = new int[ring.length * 2];
      for (int i = 0; i < size; i++) {
        bigger[i] = ring[(head + i) % ring.length];
      }
      ring = bigger;
      head = 0;
    }
    ring[(head + size++) % ring.length] = waiterId;
  }

  /** Drops the slots of the waiters {@code gone} says, keeping the others' order. */
  void removeIf(IntPredicate gone) {
    int[] kept = new int[ring.length];
    int count = 0;
    for (int i = 0; i < size; i++) {
      int waiterId = ring[(head + i) % ring.length];
      if (!gone.test(waiterId)) {
        kept[count++] = waiterId;
      }
    }
    ring = kept;
    head = 0;
    size = count;
  }

  /** The waiter whose slot was freed first, left in place; the queue must not be empty. */
  int peek() {
    return ring[head];
  }

  /** The waiter whose slot was freed first; the queue must not be empty. */
  int poll() {
    int waiterId = ring[head];
    head = (head + 1) % ring.length;
    size--;
    return waiterId;
  }
}
