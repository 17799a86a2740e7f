package io.rampart.l1.chain;

/** What the L1's blob store answers for a versioned hash. */
public sealed interface BlobLookup {

  /** The data, as posted. */
  record Available(byte[] data) implements BlobLookup {}

  /** Posted, but withheld by fault injection. */
  record Withheld() implements BlobLookup {}

  /** Never seen, or pruned with old history. */
  record Unknown() implements BlobLookup {}
}
