package io.rampart.crypto.rlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RlpPropertyTest {

  @Provide
  Arbitrary<RlpItem> items() {
    return item(4);
  }

  private Arbitrary<RlpItem> item(int depth) {
    Arbitrary<RlpItem> strings =
        Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(3),
                Arbitraries.bytes().array(byte[].class).ofMinSize(50).ofMaxSize(70),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300))
            .map(RlpString::of);
    if (depth == 0) {
      return strings;
    }
    Arbitrary<RlpItem> lists =
        Arbitraries.lazy(() -> item(depth - 1)).list().ofMaxSize(6).map(RlpList::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, strings), net.jqwik.api.Tuple.of(2, lists));
  }

  @Property(tries = 300)
  void decodeInvertsEncode(@ForAll("items") RlpItem item) {
    assertThat(Rlp.decode(Rlp.encode(item))).isEqualTo(new RlpDecodeResult.Decoded(item));
  }

  /** Walking a list's items by their headers finds each item's exact encoding. */
  @Property(tries = 300)
  void itemBoundariesAndRewrappingMatchTheEncoder(
      @ForAll("items") RlpItem item, @ForAll byte prefix) {
    RlpList list = item instanceof RlpList l ? l : RlpList.of(item);
    byte[] enc = Rlp.encode(list);
    assertThat(Rlp.itemEnd(enc, 0)).isEqualTo(enc.length);
    int at = Rlp.payloadStart(enc, 0);
    int first = at;
    for (RlpItem child : list.items()) {
      int end = Rlp.itemEnd(enc, at);
      assertThat(Arrays.copyOfRange(enc, at, end)).isEqualTo(Rlp.encode(child));
      at = end;
    }
    assertThat(at).isEqualTo(enc.length);
    for (int k = 0; k <= list.size(); k++) { // the first k items, as a list of their own
      int end = first;
      for (int i = 0; i < k; i++) {
        end = Rlp.itemEnd(enc, end);
      }
      byte[] expected = Rlp.encode(new RlpList(list.items().subList(0, k)));
      byte[] wrapped = Rlp.wrapList(new byte[] {prefix}, enc, first, end);
      assertThat(wrapped[0]).isEqualTo(prefix);
      assertThat(Arrays.copyOfRange(wrapped, 1, wrapped.length)).isEqualTo(expected);
    }
  }

  @Property(tries = 100)
  void everyTruncationIsRejected(@ForAll("items") RlpItem item) {
    byte[] enc = Rlp.encode(item);
    for (int len = 0; len < enc.length; len++) {
      assertThat(Rlp.decode(Arrays.copyOf(enc, len)))
          .as("prefix of %d/%d bytes", len, enc.length)
          .isInstanceOf(RlpDecodeResult.Malformed.class);
    }
  }

  @Property(tries = 200)
  void anyAppendedByteIsTrailing(@ForAll("items") RlpItem item, @ForAll byte extra) {
    byte[] enc = Rlp.encode(item);
    byte[] longer = Arrays.copyOf(enc, enc.length + 1);
    longer[enc.length] = extra;
    assertThat(Rlp.decode(longer))
        .isInstanceOfSatisfying(
            RlpDecodeResult.Malformed.class,
            m -> assertThat(m.error().kind()).isEqualTo(RlpError.Kind.TRAILING_BYTES));
  }

  /** Whatever the bytes, the decoder answers with a value, and what it accepts re-encodes. */
  @Property(tries = 2000)
  void arbitraryBytesNeverThrowAndAcceptedOnesAreCanonical(@ForAll("noise") byte[] input) {
    RlpDecodeResult result = Rlp.decode(input);
    if (result instanceof RlpDecodeResult.Decoded(RlpItem item)) {
      assertThat(Rlp.encode(item)).isEqualTo(input);
    }
  }

  @Provide
  Arbitrary<byte[]> noise() {
    Arbitrary<Byte> headers =
        Arbitraries.oneOf(
            Arbitraries.bytes(),
            Arbitraries.of((byte) 0x80, (byte) 0x81, (byte) 0xb7, (byte) 0xb8, (byte) 0xbf),
            Arbitraries.of((byte) 0xc0, (byte) 0xc1, (byte) 0xf7, (byte) 0xf8, (byte) 0xff));
    return headers.array(byte[].class).ofMaxSize(40);
  }
}
