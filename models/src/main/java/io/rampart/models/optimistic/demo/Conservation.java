package io.rampart.models.optimistic.demo;

import io.rampart.chain.block.L2Block;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.stf.Receipt;
import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.L1Chain;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.core.Address;
import io.rampart.l1.exec.Log;
import io.rampart.models.optimistic.l2.DerivedChain;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * The bridge's conservation law, checked at every new L1 block: the escrow equals the deposits
 * minus the payouts seen on L1, and the L2 supply plus everything withdrawn on L2 equals the
 * deposits L2 has derived (so escrow = L2 supply + deposits not yet derived + withdrawals not yet
 * paid). The L2 side is derived from L1 data alone. The demo makes no L1 reorgs; the L1 sums are
 * kept incrementally and would need rewinding if it did.
 */
final class Conservation {
  private final L1Chain chain;
  private final Address bridge;
  private final DerivedChain derived;
  private long seenL1;
  private int seenL2;
  private long l1Deposits;
  private long l1Paid;
  private long l2Deposits;

  Conservation(L1Chain chain, Address bridge, DerivedChain derived) {
    this.chain = chain;
    this.bridge = bridge;
    this.derived = derived;
  }

  Optional<String> check() {
    long head = chain.head().number();
    if (head == seenL1) {
      return Optional.empty();
    }
    boolean l1Changed = false;
    for (long n = seenL1 + 1; n <= head; n++) {
      Block b = chain.block(n).orElseThrow();
      l1Changed |= !b.transactions().isEmpty();
      for (int i = 0; i < b.receipts().size(); i++) {
        var r = b.receipts().get(i);
        for (Log log : r.logs()) {
          Bridge.DepositEvent.from(log, bridge).ifPresent(d -> l1Deposits += d.amountGwei());
        }
        if (r.succeeded()
            && b.transactions().get(i).call() instanceof Bridge.FinalizeWithdrawal f) {
          l1Paid += f.withdrawal().amountGwei();
        }
      }
    }
    seenL1 = head;
    derived.sync();
    List<L2Block> blocks = derived.blocks();
    if (!l1Changed && blocks.size() == seenL2) {
      return Optional.empty(); // neither side changed since the last check
    }
    for (; seenL2 < blocks.size(); seenL2++) {
      for (Receipt r : blocks.get(seenL2).receipts()) {
        if (r.kind() == Receipt.Kind.DEPOSIT && r.success()) {
          l2Deposits += r.valueGwei();
        }
      }
    }
    long escrow = chain.balance(bridge).toGwei();
    if (escrow != l1Deposits - l1Paid) {
      return Optional.of(
          "bridge holds " + escrow + " gwei, deposits − payouts = " + (l1Deposits - l1Paid));
    }
    WorldState s = derived.derivation().world();
    BigInteger withdrawn = BigInteger.ZERO;
    for (long i = 0; i < s.withdrawalCount(); i++) {
      withdrawn = withdrawn.add(BigInteger.valueOf(s.withdrawal(i).amountGwei()));
    }
    BigInteger l2Side = s.totalBalance().add(withdrawn);
    if (!l2Side.equals(BigInteger.valueOf(l2Deposits))) {
      return Optional.of(
          "L2 supply + withdrawn = " + l2Side + " gwei, derived deposits = " + l2Deposits);
    }
    if (l2Deposits > l1Deposits || withdrawn.compareTo(BigInteger.valueOf(l1Paid)) < 0) {
      return Optional.of("L2 derived more than L1 deposited, or L1 paid more than L2 withdrew");
    }
    return Optional.empty();
  }
}
