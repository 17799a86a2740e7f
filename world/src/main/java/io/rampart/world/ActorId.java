package io.rampart.world;

/** The name of an actor in a world; names are unique and order the actors deterministically. */
public record ActorId(String name) implements Comparable<ActorId> {
  public ActorId {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("actor name must not be empty");
    }
  }

  public static ActorId of(String name) {
    return new ActorId(name);
  }

  @Override
  public int compareTo(ActorId o) {
    return name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
