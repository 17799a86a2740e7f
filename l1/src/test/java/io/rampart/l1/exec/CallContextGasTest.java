package io.rampart.l1.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.crypto.Bytes32;
import io.rampart.l1.core.Address;
import io.rampart.l1.core.Wei;
import io.rampart.l1.gas.OutOfGas;
import io.rampart.l1.state.L1State;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each metered operation against the schedule, computed by hand. */
class CallContextGasTest {
  private static final Address SELF = Address.named("contract");
  private static final Address SENDER = Address.named("sender");

  private final L1State state = new L1State();
  private final List<Log> logs = new ArrayList<>();

  private CallContext ctx(long limit) {
    return new CallContext(
        state, new GasMeter(limit, SENDER, SELF), SELF, SENDER, Wei.ZERO, 1, 12, List.of(), logs);
  }

  @Test
  void keccakIsThirtyPlusSixPerWord() {
    CallContext c = ctx(1_000_000);
    c.keccak(new byte[0]);
    assertThat(c.gas().used()).isEqualTo(30);
    c.keccak(new byte[33]);
    assertThat(c.gas().used()).isEqualTo(30 + 42);
    c.mappingSlot(Bytes32.ZERO, Bytes32.ZERO);
    assertThat(c.gas().used()).isEqualTo(72 + 42);
  }

  @Test
  void logAndEcrecover() {
    CallContext c = ctx(1_000_000);
    c.emit(List.of(Bytes32.ZERO, Bytes32.ZERO), new byte[100]);
    assertThat(c.gas().used()).isEqualTo(375 + 2 * 375 + 8 * 100);
    assertThat(logs).hasSize(1);
    c.chargeEcrecover();
    assertThat(c.gas().used()).isEqualTo(1_925 + 100 + 3_000);
  }

  @Test
  void accountAccessAndValueTransfer() {
    state.credit(SELF, Wei.ofEther(1));
    Address funded = Address.named("funded");
    Address empty = Address.named("empty");
    state.credit(funded, Wei.of(1));
    CallContext c = ctx(1_000_000);
    c.accessAccount(SENDER);
    assertThat(c.gas().used()).as("the sender starts warm").isEqualTo(100);
    c.transfer(funded, Wei.of(5));
    assertThat(c.gas().used()).isEqualTo(100 + 2_600 + 9_000 - 2_300);
    c.transfer(empty, Wei.of(5));
    assertThat(c.gas().used()).isEqualTo(9_400 + 2_600 + 9_000 + 25_000 - 2_300);
    assertThat(state.balance(empty)).isEqualTo(Wei.of(5));
  }

  @Test
  void runningOutOfGasUsesTheWholeLimit() {
    CallContext c = ctx(2_000);
    assertThatThrownBy(() -> c.sload(Bytes32.ZERO)).isInstanceOf(OutOfGas.class);
    assertThat(c.gas().used()).isEqualTo(2_000);
  }
}
