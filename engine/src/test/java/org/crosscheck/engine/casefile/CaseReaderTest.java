// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseReaderTest {

  private static final String HEAD =
      "{\"caseId\":\"c\",\"asOf\":\"2026-03-01\",\"request\":{\"procedure\":\"PCI\",\"urgency\":\"ELECTIVE\"}";

  private static List<FieldError> errors(String json) {
    InvalidCaseException e =
        catchThrowableOfType(
            InvalidCaseException.class,
            () -> CaseReader.read(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(e).as("expected an invalid case: " + json).isNotNull();
    return e.errors();
  }

  @Test
  void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
    assertThat(
            errors(
                HEAD
                    + ",\"anatomy\":{\"lesions\":[{\"segment\":\"LAD_MID\",\"stenosisPercent\":80},"
                    + "{\"segment\":\"LAD_PROX\",\"stenosisPercent\":80}]}}"))
        .containsExactly(
            new FieldError(
                "anatomy.lesions[1].segment",
                "'LAD_PROX' is not one of LEFT_MAIN,"
                    + " LAD_PROXIMAL, LAD_MID, LAD_DISTAL, DIAGONAL, LCX_PROXIMAL, LCX_DISTAL, OBTUSE_MARGINAL, RAMUS,"
                    + " RCA_PROXIMAL, RCA_MID, RCA_DISTAL, PDA, PLV"));
  }

  @Test
  void anUnknownFieldIsAnErrorThatListsTheAllowedOnes() {
    FieldError error = errors(HEAD + ",\"therapy\":{\"antianginalClass\":[]}}").get(0);
    assertThat(error.path()).isEqualTo("therapy.antianginalClass");
    assertThat(error.message())
        .startsWith("unknown field 'antianginalClass'; allowed here: antianginalClasses");
  }

  @Test
  void wrongTypesNameTheExpectedType() {
    assertThat(errors(HEAD + ",\"lvef\":\"55\"}"))
        .containsExactly(new FieldError("lvef", "expected an integer"));
    assertThat(errors(HEAD + ",\"lvef\":55.5}"))
        .containsExactly(new FieldError("lvef", "expected an integer"));
    assertThat(errors(HEAD + ",\"presentation\":{\"cardiogenicShock\":\"yes\"}}"))
        .containsExactly(new FieldError("presentation.cardiogenicShock", "expected true or false"));
    assertThat(errors(HEAD + ",\"stressTests\":{}}").get(0).path()).isEqualTo("stressTests");
  }

  @Test
  void aBadDateNamesTheField() {
    assertThat(errors(HEAD + ",\"anatomy\":{\"date\":\"20-02-2026\"}}").get(0))
        .isEqualTo(new FieldError("anatomy.date", "'20-02-2026' is not a date (YYYY-MM-DD)"));
  }

  @Test
  void malformedJsonSaysWhere() {
    FieldError error = errors("{\"caseId\": \"c\",\n \"asOf\": }").get(0);
    assertThat(error.message()).startsWith("malformed JSON at line 2, column");
    assertThat(errors(HEAD + "} {}").get(0).message()).contains("malformed JSON");
    assertThat(errors(HEAD + ",\"lvef\":50,\"lvef\":60}").get(0).message()).contains("Duplicate");
  }

  @Test
  void rangeAndRequiredErrorsAreAllReportedTogether() {
    List<FieldError> errors =
        errors(
            "{\"caseId\":\"\",\"request\":{\"procedure\":\"PCI\"},"
                + "\"presentation\":{\"ccsClass\":5,\"timiRiskScore\":9},\"anatomy\":{\"lesions\":[{\"segment\":\"RCA_MID\","
                + "\"stenosisPercent\":50,\"ffr\":0}]},\"priorCabg\":{\"grafts\":[{\"conduit\":\"SVG\",\"target\":\"LM\","
                + "\"stenosisPercent\":101}]}}");
    assertThat(errors)
        .extracting(FieldError::path)
        .containsExactly(
            "caseId",
            "asOf",
            "request.urgency",
            "presentation.ccsClass",
            "presentation.timiRiskScore",
            "anatomy.lesions[0].ffr",
            "priorCabg.grafts[0].target",
            "priorCabg.grafts[0].stenosisPercent");
  }

  @Test
  void absentMeansUnknownAndEmptyMeansNone() {
    CaseFile unknown = CaseReader.read((HEAD + "}").getBytes(StandardCharsets.UTF_8)).caseFile();
    CaseFile none =
        CaseReader.read(
                (HEAD + ",\"stressTests\":[],\"therapy\":{\"antianginalClasses\":[]}}")
                    .getBytes(StandardCharsets.UTF_8))
            .caseFile();
    assertThat(unknown.stressTests()).isNull();
    assertThat(unknown.therapy()).isNull();
    assertThat(none.stressTests()).isEmpty();
    assertThat(none.therapy().antianginalClasses()).isEmpty();
  }

  @Test
  void theInputHashIsTheSha256OfTheBytes() {
    byte[] bytes = (HEAD + "}").getBytes(StandardCharsets.UTF_8);
    assertThat(CaseReader.read(bytes).inputSha256())
        .hasSize(64)
        .isEqualTo(CaseReader.sha256(bytes));
  }
}
