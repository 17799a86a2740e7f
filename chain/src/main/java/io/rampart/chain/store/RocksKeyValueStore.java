package io.rampart.chain.store;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteOptions;

/**
 * A {@link KeyValueStore} on RocksDB. Each {@link #write} is one RocksDB write batch, atomic; with
 * {@code sync} the write-ahead log is fsynced before it returns, so an acknowledged write survives
 * a crash of the process or the machine. RocksDB errors are I/O failures and surface as {@link
 * UncheckedIOException}. Beyond the {@link KeyValueStore} contract, {@link #get} and {@link #scan}
 * may run on other threads while one thread writes (RocksDB reads are thread-safe); {@link #close}
 * must wait until they are done.
 */
public final class RocksKeyValueStore implements KeyValueStore {
  static {
    RocksDB.loadLibrary();
  }

  private final Options options;
  private final WriteOptions writeOptions;
  private final WriteOptions unsynced = new WriteOptions().setSync(false);
  private final RocksDB db;
  private volatile boolean closed;

  private RocksKeyValueStore(Options options, WriteOptions writeOptions, RocksDB db) {
    this.options = options;
    this.writeOptions = writeOptions;
    this.db = db;
  }

  /** Opens (creating if needed) the database in {@code dir}. */
  public static RocksKeyValueStore open(Path dir, boolean sync) {
    Options options = new Options().setCreateIfMissing(true);
    WriteOptions wo = new WriteOptions().setSync(sync);
    try {
      return new RocksKeyValueStore(options, wo, RocksDB.open(options, dir.toString()));
    } catch (RocksDBException e) {
      options.close();
      wo.close();
      throw io("open " + dir, e);
    }
  }

  @Override
  public Optional<byte[]> get(byte[] key) {
    check();
    try {
      return Optional.ofNullable(db.get(key));
    } catch (RocksDBException e) {
      throw io("get", e);
    }
  }

  @Override
  public void write(WriteBatch batch) {
    write(batch, writeOptions);
  }

  /**
   * The same write-ahead log without the fsync: the record is in the operating system's cache when
   * this returns (a process crash keeps it), and the next synced write syncs the log up to it.
   */
  @Override
  public void writeUnsynced(WriteBatch batch) {
    write(batch, unsynced);
  }

  private void write(WriteBatch batch, WriteOptions wo) {
    check();
    try (org.rocksdb.WriteBatch wb = new org.rocksdb.WriteBatch()) {
      for (WriteBatch.Op op : batch.ops()) {
        if (op.value() == null) {
          wb.delete(op.key());
        } else {
          wb.put(op.key(), op.value());
        }
      }
      db.write(wo, wb);
    } catch (RocksDBException e) {
      throw io("write", e);
    }
  }

  @Override
  public void scan(byte[] prefix, BiConsumer<byte[], byte[]> visitor) {
    check();
    try (RocksIterator it = db.newIterator()) {
      for (it.seek(prefix); it.isValid(); it.next()) {
        byte[] k = it.key();
        if (!InMemoryKeyValueStore.startsWith(k, prefix)) {
          break;
        }
        visitor.accept(k, it.value());
      }
      it.status();
    } catch (RocksDBException e) {
      throw io("scan", e);
    }
  }

  private void check() {
    if (closed) {
      throw new IllegalStateException("store is closed");
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    db.close();
    writeOptions.close();
    unsynced.close();
    options.close();
  }

  private static UncheckedIOException io(String what, RocksDBException e) {
    return new UncheckedIOException(new java.io.IOException("rocksdb " + what, e));
  }
}
