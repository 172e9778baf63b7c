// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.PerfusionDefect;
import org.crosscheck.engine.casefile.RiskCategory;
import org.crosscheck.engine.casefile.StressFindings;
import org.crosscheck.engine.casefile.StressTest;
import org.crosscheck.engine.facts.NoninvasiveRisk;

/** Noninvasive risk from JACC 2012 Table A2 (definitions.md, "Noninvasive test risk"). */
final class NoninvasiveRiskDerivation {

  record Result(NoninvasiveRisk risk, StressTest test, String missingPath) {}

  private NoninvasiveRiskDerivation() {}

  static Result derive(CaseFile c, DerivationNotes notes) {
    if (c.stressTests() == null) {
      return new Result(null, null, "stressTests");
    }
    List<StressTest> usable = new ArrayList<>();
    for (int i = 0; i < c.stressTests().size(); i++) {
      StressTest t = c.stressTests().get(i);
      if (t.date().isAfter(c.asOf())) {
        notes.warn("stressTests[" + i + "]: dated " + t.date() + ", after asOf " + c.asOf() + "; ignored");
      } else {
        usable.add(t);
      }
    }
    if (usable.isEmpty()) {
      return new Result(NoninvasiveRisk.NONE_PERFORMED, null, null);
    }
    if (usable.size() > 1) {
      notes.use(Interpretation.MOST_RECENT_TEST);
    }
    StressTest test = usable.get(0);
    for (StressTest t : usable) {
      if (!t.date().isBefore(test.date())) {
        test = t;
      }
    }
    int index = c.stressTests().indexOf(test);
    RiskCategory fromFindings = fromFindings(test.findings());
    RiskCategory reported = test.riskCategory();
    if (fromFindings != null) {
      notes.use(Interpretation.NONINVASIVE_RISK_FROM_FINDINGS);
      if (reported != null && reported != fromFindings) {
        notes.warn("stressTests[" + index + "]: reported riskCategory " + reported + " differs from the findings ("
            + fromFindings + "); the findings are used");
      }
      return new Result(NoninvasiveRisk.valueOf(fromFindings.name()), test, null);
    }
    if (reported != null) {
      return new Result(NoninvasiveRisk.valueOf(reported.name()), test, null);
    }
    return new Result(null, test, "stressTests[" + index + "].riskCategory");
  }

  /** The highest Table A2 category that any finding reaches, or null when no finding maps to a category. */
  static RiskCategory fromFindings(StressFindings f) {
    if (f == null) {
      return null;
    }
    RiskCategory worst = null;
    if (f.restLvef() != null) {
      worst = max(worst, f.restLvef() < 35 ? RiskCategory.HIGH : f.restLvef() < 50 ? RiskCategory.INTERMEDIATE : null);
    }
    if (f.dukeTreadmillScore() != null) {
      double duke = f.dukeTreadmillScore();
      worst = max(worst, duke <= -11 ? RiskCategory.HIGH : duke < 5 ? RiskCategory.INTERMEDIATE : RiskCategory.LOW);
    }
    if (f.exerciseLvef() != null && f.exerciseLvef() < 35) {
      worst = max(worst, RiskCategory.HIGH);
    }
    if (f.perfusionDefect() != null) {
      boolean dilationOrUptake = Boolean.TRUE.equals(f.lvDilation()) || Boolean.TRUE.equals(f.increasedLungUptake());
      worst = max(worst, f.perfusionDefect() == PerfusionDefect.LARGE ? RiskCategory.HIGH
          : f.perfusionDefect() == PerfusionDefect.MODERATE
              ? (dilationOrUptake ? RiskCategory.HIGH : RiskCategory.INTERMEDIATE)
              : RiskCategory.LOW);
    }
    if (Boolean.TRUE.equals(f.multipleModerateDefects()) || Boolean.TRUE.equals(f.extensiveIschemia())) {
      worst = max(worst, RiskCategory.HIGH);
    }
    if (f.wallMotionSegmentsAtLowDose() != null) {
      int segments = f.wallMotionSegmentsAtLowDose();
      worst = max(worst, segments > 2 ? RiskCategory.HIGH : segments > 0 ? RiskCategory.INTERMEDIATE : RiskCategory.LOW);
    }
    return worst;
  }

  private static RiskCategory max(RiskCategory a, RiskCategory b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
