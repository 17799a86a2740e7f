package io.rampart.chain.derive;

/** A posted batch that derivation ignored, where it was posted and why. */
public record SkippedBatch(long l1Block, int itemIndex, String reason) {}
