package org.casewise.index;

/**
 * Fired (synchronously, after the engine confirmed and the database recorded the writes) when the
 * reconciler has written reviews to the index. Observers use it as a prompt to act now, not as the
 * record of what to do: the database says which reviews still need them, so a missed event costs
 * only latency.
 */
public record ReviewsIndexed(int count) {
}
