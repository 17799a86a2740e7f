package io.rampart.l1.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.l1.gas.GasSchedule;
import io.rampart.l1.state.L1State;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** SSTORE gas and refunds against EIP-3529's test table (EIP-2200 semantics, EIP-2929 costs). */
class SstoreGasTest {
  private static final Address C = Address.named("contract");
  private static final Bytes32 SLOT = Bytes32.ZERO;

  record Case(String code, long usedGas, long refund, long original, long[] values) {}

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    SstoreGasTest.class.getResourceAsStream("/eip3529-sstore.csv")),
                StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",");
        long[] values = new long[f.length - 4];
        for (int i = 0; i < values.length; i++) {
          values[i] = Long.parseLong(f[4 + i]);
        }
        out.add(
            new Case(
                f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), values));
      }
    }
    return out;
  }

  @Test
  void matchesEveryRowOfTheEip3529Table() throws IOException {
    List<Case> all = cases();
    assertThat(all).hasSize(17);
    for (Case c : all) {
      L1State state = new L1State();
      state.store(C, SLOT, CallContext.word(c.original()));
      GasMeter meter = new GasMeter(1_000_000, Address.named("sender"), C);
      meter.touchSlot(C, SLOT); // the table assumes warm slots
      CallContext ctx =
          new CallContext(
              state,
              meter,
              C,
              Address.named("sender"),
              Wei.ZERO,
              1,
              1,
              List.of(),
              new ArrayList<>());
      for (long v : c.values()) {
        ctx.sstore(SLOT, CallContext.word(v));
      }
      long pushGas = 6L * c.values().length;
      assertThat(meter.used()).as(c.code() + " used").isEqualTo(c.usedGas() - pushGas);
      assertThat(meter.refund()).as(c.code() + " refund").isEqualTo(c.refund());
    }
  }

  @Test
  void coldSlotAddsTheColdSloadSurcharge() {
    L1State state = new L1State();
    GasMeter meter = new GasMeter(1_000_000, Address.named("sender"), C);
    CallContext ctx =
        new CallContext(
            state, meter, C, Address.named("sender"), Wei.ZERO, 1, 1, List.of(), new ArrayList<>());
    ctx.sstore(SLOT, CallContext.word(1));
    assertThat(meter.used()).isEqualTo(GasSchedule.SSTORE_SET + GasSchedule.COLD_SLOAD);
    ctx.sload(SLOT);
    assertThat(meter.used()).isEqualTo(22_100 + 100);
    ctx.sload(CallContext.word(7));
    assertThat(meter.used()).isEqualTo(22_200 + 2_100);
  }
}
