package org.kamsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamsim.cli.Fixture.kamsim;

import org.junit.jupiter.api.Test;
import org.kamsim.results.EngineVersion;

class MainTest {
  @Test
  void version_printsKamsimAndTheVersion() {
    Fixture.Run run = kamsim("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("kamsim " + EngineVersion.get()).doesNotContain("dev");
  }

  @Test
  void help_listsSimulateAndExitCodes() {
    Fixture.Run run = kamsim("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("simulate").contains("Exit codes:").contains("0   success")
        .contains("2   bad input").contains("3   the results could not be written");
  }

  @Test
  void simulateHelp_exit0_documentsOptionsAndExitCodes() {
    Fixture.Run run = kamsim("simulate", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("SCENARIO").contains("--out").contains("--trials").contains("--seed")
        .contains("--threads").contains("Exit codes:").contains("1   internal error");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void noCommand_exit2() {
    Fixture.Run run = kamsim();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("a command is required").contains("kamsim --help");
  }

  @Test
  void unknownCommand_exit2() {
    Fixture.Run run = kamsim("simulat", "x.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("simulat");
  }
}
