package io.rampart.world.net;

import io.rampart.world.ActorId;
import io.rampart.world.Message;
import io.rampart.world.random.DeterministicRandom;
import io.rampart.world.time.SimDuration;
import io.rampart.world.time.SimTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulated network between actors: per-link latency and loss, partitions, and message filters.
 * All randomness comes from the stream the world hands in. A message to oneself is always delivered
 * at once.
 *
 * <p>A partition is checked when a message is sent and again when it would be delivered, so a
 * message in flight when a partition starts is lost.
 */
public final class Network {
  private LinkConfig defaultLink = LinkConfig.PERFECT;
  private final Map<Link, LinkConfig> links = new HashMap<>();
  private final Set<Link> cut = new HashSet<>();
  private final List<MessageFilter> filters = new ArrayList<>();

  private record Link(ActorId from, ActorId to) {}

  /** Where a message goes. */
  public sealed interface Route {}

  /** Delivered after {@code delay}. */
  public record Deliver(SimDuration delay) implements Route {}

  /** Lost; {@code reason} is logged. */
  public record Lost(String reason) implements Route {}

  public void setDefaultLink(LinkConfig config) {
    defaultLink = config;
  }

  /** Configures both directions between {@code a} and {@code b}. */
  public void setLink(ActorId a, ActorId b, LinkConfig config) {
    links.put(new Link(a, b), config);
    links.put(new Link(b, a), config);
  }

  /** Cuts every link between a member of {@code sideA} and a member of {@code sideB}. */
  public void partition(Set<ActorId> sideA, Set<ActorId> sideB) {
    for (ActorId a : sideA) {
      for (ActorId b : sideB) {
        if (!a.equals(b)) {
          cut.add(new Link(a, b));
          cut.add(new Link(b, a));
        }
      }
    }
  }

  /** Restores every cut link. */
  public void heal() {
    cut.clear();
  }

  public boolean isCut(ActorId from, ActorId to) {
    return !cut.isEmpty() && cut.contains(new Link(from, to));
  }

  public void addFilter(MessageFilter filter) {
    filters.add(filter);
  }

  public void removeFilter(MessageFilter filter) {
    filters.remove(filter);
  }

  /** Decides the fate of one message; draws from {@code random} only for lossy or jittery links. */
  public Route route(
      SimTime now, ActorId from, ActorId to, Message message, DeterministicRandom random) {
    if (from.equals(to)) {
      return new Deliver(SimDuration.ZERO);
    }
    if (isCut(from, to)) {
      return new Lost("partition");
    }
    SimDuration extra = SimDuration.ZERO;
    for (MessageFilter f : filters) {
      MessageFilter.Verdict v = f.apply(now, from, to, message);
      switch (v) {
        case MessageFilter.Pass _ -> {}
        case MessageFilter.Drop d -> {
          return new Lost(d.reason());
        }
        case MessageFilter.Delay d -> extra = extra.plus(d.extra());
      }
    }
    LinkConfig link =
        links.isEmpty() ? defaultLink : links.getOrDefault(new Link(from, to), defaultLink);
    if (random != null && link.lossProbability() > 0 && random.chance(link.lossProbability())) {
      return new Lost("loss");
    }
    return new Deliver(link.latency().sample(random).plus(extra));
  }
}
