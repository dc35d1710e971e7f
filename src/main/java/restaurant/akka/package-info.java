/**
 * Pieces plugged into Akka through its configuration: the precise timer scheduler. Apart from the
 * restaurant: it knows nothing of orders or waiters.
 */
package restaurant.akka;
