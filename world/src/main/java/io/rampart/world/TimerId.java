package io.rampart.world;

/** A handle on a pending timer, for {@link ActorContext#cancelTimer(TimerId)}. */
public record TimerId(long value) {}
