package restaurant.actors;

/**
 * Marks the messages that may go from one JVM to another in a cluster (the cashier's and the
 * waiter's inboxes, the host's and the floor's): restaurant/cluster.conf binds it to Akka's
 * Jackson CBOR serializer, so no message crosses as Java serialization, which stays off.
 */
public interface CrossesNodes {}
