// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.ParsedCase;
import org.crosscheck.engine.evaluation.EngineOptions;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Evaluation.WhatIf;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.engine.evaluation.Outcome;
import org.crosscheck.engine.json.EvaluationJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine with the shipped rule bases: what-if, determinism, batches, provenance. */
class EvaluatorTest {

  private static Evaluator evaluator;

  @BeforeAll
  static void load() {
    evaluator = Evaluator.load(EngineOptions.defaults());
  }

  private static ParsedCase stable(String members) {
    String json =
        "{\"caseId\": \"e-1\", \"asOf\": \"2026-03-01\", \"request\": {\"procedure\": \"PCI\","
            + " \"urgency\": \"ELECTIVE\", \"targets\": [\"LAD_MID\"]}, \"presentation\": {\"setting\": \"STABLE\","
            + " \"ccsClass\": 3}, \"lvef\": 60, "
            + members
            + "}";
    return CaseReader.read(json.getBytes(StandardCharsets.UTF_8));
  }

  /** 58% mid-LAD stenosis, no FFR, no stress test, CCS III: indication 21 (I3). */
  private static final ParsedCase BORDERLINE =
      stable(
          "\"therapy\": {\"antianginalClasses\": [\"BETA_BLOCKER\"]},"
              + " \"stressTests\": [], \"anatomy\": {\"lesions\": [{\"segment\": \"LAD_MID\", \"stenosisPercent\": 58}]}");

  @Test
  void aReviewedRequestListsTheSingleDocumentedChangesThatWouldChangeTheOutcome() {
    Evaluation e = evaluator.evaluate(BORDERLINE);
    assertThat(e.decision().outcome()).isEqualTo(Outcome.SECOND_REVIEW);
    assertThat(e.findings())
        .extracting(f -> f.criterion() + "/" + f.rating())
        .containsExactly("21/I");
    WhatIf ffr =
        e.whatIf().stream()
            .filter(w -> w.field().equals("anatomy.lesions[0].ffr"))
            .findFirst()
            .orElseThrow();
    assertThat(ffr.change()).contains("FFR 0.75");
    assertThat(ffr.wouldBe().outcome()).isEqualTo(Outcome.CLEAR);
    assertThat(ffr.wouldBe().tier()).isEqualTo("APPROPRIATE");
    assertThat(ffr.wouldBe().criteria()).contains("revasc-auc-2012/22/CCS_III_IV");
    // A stress test would not help: the 2012 criteria have no row for a borderline lesion with a
    // low, intermediate
    // or high-risk test (a known gap), and FFR 0.85 leads to indication 23 (rarely appropriate):
    // neither is listed.
    assertThat(e.whatIf()).containsExactly(ffr);
  }

  @Test
  void theSameInputGivesByteIdenticalJson() {
    String first = EvaluationJson.toJson(evaluator.evaluate(BORDERLINE));
    String second =
        EvaluationJson.toJson(Evaluator.load(EngineOptions.defaults()).evaluate(BORDERLINE));
    assertThat(first).isEqualTo(second);
    assertThat(first)
        .startsWith(
            "{\"caseId\":\"e-1\",\"evaluatedAt\":\"2026-03-01\",\"provenance\":{\"engineVersion\":");
  }

  @Test
  void aBatchGivesTheSameEvaluationsAsOneCaseAtATime() {
    ParsedCase other =
        stable(
            "\"therapy\": {\"antianginalClasses\": [\"BETA_BLOCKER\", \"RANOLAZINE\"]},"
                + " \"stressTests\": [{\"modality\": \"SPECT_MPI\", \"date\": \"2026-01-05\", \"findings\": {\"perfusionDefect\":"
                + " \"LARGE\"}}], \"anatomy\": {\"lesions\": [{\"segment\": \"LAD_PROXIMAL\", \"stenosisPercent\": 90}]}");
    List<Evaluation> batch = evaluator.evaluateAll(List.of(BORDERLINE, other, BORDERLINE));
    assertThat(batch)
        .extracting(EvaluationJson::toJson)
        .containsExactly(
            EvaluationJson.toJson(evaluator.evaluate(BORDERLINE)),
            EvaluationJson.toJson(evaluator.evaluate(other)),
            EvaluationJson.toJson(evaluator.evaluate(BORDERLINE)));
  }

  @Test
  void provenanceNamesEveryRuleSetItsVersionAndDigestAndTheInputDigest() {
    Evaluation e = evaluator.evaluate(BORDERLINE);
    assertThat(e.provenance().ruleSets())
        .extracting(r -> r.id() + "@" + r.version())
        .containsExactly(
            "revasc-auc-2012@1.1.2",
            "imaging-ccd-auc-2023@1.0.2",
            "acr-cardiac@1.0.2",
            "review-policy-default@1.2.0");
    assertThat(e.provenance().ruleSets()).allMatch(r -> r.sha256().matches("[0-9a-f]{64}"));
    assertThat(e.provenance().inputSha256()).isEqualTo(BORDERLINE.inputSha256());
  }

  @Test
  void everyFindingCitesItsSourceAndNamesItsInterpretations() {
    Evaluation e = evaluator.evaluate(BORDERLINE);
    assertThat(e.findings())
        .allSatisfy(
            f -> {
              assertThat(f.citation())
                  .contains("J Am Coll Cardiol 2012;59:857-81")
                  .contains("Table 2")
                  .contains("indication " + f.criterion());
              assertThat(f.interpretations()).contains("BORDERLINE_50_60");
              assertThat(f.description())
                  .startsWith("One- or 2-vessel CAD with borderline stenosis 50% to 60%");
            });
    assertThat(e.interpretations())
        .extracting(n -> n.id())
        .contains("BORDERLINE_50_60", "SIGNIFICANT_STENOSIS");
    assertThat(e.interpretations()).allMatch(n -> !n.text().isBlank());
  }

  @Test
  void whatIfCanBeSwitchedOffForBatchRuns() {
    Evaluation e = Evaluator.load(EngineOptions.defaults().withWhatIf(false)).evaluate(BORDERLINE);
    assertThat(e.whatIf()).isEmpty();
    assertThat(e.decision().outcome()).isEqualTo(Outcome.SECOND_REVIEW);
  }

  @Test
  void aBareRequestAsksForTheSettingFirstUnlessItIsAnEmergency() {
    String bare =
        "{\"caseId\": \"b\", \"asOf\": \"2026-03-01\", \"request\": {\"procedure\": \"PCI\", \"urgency\": \"%s\"}}";
    Evaluation pend =
        evaluator.evaluate(
            CaseReader.read(bare.formatted("ELECTIVE").getBytes(StandardCharsets.UTF_8)));
    assertThat(pend.decision().outcome()).isEqualTo(Outcome.PEND);
    // every other item matters only for some settings: they are follow-up questions
    assertThat(pend.decision().missingData()).containsExactly("presentation.setting");
    assertThat(pend.whatIf()).extracting(w -> w.field()).containsOnly("presentation.setting");
    assertThat(pend.whatIf()).allMatch(w -> w.wouldBe().outcome() == Outcome.PEND);
    Evaluation emergency =
        evaluator.evaluate(
            CaseReader.read(bare.formatted("EMERGENT").getBytes(StandardCharsets.UTF_8)));
    assertThat(emergency.decision().outcome()).isEqualTo(Outcome.NO_DELAY);
  }
}
