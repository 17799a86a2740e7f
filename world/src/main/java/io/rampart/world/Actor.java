package io.rampart.world;

/**
 * A participant in the world. Actors only react: to their start, to messages and to their own
 * timers; every effect goes through the {@link ActorContext}. An actor instance holds only volatile
 * state: a crash discards the instance, and a restart builds a fresh one from the factory, which
 * must recover from {@link ActorContext#store()}.
 *
 * <p>Handlers run one at a time on the world's thread; they must not block, read the wall clock,
 * start threads or use randomness other than {@link ActorContext#random()}.
 */
public interface Actor {

  /** Called once when the actor is spawned. */
  void onStart(ActorContext ctx);

  /** Called on a fresh instance after a crash; the store holds what survived. */
  default void onRestart(ActorContext ctx) {
    onStart(ctx);
  }

  default void onMessage(ActorContext ctx, ActorId from, Message message) {}

  default void onTimer(ActorContext ctx, Message tag) {}

  /** Called on the instance about to be discarded; for bookkeeping only, it cannot act. */
  default void onCrash() {}
}
