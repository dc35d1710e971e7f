/**
 * COUNTER-EXAMPLE: the blocking restaurants of the original post, kept to show what blocking
 * costs. These waiters sleep their thread while the kitchen cooks, one product after another.
 * This is the only package where threads block on purpose; never copy it into an actor.
 */
package restaurant.baseline;
