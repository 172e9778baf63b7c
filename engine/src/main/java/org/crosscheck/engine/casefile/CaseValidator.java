// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.engine.terminology.ProcedureCodes;

/**
 * The rules of case format v1 that binding alone does not check: required fields and ranges.
 * Returns every problem, each with its field path (the same rules as docs/case.schema.json).
 */
final class CaseValidator {

  private final List<FieldError> errors = new ArrayList<>();

  private CaseValidator() {}

  static List<FieldError> validate(CaseFile c) {
    CaseValidator v = new CaseValidator();
    v.check(c);
    return v.errors;
  }

  private void check(CaseFile c) {
    if (c.caseId() == null || c.caseId().isBlank()) {
      required("caseId");
    }
    if (c.asOf() == null) {
      required("asOf");
    }
    if (c.patient() != null) {
      range("patient.ageYears", c.patient().ageYears(), 0, 130);
    }
    checkRequest(c.request());
    checkLimits(c);
    checkPresentation(c.presentation());
    if (c.therapy() != null && c.therapy().antianginalClasses() != null) {
      nullItems("therapy.antianginalClasses", c.therapy().antianginalClasses());
    }
    checkStressTests(c.stressTests());
    checkAnatomy(c.anatomy());
    range("lvef", c.lvef(), 0, 100);
    checkPriorCabg(c.priorCabg());
    if (c.priorPci() != null) {
      nullItems("priorPci", c.priorPci());
    }
    if (c.priorImaging() != null) {
      nullItems("priorImaging", c.priorImaging());
    }
  }

  /** The limits of {@link CaseLimits}: identifier lengths and the range of {@code asOf}. */
  private void checkLimits(CaseFile c) {
    length("caseId", c.caseId());
    if (c.request() != null) {
      length(
          "request.requester.id",
          c.request().requester() == null ? null : c.request().requester().id());
      length(
          "request.facility.id",
          c.request().facility() == null ? null : c.request().facility().id());
    }
    if (c.asOf() != null
        && (c.asOf().isBefore(CaseLimits.EARLIEST_AS_OF)
            || c.asOf().isAfter(CaseLimits.LATEST_AS_OF))) {
      error(
          "asOf",
          "must be between "
              + CaseLimits.EARLIEST_AS_OF
              + " and "
              + CaseLimits.LATEST_AS_OF
              + ", got "
              + c.asOf());
    }
  }

  private void length(String path, String value) {
    int max = CaseLimits.MAX_LENGTHS.get(path);
    int length =
        value == null
            ? 0
            : value.codePointCount(0, value.length()); // characters, as the schema counts
    if (length > max) {
      error(path, "must be at most " + max + " characters, got " + length);
    }
  }

  private void checkRequest(ProcedureRequest r) {
    if (r == null) {
      required("request");
      return;
    }
    if (r.procedure() == null) {
      error("request.procedure", "required (or a known CPT/HCPCS/SNOMED code in request.codes)");
    }
    if (r.urgency() == null) {
      required("request.urgency");
    }
    if (r.codes() != null) {
      for (int i = 0; i < r.codes().size(); i++) {
        Coding code = r.codes().get(i);
        String p = "request.codes[" + i + "]";
        if (code == null) {
          error(p, "must not be null");
          continue;
        }
        if (code.system() == null || code.system().isBlank()) {
          required(p + ".system");
        }
        if (code.code() == null || code.code().isBlank()) {
          required(p + ".code");
        }
        Procedure coded = ProcedureCodes.procedureOf(code);
        if (coded != null && r.procedure() != null && coded != r.procedure()) {
          error(
              p,
              "code "
                  + code.code()
                  + " is "
                  + coded
                  + ", but request.procedure is "
                  + r.procedure());
        }
      }
    }
    if (r.targets() != null) {
      nullItems("request.targets", r.targets());
    }
  }

  private void checkPresentation(Presentation p) {
    if (p == null) {
      return;
    }
    range("presentation.ccsClass", p.ccsClass(), 0, 4);
    range("presentation.timiRiskScore", p.timiRiskScore(), 0, 7);
    if (p.hoursSinceSymptomOnset() != null
        && (p.hoursSinceSymptomOnset() < 0 || p.hoursSinceSymptomOnset().isNaN())) {
      error(
          "presentation.hoursSinceSymptomOnset",
          "must be 0 or more, got " + p.hoursSinceSymptomOnset());
    }
  }

  private void checkStressTests(List<StressTest> tests) {
    if (tests == null) {
      return;
    }
    for (int i = 0; i < tests.size(); i++) {
      String p = "stressTests[" + i + "]";
      StressTest t = tests.get(i);
      if (t == null) {
        error(p, "must not be null");
        continue;
      }
      StressFindings f = t.findings();
      if (f != null) {
        range(p + ".findings.restLvef", f.restLvef(), 0, 100);
        range(p + ".findings.exerciseLvef", f.exerciseLvef(), 0, 100);
        range(p + ".findings.wallMotionSegmentsAtLowDose", f.wallMotionSegmentsAtLowDose(), 0, 17);
        if (f.dukeTreadmillScore() != null
            && (f.dukeTreadmillScore() < -50 || f.dukeTreadmillScore() > 20)) {
          error(
              p + ".findings.dukeTreadmillScore",
              "must be between -50 and 20, got " + f.dukeTreadmillScore());
        }
      }
    }
  }

  private void checkAnatomy(Anatomy a) {
    if (a == null) {
      return;
    }
    range("anatomy.syntaxScore", a.syntaxScore(), 0, 150);
    if (a.lesions() == null) {
      return;
    }
    for (int i = 0; i < a.lesions().size(); i++) {
      String p = "anatomy.lesions[" + i + "]";
      Lesion l = a.lesions().get(i);
      if (l == null) {
        error(p, "must not be null");
        continue;
      }
      range(p + ".stenosisPercent", l.stenosisPercent(), 0, 100);
      if (l.isCto() && l.stenosisPercent() != null && l.stenosisPercent() != 100) {
        error(
            p + ".stenosisPercent",
            "a chronic total occlusion is 100%, got " + l.stenosisPercent());
      }
      if (l.ffr() != null && (l.ffr() <= 0 || l.ffr() > 1)) {
        error(p + ".ffr", "must be greater than 0 and at most 1.0, got " + l.ffr());
      }
    }
  }

  private void checkPriorCabg(PriorCabg cabg) {
    if (cabg == null || cabg.grafts() == null) {
      return;
    }
    for (int i = 0; i < cabg.grafts().size(); i++) {
      String p = "priorCabg.grafts[" + i + "]";
      Graft g = cabg.grafts().get(i);
      if (g == null) {
        error(p, "must not be null");
        continue;
      }
      if (g.target() != null && g.territory() == null) {
        error(
            p + ".target",
            "'"
                + g.target()
                + "' is not a territory (LAD, LCX, RCA) or a segment other than LEFT_MAIN");
      }
      range(p + ".stenosisPercent", g.stenosisPercent(), 0, 100);
    }
  }

  private void nullItems(String path, List<?> items) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == null) {
        error(path + "[" + i + "]", "must not be null");
      }
    }
  }

  private void range(String path, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      error(path, "must be between " + min + " and " + max + ", got " + value);
    }
  }

  private void required(String path) {
    error(path, "required");
  }

  private void error(String path, String message) {
    errors.add(new FieldError(path, message));
  }
}
