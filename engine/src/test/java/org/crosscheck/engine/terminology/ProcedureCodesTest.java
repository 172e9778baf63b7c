// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.Coding;
import org.crosscheck.engine.casefile.InvalidCaseException;
import org.crosscheck.engine.casefile.Procedure;
import org.junit.jupiter.api.Test;

class ProcedureCodesTest {

  @Test
  void knownCodesNameTheirProcedure() {
    assertThat(ProcedureCodes.procedureOf(new Coding(ProcedureCodes.CPT, "92928", null)))
        .isEqualTo(Procedure.PCI);
    assertThat(ProcedureCodes.procedureOf(new Coding(ProcedureCodes.CPT, "75574", null)))
        .isEqualTo(Procedure.CCTA);
    assertThat(ProcedureCodes.procedureOf(new Coding(ProcedureCodes.HCPCS, "C9600", null)))
        .isEqualTo(Procedure.PCI);
    assertThat(ProcedureCodes.procedureOf(new Coding(ProcedureCodes.SNOMED, "232717009", null)))
        .isEqualTo(Procedure.CABG);
    assertThat(ProcedureCodes.procedureOf(new Coding(ProcedureCodes.CPT, "99999", null))).isNull();
    assertThat(ProcedureCodes.procedureOf(new Coding("http://example.org", "92928", null)))
        .isNull();
  }

  private static byte[] json(String request) {
    return ("{\"caseId\": \"c\", \"asOf\": \"2026-03-01\", \"request\": " + request + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theCodeToOrderAProcedureIsItsFirstRowAndNamesIt() {
    for (Procedure procedure : Procedure.values()) {
      Coding code = ProcedureCodes.codeFor(procedure);
      if (code != null) {
        assertThat(ProcedureCodes.procedureOf(code)).as(procedure.name()).isEqualTo(procedure);
      }
    }
    assertThat(ProcedureCodes.codeFor(Procedure.CABG).system()).isEqualTo(ProcedureCodes.CPT);
    assertThat(ProcedureCodes.codeFor(Procedure.CCTA).code()).isEqualTo("75574");
  }

  @Test
  void aRequestWithoutProcedureTakesTheOneItsCodeNames() {
    assertThat(
            CaseReader.read(
                    json(
                        "{\"urgency\": \"ELECTIVE\", \"codes\": [{\"system\": \""
                            + ProcedureCodes.CPT
                            + "\", \"code\": \"75571\"}]}"))
                .caseFile()
                .request()
                .procedure())
        .isEqualTo(Procedure.CAC_SCORING);
  }

  @Test
  void aCodeThatContradictsTheProcedureIsAnError() {
    InvalidCaseException e =
        catchThrowableOfType(
            InvalidCaseException.class,
            () ->
                CaseReader.read(
                    json(
                        "{\"procedure\": \"PCI\", \"urgency\": \"ELECTIVE\", \"codes\": [{\"system\": \""
                            + ProcedureCodes.CPT
                            + "\", \"code\": \"75574\"}]}")));
    assertThat(e.errors())
        .singleElement()
        .hasToString("request.codes[0]: code 75574 is CCTA, but request.procedure is PCI");
  }
}
