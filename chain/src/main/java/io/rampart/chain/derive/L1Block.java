package io.rampart.chain.derive;

import java.util.List;

/** The L2-relevant content of one L1 block. */
public record L1Block(long number, List<L1Item> items) {
  public L1Block {
    items = List.copyOf(items);
  }
}
