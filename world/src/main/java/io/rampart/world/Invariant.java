package io.rampart.world;

import java.util.Optional;

/** A property checked after every event; a non-empty result describes the violation. */
@FunctionalInterface
public interface Invariant {
  Optional<String> check();
}
