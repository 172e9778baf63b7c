// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.PerfusionDefect;
import org.crosscheck.engine.casefile.RiskCategory;
import org.crosscheck.engine.casefile.StressFindings;
import org.crosscheck.engine.casefile.StressTest;
import org.crosscheck.engine.facts.NoninvasiveRisk;

/**
 * Noninvasive risk from JACC 2012 Table A2 (definitions.md, "Noninvasive test risk" and "Incomplete
 * items"). The test used is the most recent one dated on or before {@code asOf}; an undated test
 * was done before {@code asOf}, its recency unknown: it matters only when its risk differs from
 * that of the most recent dated test. A test whose result is unknown may have any result of a
 * performed test (never "no test").
 */
final class NoninvasiveRiskDerivation {

  /** The results a performed test may have. */
  static final List<NoninvasiveRisk> PERFORMED =
      List.of(
          NoninvasiveRisk.LOW,
          NoninvasiveRisk.INTERMEDIATE,
          NoninvasiveRisk.HIGH,
          NoninvasiveRisk.EQUIVOCAL);

  /**
   * The risk when known, the test it comes from (null when several could be the one), else the
   * unknown.
   */
  record Result(NoninvasiveRisk risk, StressTest test, UnknownItem unknown) {}

  private NoninvasiveRiskDerivation() {}

  static Result derive(CaseFile c, DerivationNotes notes) {
    if (c.stressTests() == null) {
      return new Result(
          null, null, UnknownItem.of(Category.NONINVASIVE_RISK, List.of("stressTests")));
    }
    List<Integer> usable = new ArrayList<>();
    for (int i = 0; i < c.stressTests().size(); i++) {
      StressTest t = c.stressTests().get(i);
      if (t.date() != null && t.date().isAfter(c.asOf())) {
        notes.warn(
            "stressTests[" + i + "]: dated " + t.date() + ", after asOf " + c.asOf() + "; ignored");
      } else {
        usable.add(i);
      }
    }
    if (usable.isEmpty()) {
      return new Result(NoninvasiveRisk.NONE_PERFORMED, null, null);
    }
    if (usable.size() > 1) {
      notes.use(Interpretation.MOST_RECENT_TEST);
    }
    Integer latest = null;
    List<Integer> candidates = new ArrayList<>();
    for (int i : usable) {
      StressTest t = c.stressTests().get(i);
      if (t.date() == null) {
        candidates.add(i);
      } else if (latest == null || !t.date().isBefore(c.stressTests().get(latest).date())) {
        latest = i;
      }
    }
    if (latest != null) {
      candidates.add(0, latest);
    }
    if (candidates.size() > 1) {
      notes.use(Interpretation.UNDATED_TEST_RECENCY);
    }
    Set<NoninvasiveRisk> possible = EnumSet.noneOf(NoninvasiveRisk.class);
    List<String> paths = new ArrayList<>();
    for (int i : candidates) {
      NoninvasiveRisk risk = risk(c.stressTests().get(i), i, notes);
      if (risk == null) {
        possible.addAll(PERFORMED);
        paths.add("stressTests[" + i + "].riskCategory");
      } else {
        possible.add(risk);
      }
    }
    StressTest single = candidates.size() == 1 ? c.stressTests().get(candidates.get(0)) : null;
    if (possible.size() == 1) {
      return new Result(
          possible.iterator().next(),
          single != null ? single : c.stressTests().get(candidates.get(0)),
          null);
    }
    for (int i : candidates) {
      if (c.stressTests().get(i).date() == null) {
        paths.add("stressTests[" + i + "].date");
      }
    }
    return new Result(
        null, single, new UnknownItem(Category.NONINVASIVE_RISK, paths, List.copyOf(possible)));
  }

  /**
   * The risk of one test: from its findings, else the reported category; null when neither tells.
   */
  private static NoninvasiveRisk risk(StressTest test, int index, DerivationNotes notes) {
    RiskCategory fromFindings = fromFindings(test.findings());
    RiskCategory reported = test.riskCategory();
    if (fromFindings != null) {
      notes.use(Interpretation.NONINVASIVE_RISK_FROM_FINDINGS);
      if (reported != null && reported != fromFindings) {
        notes.warn(
            "stressTests["
                + index
                + "]: reported riskCategory "
                + reported
                + " differs from the findings ("
                + fromFindings
                + "); the findings are used");
      }
      return NoninvasiveRisk.valueOf(fromFindings.name());
    }
    return reported == null ? null : NoninvasiveRisk.valueOf(reported.name());
  }

  /**
   * The highest Table A2 category that any finding reaches, or null when no finding maps to a
   * category. No abnormal segment at low dose rules out the high-risk echo finding but says nothing
   * of higher doses: alone it maps to no category.
   */
  static RiskCategory fromFindings(StressFindings f) {
    if (f == null) {
      return null;
    }
    RiskCategory worst = null;
    if (f.restLvef() != null) {
      worst =
          max(
              worst,
              f.restLvef() < 35
                  ? RiskCategory.HIGH
                  : f.restLvef() < 50 ? RiskCategory.INTERMEDIATE : null);
    }
    if (f.dukeTreadmillScore() != null) {
      double duke = f.dukeTreadmillScore();
      worst =
          max(
              worst,
              duke <= -11
                  ? RiskCategory.HIGH
                  : duke < 5 ? RiskCategory.INTERMEDIATE : RiskCategory.LOW);
    }
    if (f.exerciseLvef() != null && f.exerciseLvef() < 35) {
      worst = max(worst, RiskCategory.HIGH);
    }
    if (f.perfusionDefect() != null) {
      boolean dilationOrUptake =
          Boolean.TRUE.equals(f.lvDilation()) || Boolean.TRUE.equals(f.increasedLungUptake());
      worst =
          max(
              worst,
              f.perfusionDefect() == PerfusionDefect.LARGE
                  ? RiskCategory.HIGH
                  : f.perfusionDefect() == PerfusionDefect.MODERATE
                      ? (dilationOrUptake ? RiskCategory.HIGH : RiskCategory.INTERMEDIATE)
                      : RiskCategory.LOW);
    }
    if (Boolean.TRUE.equals(f.multipleModerateDefects())
        || Boolean.TRUE.equals(f.extensiveIschemia())) {
      worst = max(worst, RiskCategory.HIGH);
    }
    if (f.wallMotionSegmentsAtLowDose() != null && f.wallMotionSegmentsAtLowDose() > 0) {
      worst =
          max(
              worst,
              f.wallMotionSegmentsAtLowDose() > 2 ? RiskCategory.HIGH : RiskCategory.INTERMEDIATE);
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
