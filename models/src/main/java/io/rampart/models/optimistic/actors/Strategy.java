package io.rampart.models.optimistic.actors;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.core.Address;
import io.rampart.l1.exec.ContractCall;
import io.rampart.models.optimistic.game.GameCalls;
import io.rampart.models.optimistic.game.Node;
import io.rampart.models.optimistic.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a party plays a game, as a pure function of the game's nodes and the party's own trace. The
 * rule is the same for honest and dishonest parties; only the trace differs. A party counters a
 * node it believes wrong whose starting root it agrees with (a node built on a wrong start is
 * handled higher up, where the wrong start was introduced), at most once per node.
 */
public final class Strategy {
  /** Who a party engages: everyone, or (colluding) only outsiders near its own nodes. */
  public sealed interface Engagement {
    record All() implements Engagement {}

    /**
     * Counter only nodes of outsiders that are the root, a child of the root, or a child of one of
     * this party's own nodes (each colluder defends its own claims; all pile on at the top).
     */
    record Collude(Set<Address> colluders) implements Engagement {}
  }

  private final Address me;
  private final int arity;
  private final Engagement engagement;

  public Strategy(Address me, int arity, Engagement engagement) {
    this.me = me;
    this.arity = arity;
    this.engagement = engagement;
  }

  /** A move and the node it answers. */
  public record Move(long target, ContractCall call) {}

  /**
   * The moves to make now on proposal {@code p}. {@code open} says whether a node can still be
   * countered; {@code stepper}, when present, supplies one-step proofs (only a party that derives
   * the true trace from L1 can).
   */
  public List<Move> moves(
      long p,
      List<Node> nodes,
      Trace trace,
      long knownBlocks,
      java.util.function.LongPredicate open,
      Optional<StepProver> stepper) {
    List<Move> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n.kind() == Node.Kind.STEP
          || n.resolution() != Node.Resolution.OPEN
          || n.claimant().equals(me)
          || !open.test(n.id())
          || !engages(n, nodes)
          || answered(n, nodes)) {
        continue;
      }
      counter(p, n, nodes, trace, knownBlocks, stepper)
          .filter(c -> !made(c, n, nodes))
          .ifPresent(c -> out.add(new Move(n.id(), c)));
    }
    return out;
  }

  private boolean engages(Node n, List<Node> nodes) {
    return switch (engagement) {
      case Engagement.All a -> true;
      case Engagement.Collude c -> {
        if (c.colluders().contains(n.claimant())) {
          yield false;
        }
        if (n.isRoot()) {
          yield true;
        }
        Node parent = nodes.get((int) n.parent());
        yield parent.isRoot() || parent.claimant().equals(me);
      }
    };
  }

  /**
   * Whether some party already made exactly this move against {@code n}: the contract refuses a
   * duplicate ({@code DUPLICATE_MOVE}), and the existing node stands or falls as this one would.
   */
  private static boolean made(ContractCall call, Node n, List<Node> nodes) {
    int parts = n.roots().size() + 1;
    for (Node c : nodes) {
      if (c.parent() != n.id()) {
        continue;
      }
      boolean same =
          switch (call) {
            case GameCalls.Dissect d ->
                c.kind() == Node.Kind.DISSECTION && c.roots().equals(d.roots());
            case GameCalls.Select s ->
                c.kind() == Node.Kind.CLAIM
                    && c.lo() == n.point(s.part() - 1, parts)
                    && c.hi() == n.point(s.part(), parts)
                    && c.endRoot().equals(s.root());
            case GameCalls.Step s -> c.kind() == Node.Kind.STEP;
            default -> false;
          };
      if (same) {
        return true;
      }
    }
    return false;
  }

  private boolean answered(Node n, List<Node> nodes) {
    for (Node c : nodes) {
      if (c.parent() == n.id() && c.claimant().equals(me)) {
        return true;
      }
    }
    return false;
  }

  private static boolean known(Node.Level level, long block, long pos, Trace t, long blocks) {
    return level == Node.Level.TX ? block < blocks : pos <= blocks;
  }

  private static Bytes32 at(Trace t, Node.Level level, long block, long pos) {
    return level == Node.Level.BLOCK ? t.blockRoot(pos) : t.txRoot(block, (int) pos);
  }

  private Optional<ContractCall> counter(
      long p, Node n, List<Node> nodes, Trace t, long blocks, Optional<StepProver> stepper) {
    if (n.kind() == Node.Kind.CLAIM) {
      if (!known(n.level(), n.block(), n.hi(), t, blocks)
          || !at(t, n.level(), n.block(), n.lo()).equals(n.startRoot())
          || at(t, n.level(), n.block(), n.hi()).equals(n.endRoot())) {
        return Optional.empty();
      }
      long len = n.hi() - n.lo();
      if (len >= 2) {
        return Optional.of(dissection(p, n.id(), t, n.level(), n.block(), n.lo(), n.hi()));
      }
      if (n.level() == Node.Level.BLOCK) {
        long b = n.hi() - 1;
        int count = t.txCount(b);
        if (count == 0) {
          return stepper.flatMap(s -> s.emptyStep(p, n.id(), b));
        }
        return Optional.of(dissection(p, n.id(), t, Node.Level.TX, b, 0, count));
      }
      return stepper.flatMap(s -> s.step(p, n.id(), n.block(), (int) n.lo()));
    }
    // a dissection: find the first part where it departs from this party's trace
    Node claim = nodes.get((int) n.parent());
    if (!known(n.level(), n.block(), n.hi(), t, blocks)
        || !at(t, claim.level(), claim.block(), claim.lo()).equals(claim.startRoot())) {
      return Optional.empty();
    }
    int parts = n.roots().size() + 1;
    for (int j = 1; j < parts; j++) {
      Bytes32 truth = at(t, n.level(), n.block(), n.point(j, parts));
      if (!truth.equals(n.roots().get(j - 1))) {
        return Optional.of(new GameCalls.Select(p, n.id(), j, truth));
      }
    }
    Bytes32 end = at(t, claim.level(), claim.block(), claim.hi());
    if (end.equals(claim.endRoot())) {
      return Optional.of(new GameCalls.Select(p, n.id(), parts, claim.endRoot()));
    }
    return Optional.empty();
  }

  private GameCalls.Dissect dissection(
      long p, long target, Trace t, Node.Level level, long block, long lo, long hi) {
    int parts = (int) Math.min(arity, hi - lo);
    List<Bytes32> roots = new ArrayList<>();
    for (int i = 1; i < parts; i++) {
      roots.add(at(t, level, block, lo + (hi - lo) * i / parts));
    }
    return new GameCalls.Dissect(p, target, roots);
  }
}
