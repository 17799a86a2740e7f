package io.rampart.chain.state;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.hash.Hasher;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The two trees behind a state root (accounts and withdrawals) plus the next free index. Applying a
 * {@link StateDiff} is one batched update per tree. {@link #fork()} gives copy-on-write trees for
 * speculative work (per-transaction roots of a block) that leave these untouched.
 */
public final class StateTrees {
  private static final int PARALLEL_LEAVES = 4096;

  private final Hasher hasher;
  private final MerkleTree32 accounts;
  private final MerkleTree32 withdrawals;
  private int nextIndex;

  private StateTrees(Hasher hasher, MerkleTree32 accounts, MerkleTree32 withdrawals, int next) {
    this.hasher = hasher;
    this.accounts = accounts;
    this.withdrawals = withdrawals;
    this.nextIndex = next;
  }

  public static StateTrees empty(Hasher hasher) {
    return new StateTrees(hasher, new DenseMerkleTree(hasher), new DenseMerkleTree(hasher), 0);
  }

  public StateTrees fork() {
    return new StateTrees(hasher, accounts.fork(), withdrawals.fork(), nextIndex);
  }

  public Hasher hasher() {
    return hasher;
  }

  public MerkleTree32 accountTree() {
    return accounts;
  }

  public MerkleTree32 withdrawalTree() {
    return withdrawals;
  }

  public Bytes32 root() {
    return StateRoots.stateRoot(hasher, accounts.root(), nextIndex, withdrawals.root());
  }

  /** Applies {@code diff}; {@code newNextIndex} is the next free index after it. */
  public Bytes32 apply(StateDiff diff, int newNextIndex) {
    int n = diff.indices().length;
    if (n > 0) {
      long[] idx = new long[n];
      byte[] leaves = new byte[32 * n];
      Account[] acc = diff.accounts();
      for (int i = 0; i < n; i++) {
        idx[i] = diff.indices()[i];
      }
      if (n >= PARALLEL_LEAVES) {
        IntStream.range(0, n).parallel().forEach(i -> hashLeaf(acc[i].leafPreimage(), leaves, i));
      } else {
        for (int i = 0; i < n; i++) {
          hashLeaf(acc[i].leafPreimage(), leaves, i);
        }
      }
      accounts.setAll(idx, leaves);
    }
    List<Withdrawal> ws = diff.withdrawals();
    if (!ws.isEmpty()) {
      long[] idx = new long[ws.size()];
      byte[] leaves = new byte[32 * ws.size()];
      for (int i = 0; i < ws.size(); i++) {
        idx[i] = ws.get(i).index();
        hashLeaf(ws.get(i).leafPreimage(), leaves, i);
      }
      withdrawals.setAll(idx, leaves);
    }
    nextIndex = newNextIndex;
    return root();
  }

  private void hashLeaf(byte[] preimage, byte[] out, int i) {
    hasher.hash(preimage).copyTo(out, 32 * i);
  }
}
