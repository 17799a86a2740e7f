package io.rampart.world;

import java.util.function.Consumer;

/** One scheduled event; ordered by (time, seq). */
final class Event {
  final long time;
  final long seq;
  final EventKind kind;
  final ActorId target;
  final ActorId from;
  final Message message;
  final long timerId;
  final String label;
  final Consumer<World> action;

  Event(
      long time,
      long seq,
      EventKind kind,
      ActorId target,
      ActorId from,
      Message message,
      long timerId,
      String label,
      Consumer<World> action) {
    this.time = time;
    this.seq = seq;
    this.kind = kind;
    this.target = target;
    this.from = from;
    this.message = message;
    this.timerId = timerId;
    this.label = label;
    this.action = action;
  }
}
