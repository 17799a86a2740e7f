package io.rampart.crypto.tx;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import io.rampart.crypto.ecdsa.Ecdsa;
import io.rampart.crypto.ecdsa.PrivateKey;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The worked example of EIP-155 (ethereum/EIPs, EIPS/eip-155.md, "Example"). */
class Eip155ExampleTest {
  private static final LegacyTransaction TX =
      new LegacyTransaction(
          9,
          BigInteger.valueOf(20_000_000_000L),
          21_000,
          Address.tryParse("0x" + "35".repeat(20)),
          BigInteger.TEN.pow(18),
          Calldata.EMPTY,
          OptionalLong.of(1));
  private static final PrivateKey KEY = PrivateKey.fromHex("46".repeat(32)).orElseThrow();
  private static final String SIGNED =
      "f86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a7640000"
          + "8025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8"
          + "997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83";

  @Test
  void signingDataAndHash() {
    assertThat(TX.signingPayload())
        .isEqualTo(
            HexFormat.of()
                .parseHex(
                    "ec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764"
                        + "000080018080"));
    assertThat(TX.signingHash())
        .isEqualTo(
            Bytes32.fromHex("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53"));
  }

  @Test
  void signingWithTheExampleKeyGivesThePublishedSignatureAndTransaction() {
    SignedTransaction signed = SignedTransaction.sign(TX, KEY, Ecdsa.defaultInstance());
    assertThat(signed.v()).isEqualTo(37);
    assertThat(signed.signature().rValue())
        .isEqualTo(
            new BigInteger(
                "18515461264373351373200002665853028612451056578545711640558177340181847433846"));
    assertThat(signed.signature().sValue())
        .isEqualTo(
            new BigInteger(
                "46948507304638947509940763649030358759909902576025900602547168820602576006531"));
    assertThat(signed.encoded()).isEqualTo(HexFormat.of().parseHex(SIGNED));
  }

  @Test
  void decodingThePublishedTransactionRecoversTheExampleKeysAddress() {
    SignedTransaction decoded =
        MainnetTransactionTest.ok(
            TransactionDecoder.decode(HexFormat.of().parseHex(SIGNED), TxRules.forChain(1)));
    assertThat(decoded.transaction()).isEqualTo(TX);
    assertThat(MainnetTransactionTest.ok(decoded.recoverSender(Ecdsa.defaultInstance())))
        .isEqualTo(Address.tryParse("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F").orElseThrow())
        .isEqualTo(KEY.address());
  }
}
