/**
 * Pieces plugged into Akka through its configuration: the precise timer scheduler, and the
 * virtual clock (its scheduler, the executor every dispatcher hands its work through, and the one
 * simulation thread that runs that work and moves the clock). Apart from the restaurant: it knows
 * nothing of orders or waiters.
 */
package restaurant.akka;
