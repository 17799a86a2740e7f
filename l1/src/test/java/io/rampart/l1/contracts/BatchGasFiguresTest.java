package io.rampart.l1.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.l1.L1TestKit;
import io.rampart.l1.abi.Abi;
import io.rampart.l1.chain.Blob;
import io.rampart.l1.chain.Receipt;
import io.rampart.l1.chain.TxRequest;
import io.rampart.l1.contracts.inbox.Inbox;
import io.rampart.l1.core.Fork;
import io.rampart.l1.core.L1Config;
import io.rampart.l1.core.Wei;
import io.rampart.l1.exec.ContractCall;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gas of posting a batch, checked against costs computed by hand from Ethereum's rules (the
 * arithmetic is spelled out next to each figure).
 *
 * <p>Payload: 1000 bytes, byte i = 0 when i % 4 == 0 else 0xAB: 250 zero, 750 non-zero bytes.
 */
class BatchGasFiguresTest {
  private static final byte[] PAYLOAD = payload();

  private static byte[] payload() {
    byte[] d = new byte[1000];
    for (int i = 0; i < d.length; i++) {
      d[i] = (byte) (i % 4 == 0 ? 0 : 0xAB);
    }
    return d;
  }

  /** Selectors as keccak256 of the signature; transfer(address,uint256) is ERC-20's a9059cbb. */
  @Test
  void selectors() {
    assertThat(HexFormat.of().formatHex(Abi.selector("transfer(address,uint256)")))
        .isEqualTo("a9059cbb");
    assertThat(HexFormat.of().formatHex(Abi.selector("postBatch(bytes,uint256)")))
        .isEqualTo("eb8512d7");
    assertThat(HexFormat.of().formatHex(Abi.selector("postBlobBatch(uint256)")))
        .isEqualTo("9f3b3f56");
  }

  /**
   * postBatch(bytes,uint256) calldata (1124 bytes): selector eb8512d7 (4 non-zero), offset word
   * 0x40 (31 zero, 1 non-zero), forcedThrough 0 (32 zero), length 0x3e8 (30 zero, 2 non-zero),
   * payload (250 zero, 750 non-zero), padding (24 zero): 367 zero and 757 non-zero bytes.
   * Intrinsic: 21000 + 16×757 + 4×367 = 34,580.
   *
   * <p>Execution, first batch: KECCAK256 of 1000 bytes = 30 + 6×32 = 222; SLOAD forced count cold
   * 2,100; SLOAD batch count cold 2,100; SSTORE batch count 0→1 (warm) 20,000; the batch's data
   * hash stored at keccak(i ‖ 3): KECCAK256 of 64 bytes 42 + SSTORE of a fresh slot, cold, 0→x
   * 22,100; LOG2 with 160 data bytes = 375 + 2×375 + 8×160 = 2,405. Total 48,969. Second batch:
   * SSTORE 1→2 costs 2,900: 31,869.
   */
  @Test
  void calldataBatchCancun() {
    L1TestKit kit = new L1TestKit(L1Config.defaults().withFork(Fork.CANCUN), 3600);
    Receipt first = kit.execute(post(new Inbox.PostBatch(PAYLOAD, 0)));
    Receipt second = kit.execute(post(new Inbox.PostBatch(PAYLOAD, 0)));
    assertThat(new Inbox.PostBatch(PAYLOAD, 0).calldata()).hasSize(1124);
    assertThat(first.succeeded()).isTrue();
    assertThat(first.gasUsed()).isEqualTo(34_580 + 48_969);
    assertThat(second.gasUsed()).isEqualTo(34_580 + 31_869);
    assertThat(first.fee()).isEqualTo(Wei.ofGwei(1).times(83_549));
  }

  /**
   * Pectra (EIP-7623): tokens = 367 + 4×757 = 3,395; standard = 21000 + 4×3395 = 34,580 (as
   * before); floor = 21000 + 10×3395 = 54,950. First batch: max(83,549, 54,950) = 83,549. Second:
   * max(66,449, 54,950) = 66,449: storing the data hash keeps execution above the floor (without it
   * the second batch, 44,307, would pay the floor).
   */
  @Test
  void calldataBatchPectraFloor() {
    L1TestKit kit = new L1TestKit(L1Config.defaults().withFork(Fork.PECTRA), 3600);
    assertThat(kit.execute(post(new Inbox.PostBatch(PAYLOAD, 0))).gasUsed()).isEqualTo(83_549);
    assertThat(kit.execute(post(new Inbox.PostBatch(PAYLOAD, 0))).gasUsed()).isEqualTo(66_449);
  }

  /**
   * The OP Stack way: the payload as raw calldata to an externally owned batch-inbox address, no
   * execution. Cancun: 21000 + 16×750 + 4×250 = 34,000. Pectra: tokens = 250 + 3000 = 3,250, floor
   * 21000 + 32,500 = 53,500.
   */
  @Test
  void rawCalldataToAnEoaInbox() {
    ContractCall raw = () -> PAYLOAD.clone();
    for (Fork f : new Fork[] {Fork.CANCUN, Fork.PECTRA}) {
      L1TestKit kit = new L1TestKit(L1Config.defaults().withFork(f), 3600);
      Receipt r =
          kit.execute(TxRequest.call(L1TestKit.SEQUENCER, L1TestKit.BATCH_INBOX_EOA, raw, 100_000));
      assertThat(r.gasUsed()).isEqualTo(f == Fork.CANCUN ? 34_000 : 53_500);
    }
  }

  /**
   * postBlobBatch(uint256) with one blob: calldata = selector (4 non-zero) + one zero word (32
   * zero): intrinsic 21000 + 64 + 128 = 21,192 (floor 21000 + 10×48 = 21,480 does not bind).
   * Execution: BLOBHASH 3; KECCAK256 of 32 bytes 36; SLOAD ×2 cold 4,200; SSTORE 0→1 20,000; data
   * hash stored at keccak(i ‖ 3): 42 + 22,100; LOG2 with 192 data bytes 375 + 750 + 1,536 = 2,661.
   * Total 49,042, so gas used 70,234. Blob gas 131,072 at the minimum blob base fee of 1 wei
   * (excess 0). With two blobs: +3 BLOBHASH, +6 KECCAK256 (64 bytes), +256 LOG data: 70,499 gas and
   * 262,144 blob gas.
   */
  @Test
  void blobBatch() {
    for (Fork f : Fork.values()) {
      L1TestKit kit = new L1TestKit(L1Config.defaults().withFork(f), 3600);
      Receipt one = kit.execute(blobPost(1));
      assertThat(one.succeeded()).isTrue();
      assertThat(one.gasUsed()).as(f.name()).isEqualTo(70_234);
      assertThat(one.blobGasUsed()).isEqualTo(131_072);
      assertThat(one.fee()).isEqualTo(Wei.ofGwei(1).times(70_234).plus(Wei.of(131_072)));
      Receipt two = kit.execute(blobPost(2));
      assertThat(two.gasUsed()).isEqualTo(70_499 - 20_000 + 2_900);
      assertThat(two.blobGasUsed()).isEqualTo(262_144);
    }
  }

  /**
   * Cancun, 6 blobs per block (max) for four blocks: the excess grows by 3 × 131,072 = 393,216 per
   * block (EIP-4844), and the blob base fee follows fake_exponential: at 4 × 393,216 = 1,572,864 it
   * is still 1 wei, and it reaches 2 wei once the excess passes 2,314,057.
   */
  @Test
  void fullBlobBlocksRaiseTheBlobBaseFee() {
    L1TestKit kit = new L1TestKit(L1Config.defaults().withFork(Fork.CANCUN), 3600);
    for (int b = 1; b <= 7; b++) {
      kit.execute(blobPost(6));
      assertThat(kit.chain.head().blobGasUsed()).isEqualTo(6 * 131_072);
      assertThat(kit.chain.head().excessBlobGas()).isEqualTo((b - 1) * 393_216L);
    }
    // Block 7 was built on an excess of 6 × 393,216 = 2,359,296 > 2,314,057.
    assertThat(kit.chain.head().blobBaseFee()).isEqualTo(Wei.of(2));
    assertThat(kit.chain.block(6).orElseThrow().blobBaseFee()).isEqualTo(Wei.of(1));
  }

  private static TxRequest post(ContractCall call) {
    return TxRequest.call(L1TestKit.SEQUENCER, L1TestKit.INBOX, call, 200_000);
  }

  private static TxRequest blobPost(int blobs) {
    Blob[] bs = new Blob[blobs];
    for (int i = 0; i < blobs; i++) {
      byte[] d = PAYLOAD.clone();
      d[1] = (byte) i;
      bs[i] = new Blob(d);
    }
    return post(new Inbox.PostBlobBatch(0)).withBlobs(List.of(bs));
  }
}
