package restaurant.cluster;

import akka.actor.typed.ActorRef;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import restaurant.config.Settings;

/**
 * The host's roster of floor nodes: those that joined, in the order they came, each with its
 * waiters and, from the opening, the waiter ids it serves (1, 2, ... floor after floor); and
 * whether a floor that asks to join can serve with this cashier. Plain state, the host's.
 */
final class FloorRoster implements Iterable<FloorRoster.JoinedFloor> {
  /** A floor that joined with {@code waiters}; its ids, from {@code firstWaiter}, are given at the opening. */
  record JoinedFloor(ActorRef<Floor.Command> floor, String node, int waiters, int firstWaiter) {
    int lastWaiter() {
      return firstWaiter + waiters - 1;
    }
  }

  private final Settings settings;
  /** The most messages this node's send queue to another node holds: Akka drops the rest. */
  private final int sendQueue;
  private final List<JoinedFloor> floors = new ArrayList<>();

  FloorRoster(Settings settings, int sendQueue) {
    this.settings = settings;
    this.sendQueue = sendQueue;
  }

  boolean has(ActorRef<Floor.Command> floor) {
    return floors.stream().anyMatch(joined -> joined.floor().equals(floor));
  }

  void join(ActorRef<Floor.Command> floor, String node, int waiters) {
    floors.add(new JoinedFloor(floor, node, waiters, 0));
  }

  /** Gives the floors their waiter ids, 1, 2, ... floor after floor; returns how many waiters they bring. */
  int numberTheWaiters() {
    int waiters = 0;
    for (int i = 0; i < floors.size(); i++) {
      JoinedFloor floor = floors.get(i);
      floors.set(i, new JoinedFloor(floor.floor(), floor.node(), floor.waiters(), waiters + 1));
      waiters += floor.waiters();
    }
    return waiters;
  }

  /** Takes the floor off the roster: it is gone. */
  JoinedFloor remove(ActorRef<Floor.Command> gone) {
    JoinedFloor floor = floors.stream().filter(f -> f.floor().equals(gone)).findFirst().orElseThrow();
    floors.remove(floor);
    return floor;
  }

  int size() {
    return floors.size();
  }

  boolean isEmpty() {
    return floors.isEmpty();
  }

  @Override
  public Iterator<JoinedFloor> iterator() {
    return floors.iterator();
  }

  /** Why this floor cannot serve here, or null: its settings differ, or the cashier could not reach its waiters. */
  String unfit(Host.FloorReady ready) {
    String differs = SharedSettings.difference(SharedSettings.of(settings), ready.shared(), ready.node());
    if (differs != null) {
      return differs;
    }
    long slots = (long) ready.waiters() * settings.staff().maxOpenOrders();
    if (slots > sendQueue) {
      int each = settings.staff().maxOpenOrders();
      return "floor node " + ready.node() + " brings " + ready.waiters() + " waiters of " + each
          + " open order" + (each == 1 ? "" : "s") + " each: " + slots + " orders may go to it at"
          + " once, more than this cashier node's send queue to a node holds (" + ClusterNode.SEND_QUEUE + " = "
          + sendQueue + "; Akka drops what does not fit): start the cashier node with -D" + ClusterNode.SEND_QUEUE
          + "=" + slots + ", or spread the waiters over more floor nodes";
    }
    return null;
  }
}
