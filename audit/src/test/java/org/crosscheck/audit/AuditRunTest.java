// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.audit.output.AuditFiles;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.json.EvaluationJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditRunTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path dir;
  static Path out;
  static AuditSummary summary;

  @BeforeAll
  static void audit() throws IOException {
    out = dir.resolve("two-threads");
    summary =
        new AuditRun(AuditFixtures.evaluator(), 2)
            .run(List.of(AuditFixtures.input()), out, (records, read, total) -> {});
  }

  @Test
  void recordsAreEvaluatedPlusRejectedAndEachOutputHasItsShare() throws IOException {
    AuditSummary.Run run = summary.run();
    // 10,000 lines, one blank: 9,999 records, 3 of them corrupted
    assertThat(run.records()).isEqualTo(AuditFixtures.CASES - 1);
    assertThat(run.rejected()).isEqualTo(3);
    assertThat(run.evaluated() + run.rejected()).isEqualTo(run.records());
    assertThat(Files.readAllLines(out.resolve(AuditFiles.EVALUATIONS)))
        .hasSize((int) run.evaluated());
    assertThat(Files.readAllLines(out.resolve(AuditFiles.ERRORS))).hasSize((int) run.rejected());
    // header + one row per evaluation
    assertThat(Files.readAllLines(out.resolve(AuditFiles.EVALUATIONS_CSV)))
        .hasSize((int) run.evaluated() + 1);
    assertThat(summary.byCategory().get(0).cases()).isEqualTo(run.evaluated());
    assertThat(Files.readString(out.resolve(AuditFiles.REPORT))).contains("9,999</b> records");
  }

  /**
   * A run with nothing rarely appropriate (here: a single appropriate case) draws its charts on a
   * minimal scale.
   */
  @Test
  void aRunWithoutAnyRarelyAppropriateCaseStillWritesItsReport(
      @org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
    Path one = tmp.resolve("one.ndjson");
    Files.writeString(
        one,
        new String(
                    Files.readAllBytes(
                        org.crosscheck.testcases.Vignettes.root()
                            .resolve("revasc-2012/table2/RV12-19-CCS_I_II-pos.json")))
                .replace("\n", " ")
            + "\n");
    AuditSummary single =
        new AuditRun(AuditFixtures.evaluator(), 1)
            .run(List.of(one), tmp.resolve("out"), (r, b, t) -> {});
    assertThat(single.run().evaluated()).isEqualTo(1);
    assertThat(Files.readString(tmp.resolve("out").resolve(AuditFiles.REPORT)))
        .contains("funnel-plot");
  }

  @Test
  void eachCorruptedLineIsReportedWithItsLineAndReason() throws IOException {
    List<JsonNode> errors =
        Files.readAllLines(out.resolve(AuditFiles.ERRORS)).stream().map(JSON::readTree).toList();
    assertThat(errors)
        .extracting(e -> e.get("line").asLong())
        .containsExactly(
            (long) AuditFixtures.TRUNCATED_LINE,
            (long) AuditFixtures.INVALID_FIELD_LINE,
            (long) AuditFixtures.NOT_AN_OBJECT_LINE);
    assertThat(errors.get(1).get("caseId").asString())
        .isEqualTo(String.format("syn-%08d", AuditFixtures.INVALID_FIELD_LINE - 1));
    assertThat(errors.get(1).get("errors").get(0).get("field").asString())
        .isEqualTo("patient.ageYears");
    assertThat(errors)
        .allSatisfy(
            e -> {
              assertThat(e.get("source").asString()).endsWith("population.ndjson");
              assertThat(e.get("rejection").asString()).isEqualTo("INVALID_CASE");
            });
    assertThat(summary.run().rejectedByKind()).containsEntry("INVALID_CASE", 3L);
  }

  @Test
  void evaluationsAreInInputOrderAndEqualToEvaluatingEachCaseAlone() throws IOException {
    List<String> evaluations = Files.readAllLines(out.resolve(AuditFiles.EVALUATIONS));
    List<String> inputs = Files.readAllLines(AuditFixtures.input());
    // the 9,000th evaluation is input line 9,004 (three rejected lines and one blank line before
    // it)
    String line = inputs.get(9_004 - 1);
    String alone =
        EvaluationJson.toJson(AuditFixtures.evaluator().evaluate(CaseReader.read(line.getBytes())));
    assertThat(evaluations.get(9_000 - 1)).isEqualTo(alone);
  }

  @Test
  void oneThreadAndTwoThreadsWriteTheSameBytes() throws IOException {
    Path single = dir.resolve("one-thread");
    new AuditRun(AuditFixtures.evaluator(), 1)
        .run(List.of(AuditFixtures.input()), single, (r, b, t) -> {});
    for (String name :
        List.of(
            AuditFiles.EVALUATIONS,
            AuditFiles.EVALUATIONS_CSV,
            AuditFiles.ERRORS,
            AuditFiles.SUMMARY,
            AuditFiles.REPORT)) {
      assertThat(Files.mismatch(single.resolve(name), out.resolve(name))).as(name).isEqualTo(-1L);
    }
  }

  @Test
  void theAuditFindsTheProvidersWithManyRarelyAppropriateProcedures() {
    List<String> flagged =
        summary.providerOutliers().providers().stream()
            .filter(p -> p.flagged())
            .map(p -> p.id())
            .toList();
    // every provider built with a high propensity is found; any other flagged one really is above
    // the pooled rate
    assertThat(flagged).containsAll(AuditFixtures.highPropensityProviders());
    double pooled = summary.providerOutliers().pooled().rate();
    assertThat(summary.providerOutliers().providers())
        .filteredOn(p -> p.flagged())
        .allSatisfy(p -> assertThat(p.proportion().lower()).isGreaterThan(pooled));
    assertThat(flagged.size()).isLessThan(summary.providerOutliers().tested() / 2);
    // and the practice improvement built into the population is seen as a falling trend
    assertThat(summary.trend().direction()).isEqualTo("falling");
    assertThat(summary.trend().pValue()).isLessThan(0.05);
  }

  @Test
  void agreementIsComputedWhereReviewsWereRecorded() {
    AuditSummary.AgreementResult a = summary.agreement();
    long n = a.table()[0][0] + a.table()[0][1] + a.table()[1][0] + a.table()[1][1];
    assertThat(n).isEqualTo(a.kappa().n()).isGreaterThan(500);
    assertThat(a.kappa().kappa()).isBetween(0.0, 1.0);
  }

  @Test
  void csvRowsCarryTheGroupingFields() throws IOException {
    List<String> rows = Files.readAllLines(out.resolve(AuditFiles.EVALUATIONS_CSV));
    assertThat(rows.get(0)).isEqualTo(String.join(",", AuditRecord.COLUMNS));
    assertThat(rows.get(1))
        .contains("syn-00000000")
        .contains("prov-")
        .contains("fac-")
        .contains("2025-Q");
  }

  @Test
  void aMissingInputFailsBeforeAnythingIsWritten() {
    Path nowhere = dir.resolve("never");
    assertThatThrownBy(
            () ->
                new AuditRun(AuditFixtures.evaluator(), 2)
                    .run(List.of(dir.resolve("missing.ndjson")), nowhere, (r, b, t) -> {}))
        .isInstanceOf(IOException.class);
    assertThat(nowhere).doesNotExist();
  }
}
