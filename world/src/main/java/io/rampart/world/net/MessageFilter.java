package io.rampart.world.net;

import io.rampart.world.ActorId;
import io.rampart.world.Message;
import io.rampart.world.time.SimDuration;
import io.rampart.world.time.SimTime;

/**
 * Fault injection on the network: censor (drop) or hold back (delay) chosen messages. Filters run
 * in installation order at send time; the first verdict other than {@link Pass} wins.
 */
@FunctionalInterface
public interface MessageFilter {

  Verdict apply(SimTime now, ActorId from, ActorId to, Message message);

  /** What a filter decided. */
  sealed interface Verdict {}

  /** Leave the message alone. */
  record Pass() implements Verdict {}

  /** Drop it; {@code reason} goes into the event log. */
  record Drop(String reason) implements Verdict {}

  /** Add {@code extra} to its latency. */
  record Delay(SimDuration extra) implements Verdict {}

  Verdict PASS = new Pass();
}
