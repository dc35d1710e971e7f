package restaurant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import restaurant.actors.DispatchBook.Finished;
import restaurant.actors.DispatchBook.HandedAgain;
import restaurant.actors.DispatchBook.HandedOut;
import restaurant.actors.DispatchBook.Opened;
import restaurant.actors.DispatchBook.WaiterIn;
import restaurant.actors.DispatchBook.WaitersLost;
import restaurant.actors.DispatchBook.Waits;
import restaurant.model.Order;

/** The cashier's book on its own, without actors: each fact and what the book says after it. */
class DispatchBookTest {
  private static final Order O0 = new Order(0, List.of("burger"));
  private static final Order O1 = new Order(1, List.of("soda"));
  private static final Order O2 = new Order(2, List.of("beer"));
  private static final Order O3 = new Order(3, List.of("frites"));

  /** Two waiters: waiter 2 came first with one slot, waiter 1 with two; open. */
  private static List<DispatchBook.Fact> opening() {
    return List.of(new WaiterIn(2, 1, 0), new WaiterIn(1, 2, 0), new Opened());
  }

  private static DispatchBook book(List<DispatchBook.Fact> facts) {
    DispatchBook book = new DispatchBook(2, 4);
    facts.forEach(book::apply);
    return book;
  }

  @Test
  void itOpensOnceEveryWaiterIsInAndTheSlotFreeLongestTakesTheNextOrder() {
    DispatchBook book = new DispatchBook(2, 4);
    book.apply(new WaiterIn(2, 1, 0));
    assertFalse(book.everyWaiterIn());
    book.apply(new WaiterIn(2, 1, 0)); // a second word adds no slot
    book.apply(new WaiterIn(1, 2, 0));
    assertTrue(book.everyWaiterIn());
    book.apply(new Opened());

    assertTrue(book.isOpen());
    assertEquals(2, book.nextFreeWaiter()); // it came first
    book.apply(new HandedOut(O0, 2));
    assertEquals(1, book.nextFreeWaiter());
    book.apply(new HandedOut(O1, 1));
    book.apply(new HandedOut(O2, 1));
    assertFalse(book.hasFreeSlot()); // three slots, three orders
    assertEquals(List.of(O1, O2), book.heldBy(1));
    assertEquals(3, book.inFlight());
    assertEquals(4, book.pending());
  }

  @Test
  void anOrderDoneFreesItsSlotOnceAndAnOrderWaitingTakesIt() {
    DispatchBook book = book(opening());
    book.apply(new HandedOut(O0, 2));
    book.apply(new HandedOut(O1, 1));
    book.apply(new HandedOut(O2, 1));
    book.apply(new Waits(O3));

    book.apply(new Finished(1, 1));
    book.apply(new Finished(1, 1)); // said twice: no second slot
    book.apply(new Finished(0, 1)); // not its order: nothing

    assertEquals(2, book.inFlight());
    assertEquals(1, book.nextFreeWaiter());
    assertEquals(O3, book.nextWaiting());
    book.apply(new HandedOut(O3, 1));
    assertNull(book.nextWaiting());
    assertFalse(book.hasFreeSlot());
    assertEquals(3, book.pending());
    assertFalse(book.allDone());
  }

  @Test
  void anOrderGoesOnlyToTheSlotFreeLongest() {
    DispatchBook book = book(opening());

    assertThrows(IllegalStateException.class, () -> book.apply(new HandedOut(O0, 1)));
  }

  @Test
  void aLostNodesOrdersWaitAgainFirstAndItsSlotsAreGone() {
    DispatchBook book = book(opening());
    book.apply(new HandedOut(O0, 2));
    book.apply(new HandedOut(O1, 1));
    book.apply(new Waits(O3));
    WaitersLost gone = new WaitersLost(1, 1);

    assertEquals(List.of(O1), book.orphansOf(gone));
    assertEquals(1, book.newlyLost(gone));
    book.apply(gone);

    assertTrue(book.isLost(1));
    assertEquals(0, book.newlyLost(gone));
    assertEquals(O1, book.nextWaiting()); // before the order that was waiting already
    assertFalse(book.hasFreeSlot()); // waiter 1's free slot went with it
    assertEquals(1, book.inFlight());
    assertFalse(book.noWaiterLeft());
    book.apply(new WaitersLost(2, 2));
    assertTrue(book.noWaiterLeft());
  }

  @Test
  void aWaiterLostBeforeTheOpeningIsNotWaitedFor() {
    DispatchBook book = new DispatchBook(3, 4);
    book.apply(new WaiterIn(1, 1, 0));
    book.apply(new WaiterIn(3, 1, 0));
    assertFalse(book.everyWaiterIn());

    book.apply(new WaitersLost(3, 3));

    assertFalse(book.everyWaiterIn()); // waiter 2 is still to come
    book.apply(new WaiterIn(2, 1, 0));
    assertTrue(book.everyWaiterIn());
    book.apply(new Opened());
    book.apply(new HandedOut(O0, 1));
    book.apply(new HandedOut(O1, 2));
    assertFalse(book.hasFreeSlot()); // no slot of waiter 3's
  }

  @Test
  void aRestartedWaiterKeepsItsOrdersInItsNewIncarnationAndTheHandingsAgainAreCounted() {
    DispatchBook book = book(opening());
    book.apply(new HandedOut(O0, 2));

    book.apply(new WaiterIn(2, 1, 1));
    book.apply(new HandedAgain(0));
    book.apply(new HandedAgain(0));

    assertEquals(List.of(O0), book.heldBy(2));
    assertEquals(1, book.incarnation(2));
    assertEquals(2, book.timesHandedAgain(0));
    assertEquals(0, book.timesHandedAgain(1));
    assertFalse(book.hasFreeSlot() && book.nextFreeWaiter() == 2, "its slot is still taken");
  }

  @Test
  void theSameFactsReplayedGiveTheSameBook() {
    List<DispatchBook.Fact> facts = new ArrayList<>(opening());
    facts.addAll(List.of(new HandedOut(O0, 2), new HandedOut(O1, 1), new HandedOut(O2, 1), new Waits(O3),
        new Finished(1, 1), new HandedOut(O3, 1), new WaitersLost(2, 2), new Finished(3, 1), new Finished(2, 1)));

    DispatchBook once = book(facts);
    DispatchBook again = book(facts);

    for (DispatchBook book : List.of(once, again)) {
      assertEquals(O0, book.nextWaiting()); // waiter 2's order, back in the queue
      assertEquals(0, book.inFlight());
      assertEquals(1, book.nextFreeWaiter());
      assertEquals(1, book.pending());
      assertTrue(book.isLost(2));
    }
    once.apply(new HandedOut(O0, 1));
    once.apply(new Finished(0, 1));
    assertTrue(once.allDone());
  }
}
