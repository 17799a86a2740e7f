package io.rampart.chain.store;

import java.util.ArrayList;
import java.util.List;

/** Puts and deletes to apply together; later operations on the same key win. */
public final class WriteBatch {
  /** One operation; {@code value} is null for a delete. */
  public record Op(byte[] key, byte[] value) {}

  private final List<Op> ops = new ArrayList<>();

  public WriteBatch put(byte[] key, byte[] value) {
    ops.add(new Op(key.clone(), value.clone()));
    return this;
  }

  public WriteBatch delete(byte[] key) {
    ops.add(new Op(key.clone(), null));
    return this;
  }

  public List<Op> ops() {
    return List.copyOf(ops);
  }

  public int size() {
    return ops.size();
  }
}
