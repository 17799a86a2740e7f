package io.rampart.world;

import io.rampart.world.random.DeterministicRandom;
import io.rampart.world.store.KvStore;
import io.rampart.world.time.SimDuration;
import io.rampart.world.time.SimTime;

/** What an actor may do. Valid only during the handler call it was passed to. */
public interface ActorContext {

  ActorId self();

  /** The simulated time of the event being handled. */
  SimTime now();

  /** Sends through the simulated network: it may be delayed, lost or cut by a partition. */
  void send(ActorId to, Message message);

  /** Fires {@link Actor#onTimer} after {@code delay}; a crash cancels every pending timer. */
  TimerId setTimer(SimDuration delay, Message tag);

  void cancelTimer(TimerId timer);

  /**
   * This actor's random stream, derived from the world seed, the actor's name and its incarnation,
   * so that other actors' draws never shift it.
   */
  DeterministicRandom random();

  /** This actor's persistent store; it survives crashes. */
  KvStore store();

  /** Adds a line to the event log (hashed like every other event). */
  void trace(String line);
}
