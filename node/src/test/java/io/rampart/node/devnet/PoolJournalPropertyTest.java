package io.rampart.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.chain.fee.FeeParams;
import io.rampart.chain.stf.Checked;
import io.rampart.chain.stf.TxChecks;
import io.rampart.chain.store.InMemoryKeyValueStore;
import io.rampart.chain.store.WriteBatch;
import io.rampart.chain.tx.ChainConfig;
import io.rampart.chain.tx.L2Tx;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.ecdsa.PrivateKey;
import io.rampart.crypto.hash.Keccak256;
import io.rampart.crypto.hd.DevMnemonic;
import io.rampart.node.Rpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Any sequence of admissions, inclusions and other departures (replaced, evicted, dropped) leaves a
 * stored journal that holds every pooled transaction exactly once, beside only included ones, and
 * no entry without a pooled transaction. The model is a set of pooled and a set of included
 * transactions.
 */
class PoolJournalPropertyTest {
  private static final List<L2Tx.UserTx> TXS = sign(48);

  @Property(tries = 200)
  void theStoredJournalIsThePoolBesideIncludedTransactions(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 99) Integer> steps) {
    InMemoryKeyValueStore kv = new InMemoryKeyValueStore();
    PoolJournal journal = new PoolJournal(0);
    Set<L2Tx.UserTx> pooled = new LinkedHashSet<>();
    Set<Bytes32> included = new HashSet<>();
    int next = 0;
    for (int s : steps) {
      int arg = s / 4;
      switch (s % 4) {
        case 0 -> { // one admission group; a full pool may evict one already pooled
          if (arg % 2 == 1 && !pooled.isEmpty()) {
            leave(journal, pooled, pick(pooled, arg), false, included);
          }
          for (int k = 0; k < 1 + arg % 5 && next < TXS.size(); k++) {
            journal.added(TXS.get(next));
            pooled.add(TXS.get(next++));
          }
        }
        case 1 -> { // a block includes the oldest pooled ones
          for (int k = 0; k < 1 + arg % 4 && !pooled.isEmpty(); k++) {
            leave(journal, pooled, pooled.iterator().next(), true, included);
          }
        }
        case 2 -> { // replaced, evicted or dropped
          if (!pooled.isEmpty()) {
            leave(journal, pooled, pick(pooled, arg), false, included);
          }
        }
        default -> { // a block includes one and drops another
          if (!pooled.isEmpty()) {
            leave(journal, pooled, pick(pooled, arg), true, included);
          }
          if (!pooled.isEmpty()) {
            leave(journal, pooled, pick(pooled, arg + 1), false, included);
          }
        }
      }
      WriteBatch wb = new WriteBatch();
      journal.flush(wb);
      kv.write(wb);
      check(kv, pooled, included);
      assertThat(journal.size()).isEqualTo(pooled.size());
    }
  }

  private static void leave(
      PoolJournal journal,
      Set<L2Tx.UserTx> pooled,
      L2Tx.UserTx tx,
      boolean include,
      Set<Bytes32> included) {
    pooled.remove(tx);
    journal.left(tx.hash(), include);
    if (include) {
      included.add(tx.hash());
    }
  }

  private static L2Tx.UserTx pick(Set<L2Tx.UserTx> pooled, int i) {
    return new ArrayList<>(pooled).get(i % pooled.size());
  }

  private static void check(
      InMemoryKeyValueStore kv, Set<L2Tx.UserTx> pooled, Set<Bytes32> included) {
    Set<Bytes32> live = new HashSet<>();
    pooled.forEach(t -> live.add(t.hash()));
    Set<Bytes32> stored = new HashSet<>();
    kv.scan(
        NodeKeys.journalPrefix(),
        (k, v) -> {
          assertThat(k).hasSize(NodeKeys.JOURNAL_GROUP_KEY);
          boolean anyLive = false;
          for (byte[] raw : PoolJournal.decode(v)) {
            Bytes32 h = Keccak256.digest(raw);
            assertThat(stored.add(h)).as("stored once").isTrue();
            assertThat(live.contains(h) || included.contains(h)).as("pooled or included").isTrue();
            anyLive |= live.contains(h);
          }
          assertThat(anyLive).as("an entry holds a pooled transaction").isTrue();
        });
    assertThat(stored).containsAll(live);
  }

  private static List<L2Tx.UserTx> sign(int n) {
    ChainConfig chain =
        new ChainConfig(
            DevnetConfig.DEFAULT_CHAIN_ID,
            Keccak256.INSTANCE,
            Devnet.FEE_VAULT,
            FeeParams.defaults(),
            ChainConfig.DEFAULT_MAX_TX_BYTES);
    PrivateKey key = DevMnemonic.accounts(DevMnemonic.TEST_MNEMONIC, 1).get(0);
    Address to = Address.fromBytes(new byte[20]).orElseThrow();
    List<L2Tx.UserTx> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] raw = Rpc.transfer(chain.chainId(), key, i, to, 1);
      Checked c = TxChecks.check(chain, raw, Ecdsa.defaultInstance());
      out.add(((Checked.Ok) c).tx());
    }
    return out;
  }
}
