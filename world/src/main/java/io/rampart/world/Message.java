package io.rampart.world;

/**
 * Anything an actor sends or uses as a timer tag. The event log hashes {@link #describe()}, so it
 * must be a deterministic function of the message's content: the default ({@code toString()}) is
 * right for records of numbers, strings, enums and value types, but a record holding a {@code
 * byte[]} must override it (arrays print their identity).
 */
public interface Message {
  default String describe() {
    return toString();
  }
}
