// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.engine.Cases;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.facts.SymptomColumn;
import org.junit.jupiter.api.Test;

class CompletionsTest {

  private static final String COMPLETE = "\"presentation\": {\"setting\": \"STABLE\", \"ccsClass\": 3},"
      + " \"therapy\": {\"antianginalClasses\": []}, \"stressTests\": [], \"lvef\": 60,"
      + " \"anatomy\": {\"lesions\": [{\"segment\": \"LAD_MID\", \"stenosisPercent\": 80}]}";

  @Test
  void aCompleteCaseHasOneScenario() {
    DerivedCase d = RevascDerivation.derive(Cases.parse(COMPLETE));
    List<Completion> completions = Completions.of(d);
    assertThat(completions).containsExactly(Completion.NONE);
    Scenario s = Completions.scenario(7, d, completions.get(0));
    assertThat(s.id()).isEqualTo(7);
    assertThat(s.column()).isEqualTo(SymptomColumn.CCS_III_IV);
    assertThat(s.vessels()).isEqualTo(1);
  }

  @Test
  void anUnknownRelevantCategoryIsCompletedWithEachValue() {
    DerivedCase d = RevascDerivation.derive(Cases.parse(COMPLETE.replace(", \"ccsClass\": 3", "")));
    assertThat(Completions.of(d)).extracting(c -> c.values().get(Dimension.SYMPTOM_COLUMN))
        .containsExactly(SymptomColumn.ASYMPTOMATIC, SymptomColumn.CCS_I_II, SymptomColumn.CCS_III_IV);
  }

  @Test
  void categoriesTheSettingDoesNotUseAreNotCompleted() {
    DerivedCase d = RevascDerivation.derive(Cases.parse(COMPLETE));
    assertThat(d.unknown(Dimension.TIMI_RISK)).isNotNull();
    assertThat(d.unknown(Dimension.STEMI_TIMING)).isNotNull();
    assertThat(Completions.of(d)).hasSize(1);
  }

  @Test
  void anUnknownSettingIsCompletedWithEachSettingsOwnCategories() {
    DerivedCase d = RevascDerivation.derive(Cases.parse("\"anatomy\": {\"lesions\": []}, \"lvef\": 60,"
        + " \"stressTests\": [], \"therapy\": {\"antianginalClasses\": []}"));
    List<Completion> completions = Completions.of(d);
    assertThat(completions).extracting(c -> c.values().get(Dimension.SETTING)).contains((Object[]) Setting.values());
    assertThat(completions).allMatch(c -> c.values().get(Dimension.SETTING) != Setting.STABLE
        || !c.values().containsKey(Dimension.TIMI_RISK));
  }

  private static final String CCTA = "\"request\": {\"procedure\": \"CCTA\", \"urgency\": \"ELECTIVE\"},"
      + " \"presentation\": {\"setting\": \"STABLE\"}";

  @Test
  void imagingRequestsCompleteOnlyImagingCategories() {
    List<Completion> completions = Completions.of(RevascDerivation.derive(Cases.parse(CCTA)));
    assertThat(completions).isNotEmpty().allMatch(c -> c.values().keySet().stream()
        .allMatch(dim -> Dimension.relevantFor(org.crosscheck.engine.casefile.Procedure.CCTA, Setting.STABLE).contains(dim)));
  }

  @Test
  void aFullyDocumentedImagingRequestHasOneScenario() {
    DerivedCase d = RevascDerivation.derive(Cases.parse(CCTA + ", \"imaging\": {\"question\": \"CHEST_PAIN_EVALUATION\","
        + " \"symptoms\": \"LIKELY_ANGINAL\", \"cadProbability\": \"HIGH\", \"suspectedCondition\": \"CAD\","
        + " \"acuity\": \"CHRONIC\"}"));
    assertThat(Completions.of(d)).containsExactly(Completion.NONE);
  }

  @Test
  void theAcrFieldsAreCompletedOnlyWhereTheyChooseAVariant() {
    DerivedCase graft = RevascDerivation.derive(Cases.parse(CCTA + ", \"imaging\": {\"question\": \"GRAFT_PATENCY\","
        + " \"symptoms\": \"NONE\"}, \"priorCabg\": {\"date\": \"2020-01-01\"}"));
    assertThat(graft.unknown(Dimension.SUSPECTED_CONDITION)).isNotNull();
    assertThat(Completions.of(graft)).as("a graft-patency question is no ACR topic").containsExactly(Completion.NONE);
    DerivedCase acs = RevascDerivation.derive(Cases.parse(CCTA + ", \"imaging\": {\"question\": \"CHEST_PAIN_EVALUATION\","
        + " \"symptoms\": \"LIKELY_ANGINAL\", \"cadProbability\": \"LOW\", \"suspectedCondition\": \"ACS\"}"));
    assertThat(Completions.of(acs)).extracting(c -> c.values().keySet())
        .allMatch(keys -> keys.equals(java.util.Set.of(Dimension.ACS_PROBABILITY)));
  }
}
