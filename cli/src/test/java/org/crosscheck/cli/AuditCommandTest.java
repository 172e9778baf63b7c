// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.cli.EvaluateCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck synth} and {@code crosscheck audit} as a user runs them. */
class AuditCommandTest {

  @TempDir Path dir;

  @Test
  void synthThenAuditWritesEveryOutputAndReportsTheCounts() throws IOException {
    Path cases = dir.resolve("cases.ndjson.gz");
    Run synth =
        EvaluateCommandTest.run(
            "synth", "--cases", "1500", "--seed", "4", "--out", cases.toString());
    assertThat(synth.exit()).as(synth.err()).isZero();
    Path out = dir.resolve("audit");
    Run audit = EvaluateCommandTest.run("audit", "--in", cases.toString(), "--out", out.toString());
    assertThat(audit.exit()).as(audit.err()).isZero();
    assertThat(audit.out()).contains("1500 records = 1500 evaluated + 0 rejected");
    // not a terminal here: plain progress lines, then the elapsed time
    assertThat(audit.err()).contains("audit: done in");
    for (String name :
        List.of(
            "evaluations.ndjson",
            "evaluations.csv",
            "errors.ndjson",
            "summary.json",
            "report.html")) {
      assertThat(out.resolve(name)).exists();
    }
    assertThat(Files.readAllLines(out.resolve("evaluations.ndjson"))).hasSize(1500);
  }

  @Test
  void theSameSeedWritesTheSameCasesToStandardOutputAndToAFile() throws IOException {
    Path file = dir.resolve("cases.ndjson");
    EvaluateCommandTest.run("synth", "--cases", "50", "--seed", "9", "--out", file.toString());
    assertThat(Files.readAllLines(file)).hasSize(50);
    assertThat(Files.readString(file)).isEqualTo(Files.readString(writeAgain(9)));
    assertThat(Files.readString(file)).isNotEqualTo(Files.readString(writeAgain(10)));
  }

  private Path writeAgain(long seed) {
    Path again = dir.resolve("again-" + seed + ".ndjson");
    EvaluateCommandTest.run(
        "synth", "--cases", "50", "--seed", Long.toString(seed), "--out", again.toString());
    return again;
  }

  @Test
  void aCsvWhoseHeaderNamesNoCaseFieldExitsTwoNamingTheColumn() throws IOException {
    Path csv = dir.resolve("cases.csv");
    Files.writeString(csv, "caseId,patient.weight\na,80\n");
    Run run =
        EvaluateCommandTest.run(
            "audit", "--in", csv.toString(), "--out", dir.resolve("o").toString());
    assertThat(run.exit()).isEqualTo(CrosscheckCommand.INVALID_INPUT);
    assertThat(run.err()).contains("column 2 'patient.weight'");
  }

  @Test
  void anUnknownRuleSetOrAMissingInputExitsTwo() {
    Run unknown =
        EvaluateCommandTest.run(
            "audit", "--in", "x.ndjson", "--out", dir.toString(), "--rulesets", "revasc-auc-2017");
    assertThat(unknown.exit()).isEqualTo(CrosscheckCommand.INVALID_INPUT);
    assertThat(unknown.err()).contains("x.ndjson");
    Path in = dir.resolve("in.ndjson");
    Run ruleSet = EvaluateCommandTest.run("synth", "--cases", "5", "--out", in.toString());
    assertThat(ruleSet.exit()).isZero();
    Run bad =
        EvaluateCommandTest.run(
            "audit",
            "--in",
            in.toString(),
            "--out",
            dir.resolve("o").toString(),
            "--rulesets",
            "revasc-auc-2017");
    assertThat(bad.exit()).isEqualTo(CrosscheckCommand.INVALID_INPUT);
    assertThat(bad.err()).contains("revasc-auc-2017").contains("revasc-auc-2012");
  }
}
