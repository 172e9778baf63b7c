// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import org.crosscheck.engine.terminology.ProcedureCodes;

/**
 * The code system URIs the mapping reads. The two project code systems exist because no standard
 * code was chosen for those findings: integrators map their local codes to these (see
 * fhir/README.md).
 */
public final class CodeSystems {

  /**
   * Project code system: codes are case field paths (e.g. {@code presentation.severeHeartFailure})
   * and enum names.
   */
  public static final String CASE_FINDING = "https://crosscheck.dev/fhir/CodeSystem/case-finding";

  /**
   * Project code system: codes are the case's coronary segment names (e.g. {@code LAD_PROXIMAL})
   * and territories.
   */
  public static final String CORONARY_SEGMENT =
      "https://crosscheck.dev/fhir/CodeSystem/coronary-segment";

  public static final String SNOMED = ProcedureCodes.SNOMED;
  public static final String CPT = ProcedureCodes.CPT;
  public static final String LOINC = "http://loinc.org";
  public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  public static final String ATC = "http://www.whocc.no/atc";
  public static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
  public static final String UCUM = "http://unitsofmeasure.org";

  private CodeSystems() {}

  /**
   * The UCUM unit of a case field in the case-finding code system (e.g. {@code %} for {@code
   * lvef}), or null.
   */
  public static String unitOf(String path) {
    CaseFindings.Finding f = Units.FINDINGS.get(path);
    return f == null ? null : f.unit();
  }

  private static final class Units {
    static final CaseFindings FINDINGS = new CaseFindings();
  }

  /**
   * The procedure a FHIR coding names in the engine's ProcedureCodes table (CPT, HCPCS, SNOMED CT),
   * or null.
   */
  static org.crosscheck.engine.casefile.Procedure procedureOf(org.hl7.fhir.r4.model.Coding c) {
    return ProcedureCodes.procedureOf(
        new org.crosscheck.engine.casefile.Coding(c.getSystem(), c.getCode(), null));
  }
}
