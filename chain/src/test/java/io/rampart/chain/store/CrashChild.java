package io.rampart.chain.store;

import io.rampart.chain.block.L2Block;
import io.rampart.chain.mempool.Mempool;
import io.rampart.chain.mempool.MempoolConfig;
import io.rampart.chain.sequencer.BatchPolicy;
import io.rampart.chain.sequencer.Sequencer;
import io.rampart.chain.sequencer.SystemQueue;
import io.rampart.chain.state.WorldState;
import io.rampart.chain.support.Fixture;
import io.rampart.chain.tx.L2Tx;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;

/**
 * The sequencing process that {@link CrashRecoveryTest} kills. Args: store dir, fixture seed,
 * funded accounts. On start it reopens the store and prints {@code blk <n> <root> <hashes>} for
 * every stored block, then {@code ready}. Then it reads {@code tx <hex>} lines and {@code seal}
 * lines; a seal produces a block from the pool, commits it durably (synced WAL) and only then
 * prints {@code ack <hash>} for each of its transfers.
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Fixture fx = new Fixture(Integer.parseInt(args[2]), Long.parseLong(args[1]));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (var kv = RocksKeyValueStore.open(dir, true)) {
      ChainStore store = new ChainStore(kv);
      WorldState world = store.load(fx.cfg.hasher());
      long next = store.head().map(ChainStore.Head::nextBlock).orElse(0L);
      SystemQueue q = new SystemQueue();
      Mempool pool = new Mempool(fx.cfg, MempoolConfig.defaults(), Fixture.ECDSA);
      Sequencer seq =
          new Sequencer(fx.cfg, world, pool, q, BatchPolicy.defaults(), next, Fixture.ECDSA);
      if (next == 0) {
        for (int i = 0; i < fx.keys.size(); i++) {
          q.add(fx.deposit(i, 0, fx.addresses.get(i), 1_000_000_000L));
        }
        L2Block genesis = seq.produceBlock(0, 0, 0);
        store.commitBlock(genesis, seq.lastDiff());
        next = 1;
      }
      for (long n = 0; n < next; n++) {
        StoredBlock b = store.block(n).orElseThrow();
        StringJoiner hashes = new StringJoiner(",");
        b.txHashes().forEach(h -> hashes.add(h.toHex()));
        out.println("blk " + n + " " + b.stateRoot().toHex() + " " + hashes);
      }
      out.println("ready " + world.root().toHex());
      out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      List<byte[]> pending = new ArrayList<>();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("tx ")) {
          pending.add(HexFormat.of().parseHex(line.substring(3)));
        } else if (line.equals("seal")) {
          pool.admitAll(pending, world);
          pending.clear();
          L2Block block = seq.produceBlock(seq.nextBlock(), 0, 10_000);
          store.commitBlock(block, seq.lastDiff());
          for (L2Tx tx : block.txs()) {
            out.println("ack " + tx.hash().toHex());
          }
          out.flush();
        } else if (line.equals("quit")) {
          break;
        }
      }
    }
  }
}
