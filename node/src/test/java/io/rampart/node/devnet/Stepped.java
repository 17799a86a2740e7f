package io.rampart.node.devnet;

import io.rampart.chain.mempool.AdmitResult;
import io.rampart.crypto.Bytes32;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Commands for a devnet opened with {@link Devnet#openStepped}, run by one step of its loop. */
final class Stepped {
  private Stepped() {}

  static List<AdmitResult> submit(Devnet d, List<byte[]> raws) throws Exception {
    CompletableFuture<List<AdmitResult>> f = d.submit(raws);
    d.loop().step();
    return f.get();
  }

  static void mine(Devnet d) throws Exception {
    CompletableFuture<BlockRecord> f = d.mine();
    d.loop().step();
    f.get();
  }

  /** The hashes the pool holds. */
  static Set<Bytes32> pool(Devnet d) throws Exception {
    CompletableFuture<Set<Bytes32>> f = d.query(a -> new HashSet<>(a.pool().snapshot()));
    d.loop().step();
    return f.get();
  }
}
