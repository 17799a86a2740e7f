package io.rampart.chain.store;

class InMemoryKeyValueStoreTest extends KeyValueStoreContract {
  @Override
  protected KeyValueStore create() {
    return new InMemoryKeyValueStore();
  }

  @Override
  protected KeyValueStore reopen(KeyValueStore old) {
    return old;
  }
}
