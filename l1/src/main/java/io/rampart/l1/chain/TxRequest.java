package io.rampart.l1.chain;

import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.ContractCall;
import io.rampart.world.Message;
import java.util.List;

/**
 * A transaction as a user submits it; the L1 assigns the sender's next nonce on acceptance. The
 * embedded L1 does not check signatures on its own transactions: {@code from} is trusted.
 *
 * @param call the call to a contract, or {@code null} for a plain transfer
 * @param blobs blobs carried (empty for an ordinary transaction)
 */
public record TxRequest(
    Address from, Address to, Wei value, ContractCall call, long gasLimit, List<Blob> blobs)
    implements Message {
  public TxRequest {
    blobs = List.copyOf(blobs);
  }

  public static TxRequest call(Address from, Address to, ContractCall call, long gasLimit) {
    return new TxRequest(from, to, Wei.ZERO, call, gasLimit, List.of());
  }

  public static TxRequest transfer(Address from, Address to, Wei value) {
    return new TxRequest(from, to, value, null, 21_000, List.of());
  }

  public TxRequest withValue(Wei v) {
    return new TxRequest(from, to, v, call, gasLimit, blobs);
  }

  public TxRequest withBlobs(List<Blob> b) {
    return new TxRequest(from, to, value, call, gasLimit, b);
  }

  @Override
  public String describe() {
    return "tx "
        + from
        + "->"
        + to
        + " value="
        + value.value()
        + " gas="
        + gasLimit
        + " "
        + (call == null ? "transfer" : call.describe())
        + " blobs="
        + blobs.size();
  }
}
