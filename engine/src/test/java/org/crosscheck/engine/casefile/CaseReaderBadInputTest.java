// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input a store would refuse, or that would make an error name Java types: refused with the field's
 * path.
 */
class CaseReaderBadInputTest {

  private static final String REQUEST =
      "\"request\":{\"procedure\":\"PCI\",\"urgency\":\"ELECTIVE\"}";
  private static final String HEAD = "{\"caseId\":\"c\",\"asOf\":\"2026-03-01\"," + REQUEST;

  private static List<FieldError> errors(String json) {
    InvalidCaseException e =
        catchThrowableOfType(
            InvalidCaseException.class,
            () -> CaseReader.read(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(e).as("expected an invalid case: " + json).isNotNull();
    assertThat(e.getMessage()).doesNotContain("tools.jackson", "org.crosscheck", "java.", "`");
    return e.errors();
  }

  @Test
  void aNumberIsNotText() {
    assertThat(errors("{\"caseId\":12,\"asOf\":\"2026-03-01\"," + REQUEST + "}"))
        .containsExactly(new FieldError("caseId", "expected a string"));
    assertThat(errors(HEAD.replace("}", ",\"requester\":{\"id\":true}}") + "}").get(0).path())
        .isEqualTo("request.requester.id");
  }

  @Test
  void nulAndUnpairedSurrogatesAreRefusedWhereverTextIs() {
    assertThat(errors("{\"caseId\":\"a\\u0000b\",\"asOf\":\"2026-03-01\"," + REQUEST + "}").get(0))
        .isEqualTo(
            new FieldError(
                "caseId", "contains the NUL character (\\u0000), which is not allowed in text"));
    assertThat(
            errors(HEAD.replace("}", ",\"facility\":{\"name\":\"x\\ud800y\"}}") + "}")
                .get(0)
                .path())
        .isEqualTo("request.facility.name");
    assertThat(
            errors(HEAD.replace("}", ",\"codes\":[{\"system\":\"s\",\"code\":\"\\udc00\"}]}") + "}")
                .get(0)
                .path())
        .isEqualTo("request.codes[0].code");
    // a pair is a character
    CaseReader.read((HEAD + ",\"title\":\"\\ud83e\\udec0\"}").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aNullListItemIsNamedByItsPath() {
    assertThat(errors(HEAD + ",\"anatomy\":{\"lesions\":[null]}}"))
        .containsExactly(new FieldError("anatomy.lesions[0]", "must not be null"));
    assertThat(errors(HEAD + ",\"stressTests\":[null],\"priorPci\":[null]}"))
        .extracting(FieldError::path)
        .containsExactly("stressTests[0]", "priorPci[0]");
  }

  @Test
  void identifiersLongerThanTheStoreKeepsAreRefused() {
    String id = "x".repeat(CaseLimits.MAX_ID_LENGTH + 1);
    assertThat(errors("{\"caseId\":\"" + id + "\",\"asOf\":\"2026-03-01\"," + REQUEST + "}"))
        .containsExactly(new FieldError("caseId", "must be at most 200 characters, got 201"));
  }

  @Test
  void anImplausibleAsOfIsRefused() {
    assertThat(errors("{\"caseId\":\"c\",\"asOf\":\"0000-01-01\"," + REQUEST + "}"))
        .containsExactly(
            new FieldError("asOf", "must be between 1990-01-01 and 2099-12-31, got 0000-01-01"));
    assertThat(errors("{\"caseId\":\"c\",\"asOf\":\"+10000-01-01\"," + REQUEST + "}").get(0).path())
        .isEqualTo("asOf");
  }

  @Test
  void jacksonLimitsAreDescribedWithoutNamingItsClasses() {
    assertThat(errors(HEAD + ",\"lvef\":" + "9".repeat(1500) + "}").get(0).message())
        .contains("Number value length");
    assertThat(errors(HEAD + ",\"title\":" + "[".repeat(3000) + "]".repeat(3000) + "}")).hasSize(1);
  }
}
