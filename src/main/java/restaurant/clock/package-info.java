/**
 * The clocks a run's actors keep, plugged into Akka through its configuration: the precise timer
 * scheduler of the real clock, the virtual clock (its scheduler, the executor every dispatcher
 * hands its work through, and the one simulation thread that runs that work and moves the clock),
 * and {@code SystemClock}, which tells which clock an actor system runs on and reads it. Apart
 * from the restaurant: it knows nothing of orders or waiters. (The run's choice of clock, a
 * setting, is {@code restaurant.model.Pacing}.)
 */
package restaurant.clock;
