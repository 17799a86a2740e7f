package io.rampart.chain.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class RocksKeyValueStoreTest extends KeyValueStoreContract {
  private final List<Path> dirs = new ArrayList<>();
  private Path current;

  @Override
  protected KeyValueStore create() {
    try {
      current = Files.createTempDirectory("rampart-kv");
      dirs.add(current);
      return RocksKeyValueStore.open(current, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected KeyValueStore reopen(KeyValueStore old) {
    old.close();
    return RocksKeyValueStore.open(current, false);
  }

  @AfterEach
  void deleteDirs() throws IOException {
    for (Path d : dirs) {
      TestDirs.delete(d);
    }
  }
}
