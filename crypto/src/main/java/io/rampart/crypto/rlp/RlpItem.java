package io.rampart.crypto.rlp;

/**
 * A value in Ethereum's Recursive Length Prefix encoding (Yellow Paper, appendix B): a byte string
 * or a list of items. Immutable.
 */
public sealed interface RlpItem permits RlpString, RlpList {}
