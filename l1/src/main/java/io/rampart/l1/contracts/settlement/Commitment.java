package io.rampart.l1.contracts.settlement;

import io.rampart.crypto.Bytes32;

/** A state commitment: the L2 state after {@code l2Block}, and its withdrawal tree root. */
public record Commitment(long l2Block, Bytes32 stateRoot, Bytes32 withdrawalRoot) {}
