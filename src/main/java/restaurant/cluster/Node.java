package restaurant.cluster;

import akka.actor.typed.Behavior;
import akka.actor.typed.Terminated;
import akka.actor.typed.javadsl.Behaviors;

/** A node's guardian: spawns the node's one actor, the host or the floor, and stops when it stops. */
final class Node {
  private Node() {}

  static Behavior<Void> create(Behavior<?> member, String name) {
    return Behaviors.setup(context -> {
      context.watch(context.spawn(member, name));
      return Behaviors.receive(Void.class).onSignal(Terminated.class, gone -> Behaviors.stopped()).build();
    });
  }
}
