package restaurant.actors;

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

  /** The waiter whose slot was freed first; the queue must not be empty. */
  int poll() {
    int waiterId = ring[head];
    head = (head + 1) % ring.length;
    size--;
    return waiterId;
  }
}
