package io.rampart.crypto.rlp;

import java.util.List;

/** An RLP list of items. */
public record RlpList(List<RlpItem> items) implements RlpItem {

  public RlpList {
    items = List.copyOf(items);
  }

  public static RlpList of(RlpItem... items) {
    return new RlpList(List.of(items));
  }

  public int size() {
    return items.size();
  }

  public RlpItem get(int i) {
    return items.get(i);
  }
}
