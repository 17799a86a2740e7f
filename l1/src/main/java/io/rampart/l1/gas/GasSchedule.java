package io.rampart.l1.gas;

/**
 * Ethereum mainnet gas costs used by the embedded L1; each constant names its source. See {@code
 * docs/world-and-l1.md} for the table.
 */
public final class GasSchedule {
  /** Base cost of every transaction (Yellow Paper G_transaction). */
  public static final long TX_BASE = 21_000;

  /** Calldata, per zero byte (Yellow Paper G_txdatazero). */
  public static final long TX_DATA_ZERO = 4;

  /** Calldata, per non-zero byte (EIP-2028). */
  public static final long TX_DATA_NONZERO = 16;

  /** EIP-7623: standard cost per token, tokens = zero bytes + 4 × non-zero bytes. */
  public static final long STANDARD_TOKEN_COST = 4;

  /** EIP-7623: floor cost per token (so 10 per zero byte, 40 per non-zero byte). */
  public static final long TOTAL_COST_FLOOR_PER_TOKEN = 10;

  /** EIP-2929: SLOAD of a slot not yet accessed in this transaction. */
  public static final long COLD_SLOAD = 2_100;

  /** EIP-2929: any storage access to an already-accessed slot. */
  public static final long WARM_STORAGE_READ = 100;

  /** EIP-2929: first access to an account in a transaction (CALL, BALANCE, ...). */
  public static final long COLD_ACCOUNT_ACCESS = 2_600;

  /** EIP-2200: SSTORE turning a clean zero slot non-zero. */
  public static final long SSTORE_SET = 20_000;

  /** EIP-2929: SSTORE changing a clean non-zero slot (5,000 − COLD_SLOAD). */
  public static final long SSTORE_RESET = 2_900;

  /** EIP-3529: refund for clearing a slot (SSTORE_RESET + ACCESS_LIST_STORAGE_KEY_COST 1,900). */
  public static final long SSTORE_CLEARS_REFUND = 4_800;

  /** EIP-3529: refunds are capped at gas used / 5. */
  public static final long MAX_REFUND_QUOTIENT = 5;

  /** KECCAK256 opcode: static part. */
  public static final long KECCAK_BASE = 30;

  /** KECCAK256 opcode: per 32-byte word of input. */
  public static final long KECCAK_WORD = 6;

  /** ECRECOVER precompile (address 0x01). */
  public static final long ECRECOVER = 3_000;

  /** LOGn: static part. */
  public static final long LOG_BASE = 375;

  /** LOGn: per topic. */
  public static final long LOG_TOPIC = 375;

  /** LOGn: per byte of data. */
  public static final long LOG_DATA_BYTE = 8;

  /** CALL with non-zero value (G_callvalue). */
  public static final long CALL_VALUE = 9_000;

  /** Gas stipend handed to the callee of a value-carrying CALL, returned if unused. */
  public static final long CALL_STIPEND = 2_300;

  /** CALL with value to an empty account (G_newaccount). */
  public static final long NEW_ACCOUNT = 25_000;

  /** BLOBHASH opcode (EIP-4844, G_verylow). */
  public static final long BLOBHASH = 3;

  /** Blob gas per blob, and bytes per blob (EIP-4844 GAS_PER_BLOB). */
  public static final long GAS_PER_BLOB = 131_072;

  /** EIP-4844 MIN_BASE_FEE_PER_BLOB_GAS, in wei. */
  public static final long MIN_BASE_FEE_PER_BLOB_GAS = 1;

  /** EIP-7918 BLOB_BASE_COST: execution gas a blob must at least be worth. */
  public static final long BLOB_BASE_COST = 1L << 13;

  private GasSchedule() {}
}
