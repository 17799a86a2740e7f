package io.rampart.chain.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.Zstd;
import io.rampart.crypto.Bytes32;
import io.rampart.crypto.ecdsa.Address;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class BatchCodecTest {
  static final long CHAIN = 901;

  static Batch sample(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<FeeTemplate> templates =
        List.of(
            new FeeTemplate(2, 21_000, 1_000_000_000, 1_000_000),
            new FeeTemplate(0, 21_000, 500_000_000, 500_000_000));
    List<Batch.Block> blocks = new ArrayList<>();
    long ts = r.nextLong(0, 1_000_000);
    long origin = r.nextLong(0, 1_000);
    for (int b = 0; b < r.nextInt(1, 5); b++) {
      List<CompactTx> txs = new ArrayList<>();
      for (int i = 0; i < r.nextInt(0, 20); i++) {
        CompactTx.Recipient to =
            switch (r.nextInt(3)) {
              case 0 -> new CompactTx.Recipient.Index(r.nextInt(0, 1 << 20));
              case 1 -> {
                byte[] a = new byte[20];
                r.nextBytes(a);
                yield new CompactTx.Recipient.Literal(Address.fromBytes(a).orElseThrow());
              }
              default -> new CompactTx.Recipient.Withdrawal();
            };
        byte[] rr = new byte[32];
        byte[] ss = new byte[32];
        r.nextBytes(rr);
        r.nextBytes(ss);
        txs.add(
            new CompactTx(
                r.nextInt(0, Integer.MAX_VALUE - 1),
                to,
                r.nextLong(),
                r.nextInt(2),
                r.nextInt(2),
                Bytes32.adopt(rr),
                Bytes32.adopt(ss)));
      }
      blocks.add(new Batch.Block(ts, origin, txs));
      ts += r.nextInt(3);
      origin += r.nextInt(2);
    }
    return new Batch(CHAIN, r.nextLong(0, 1L << 40), templates, blocks);
  }

  private static BatchError.Kind errorOf(BatchDecodeResult r) {
    assertThat(r).isInstanceOf(BatchDecodeResult.Malformed.class);
    return ((BatchDecodeResult.Malformed) r).error().kind();
  }

  @Property(tries = 50)
  void roundTrips(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Batch b = sample(seed);
    assertThat(BatchCodec.decode(BatchCodec.encode(b), CHAIN))
        .isEqualTo(new BatchDecodeResult.Decoded(b));
  }

  @Property(tries = 20)
  void everyTruncationIsRefusedWithoutThrowing(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    byte[] p = BatchCodec.payload(sample(seed));
    for (int len = 0; len < p.length; len++) {
      assertThat(BatchCodec.decodePayload(Arrays.copyOf(p, len), CHAIN))
          .isInstanceOf(BatchDecodeResult.Malformed.class);
    }
  }

  @Property(tries = 50)
  void bitFlipsNeverThrow(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    byte[] enc = BatchCodec.encode(sample(seed));
    byte[] p = BatchCodec.payload(sample(seed));
    for (int k = 0; k < 20; k++) {
      byte[] e2 = enc.clone();
      e2[r.nextInt(e2.length)] ^= (byte) (1 << r.nextInt(8));
      assertThat(BatchCodec.decode(e2, CHAIN)).isNotNull();
      byte[] p2 = p.clone();
      p2[r.nextInt(p2.length)] ^= (byte) (1 << r.nextInt(8));
      assertThat(BatchCodec.decodePayload(p2, CHAIN)).isNotNull();
    }
  }

  @Test
  void emptyInput() {
    assertThat(errorOf(BatchCodec.decode(new byte[0], CHAIN))).isEqualTo(BatchError.Kind.EMPTY);
  }

  @Test
  void unknownVersion() {
    byte[] enc = BatchCodec.encode(sample(1));
    enc[0] = 2;
    assertThat(errorOf(BatchCodec.decode(enc, CHAIN))).isEqualTo(BatchError.Kind.UNKNOWN_VERSION);
  }

  @Test
  void notZstd() {
    assertThat(errorOf(BatchCodec.decode(new byte[] {1, 9, 9, 9, 9, 9}, CHAIN)))
        .isEqualTo(BatchError.Kind.DECOMPRESSION_FAILED);
  }

  @Test
  void corruptZstdBody() {
    byte[] enc = BatchCodec.encode(sample(2));
    for (int i = 8; i < enc.length; i++) {
      enc[i] = (byte) 0xff;
    }
    assertThat(errorOf(BatchCodec.decode(enc, CHAIN)))
        .isIn(BatchError.Kind.DECOMPRESSION_FAILED, BatchError.Kind.TRUNCATED);
  }

  @Test
  void decompressionBomb() {
    byte[] z = Zstd.compress(new byte[BatchCodec.MAX_PAYLOAD_BYTES + 1], 1);
    byte[] enc = new byte[z.length + 1];
    enc[0] = 1;
    System.arraycopy(z, 0, enc, 1, z.length);
    assertThat(errorOf(BatchCodec.decode(enc, CHAIN))).isEqualTo(BatchError.Kind.TOO_LARGE);
  }

  @Test
  void wrongChainId() {
    assertThat(errorOf(BatchCodec.decode(BatchCodec.encode(sample(3)), 902)))
        .isEqualTo(BatchError.Kind.WRONG_CHAIN_ID);
  }

  @Test
  void trailingBytes() {
    byte[] p = BatchCodec.payload(sample(4));
    assertThat(errorOf(BatchCodec.decodePayload(Arrays.copyOf(p, p.length + 1), CHAIN)))
        .isEqualTo(BatchError.Kind.TRAILING_BYTES);
  }

  /** chainId 901 = 0x85 0x07, firstBlock, templates... */
  private static byte[] header(int... rest) {
    byte[] h = {(byte) 0x85, 0x07};
    byte[] out = Arrays.copyOf(h, h.length + rest.length);
    for (int i = 0; i < rest.length; i++) {
      out[h.length + i] = (byte) rest[i];
    }
    return out;
  }

  @Test
  void noBlocks() {
    assertThat(errorOf(BatchCodec.decodePayload(header(0, 0, 0), CHAIN)))
        .isEqualTo(BatchError.Kind.NO_BLOCKS);
  }

  @Test
  void nonMinimalVarint() {
    assertThat(errorOf(BatchCodec.decodePayload(header(0x80, 0x00, 0, 0), CHAIN)))
        .isEqualTo(BatchError.Kind.BAD_VARINT);
  }

  @Test
  void overlongVarint() {
    int[] v = new int[12];
    Arrays.fill(v, 0xff);
    assertThat(errorOf(BatchCodec.decodePayload(header(v), CHAIN)))
        .isEqualTo(BatchError.Kind.BAD_VARINT);
  }

  @Test
  void badTemplateType() {
    assertThat(errorOf(BatchCodec.decodePayload(header(0, 1, 1, 1, 1), CHAIN)))
        .isEqualTo(BatchError.Kind.BAD_FEE_TEMPLATE);
  }

  @Test
  void tooManyTemplates() {
    assertThat(errorOf(BatchCodec.decodePayload(header(0, 0x81, 0x10), CHAIN)))
        .isEqualTo(BatchError.Kind.LIMIT_EXCEEDED);
  }

  @Test
  void badRecipientKind() {
    // one legacy template, one block at ts 0 origin 0 with one tx whose header says kind 3
    assertThat(errorOf(BatchCodec.decodePayload(header(0, 1, 0, 1, 1, 1, 0, 0, 1, 3), CHAIN)))
        .isEqualTo(BatchError.Kind.BAD_TX_KIND);
  }

  @Test
  void templateIndexOutOfRange() {
    assertThat(errorOf(BatchCodec.decodePayload(header(0, 1, 0, 1, 1, 1, 0, 0, 1, 1 << 3), CHAIN)))
        .isEqualTo(BatchError.Kind.BAD_TEMPLATE_INDEX);
  }
}
