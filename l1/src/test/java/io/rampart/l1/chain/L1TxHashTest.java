package io.rampart.l1.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.ContractCall;
import java.util.List;
import org.junit.jupiter.api.Test;

class L1TxHashTest {
  private static final Address FROM = Address.named("from");
  private static final Address TO = Address.named("to");

  private record Raw(byte[] data) implements ContractCall {
    @Override
    public byte[] calldata() {
      return data.clone();
    }
  }

  private static L1Tx tx(long wei, byte[] calldata) {
    ContractCall call = calldata == null ? null : new Raw(calldata);
    return new L1Tx(new TxRequest(FROM, TO, Wei.of(wei), call, 50_000, List.of()), 0);
  }

  /**
   * Value 0x0102 with no calldata and value 0x01 with calldata 0x02 concatenate to the same bytes
   * when the value is written minimally and the calldata without its length.
   */
  @Test
  void valueAndCalldataBoundaryIsPartOfTheHash() {
    assertThat(tx(0x0102, null).hash()).isNotEqualTo(tx(0x01, new byte[] {0x02}).hash());
    assertThat(tx(0x01, new byte[] {0x02, 0x03}).hash())
        .isNotEqualTo(tx(0x0102, new byte[] {0x03}).hash());
    assertThat(tx(0, new byte[0]).hash()).isNotEqualTo(tx(0, new byte[] {0}).hash());
  }

  @Test
  void calldataAndBlobHashesBoundaryIsPartOfTheHash() {
    Blob blob = new Blob(new byte[] {9});
    byte[] withHash = new byte[33];
    withHash[0] = 7;
    blob.versionedHash().copyTo(withHash, 1);
    L1Tx a = new L1Tx(new TxRequest(FROM, TO, Wei.ZERO, new Raw(withHash), 50_000, List.of()), 0);
    L1Tx b =
        new L1Tx(
            new TxRequest(FROM, TO, Wei.ZERO, new Raw(new byte[] {7}), 50_000, List.of(blob)), 0);
    assertThat(a.hash()).isNotEqualTo(b.hash());
    assertThat(tx(5, new byte[] {1}).hash()).isEqualTo(tx(5, new byte[] {1}).hash());
  }
}
