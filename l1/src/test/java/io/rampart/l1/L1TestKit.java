package io.rampart.l1;

import io.rampart.l1.chain.Block;
import io.rampart.l1.chain.L1Chain;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.chain.SubmitResult;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.bridge.Bridge;
import io.rampart.l1.contracts.bridge.KeccakProofVerifier;
import io.rampart.l1.contracts.inbox.Inbox;
import io.rampart.l1.contracts.settlement.TrustedProposerSettlement;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.L1Config;
import io.rampart.l1.core.Wei;

/** A chain with the shared contracts deployed and a few funded accounts; blocks every 12 s. */
public final class L1TestKit {
  public static final Address SEQUENCER = Address.named("sequencer");
  public static final Address PROPOSER = Address.named("proposer");
  public static final Address ALICE = Address.named("alice");
  public static final Address BOB = Address.named("bob");
  public static final Address INBOX = Address.named("inbox");
  public static final Address BRIDGE = Address.named("bridge");
  public static final Address SETTLEMENT = Address.named("settlement");

  /** An externally owned "batch inbox" address, as the OP Stack posts batches to. */
  public static final Address BATCH_INBOX_EOA = Address.named("batch-inbox-eoa");

  public final L1Chain chain;
  public final Inbox inbox;
  public final Bridge bridge;
  public final TrustedProposerSettlement settlement;

  public L1TestKit(L1Config config, long settlementDelaySeconds) {
    chain = new L1Chain(config);
    inbox = chain.deploy(new Inbox(INBOX, SEQUENCER, Inbox.DEFAULT_FORCE_DELAY_SECONDS));
    settlement =
        chain.deploy(new TrustedProposerSettlement(SETTLEMENT, PROPOSER, settlementDelaySeconds));
    bridge = chain.deploy(new Bridge(BRIDGE, settlement, new KeccakProofVerifier()));
    for (Address a : new Address[] {SEQUENCER, PROPOSER, ALICE, BOB}) {
      chain.fund(a, Wei.ofEther(1_000));
    }
  }

  public L1TestKit() {
    this(L1Config.defaults(), 3_600);
  }

  /** Produces the next block at {@code 12 × number} seconds. */
  public Block nextBlock() {
    long slot = chain.config().slot().toSeconds();
    return chain.produceBlock((chain.head().number() + 1) * slot);
  }

  /** Submits, includes in the next block, and returns the receipt. */
  public Receipt execute(TxRequest request) {
    SubmitResult r = chain.submit(request);
    if (!(r instanceof SubmitResult.Accepted a)) {
      throw new AssertionError("not accepted: " + r);
    }
    nextBlock();
    return chain.receipt(a.tx().hash()).orElseThrow(() -> new AssertionError("not included"));
  }

  /** Advances blocks until the head timestamp is at least {@code timestamp}. */
  public void advanceTo(long timestamp) {
    while (chain.head().timestamp() < timestamp) {
      nextBlock();
    }
  }
}
