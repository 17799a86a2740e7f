package io.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ScenarioCommandTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void listsEveryScenario() {
    Run r = run("scenario", "--list");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("wrong-root", "colluders-50", "censoring-sequencer");
  }

  @Test
  void unknownScenarioIsAnErrorNamingIt() {
    Run r = run("scenario", "no-such-thing");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown scenario 'no-such-thing'");
  }

  @Test
  void runsAScenarioAndPrintsItsReport() {
    Run r = run("scenario", "honest-no-dispute", "--seed", "3");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Timeline", "L1 gas per action", "Bonds moved", "Verdict: honest root final")
        .contains("refused: COMMITMENT_NOT_FINAL", ": paid");
  }
}
