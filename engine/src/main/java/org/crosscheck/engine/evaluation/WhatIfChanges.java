// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.engine.casefile.AntianginalClass;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.Lesion;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.casefile.RiskCategory;
import org.crosscheck.engine.casefile.Segment;
import org.crosscheck.engine.casefile.StressModality;
import org.crosscheck.engine.casefile.StressTest;
import org.crosscheck.engine.casefile.Therapy;
import org.crosscheck.engine.derivation.DerivedCase;
import org.crosscheck.engine.facts.NoninvasiveRisk;
import org.crosscheck.engine.facts.TherapyLevel;

/**
 * Single documented changes to a case that a requester could make, tried when a request goes to
 * review: an FFR result for an intermediate lesion, a noninvasive test where none was done, maximal
 * anti-ischemic therapy, CABG instead of PCI; for an imaging request, another test in its place.
 * Only the changes that change the outcome are reported.
 */
final class WhatIfChanges {

  static final double FFR_SIGNIFICANT = 0.75;
  static final double FFR_NOT_SIGNIFICANT = 0.85;

  /**
   * A change: its wording, the field it sets, the field's new value (as the case JSON has it), its
   * kind and value code (see {@code Evaluation.WhatIf}) and the case after it.
   */
  record Change(
      String text, String field, Object value, String kind, String valueCode, CaseFile variant) {}

  private WhatIfChanges() {}

  /** The request types the imaging criteria rate, in the order a what-if lists them. */
  static final List<Procedure> IMAGING =
      List.of(
          Procedure.EXERCISE_ECG,
          Procedure.STRESS_ECHO,
          Procedure.STRESS_SPECT_MPI,
          Procedure.STRESS_PET_MPI,
          Procedure.STRESS_CMR,
          Procedure.CCTA,
          Procedure.CAC_SCORING,
          Procedure.CORONARY_ANGIOGRAPHY);

  static List<Change> of(CaseFile c, DerivedCase d) {
    Procedure requested = c.request().procedure();
    if (requested != Procedure.PCI && requested != Procedure.CABG) {
      return imagingAlternatives(c, requested);
    }
    List<Change> changes = new ArrayList<>();
    if (c.anatomy() != null && c.anatomy().lesions() != null) {
      List<Lesion> lesions = c.anatomy().lesions();
      for (int i = 0; i < lesions.size(); i++) {
        Lesion l = lesions.get(i);
        if (!l.isCto()
            && l.segment() != null
            && l.stenosisPercent() != null
            && l.stenosisPercent() >= 50
            && l.stenosisPercent() < 70
            && l.ffr() == null
            && l.ivusSignificant() == null
            && l.segment() != Segment.LEFT_MAIN) {
          String where = l.segment() + " lesion (" + l.stenosisPercent() + "%)";
          changes.add(
              ffr(
                  c,
                  i,
                  FFR_SIGNIFICANT,
                  "FFR " + FFR_SIGNIFICANT + " (<= 0.80) documented for the " + where));
          changes.add(
              ffr(
                  c,
                  i,
                  FFR_NOT_SIGNIFICANT,
                  "FFR " + FFR_NOT_SIGNIFICANT + " (> 0.80) documented for the " + where));
        }
      }
    }
    if (d.risk() == NoninvasiveRisk.NONE_PERFORMED || d.risk() == NoninvasiveRisk.EQUIVOCAL) {
      for (RiskCategory risk :
          List.of(RiskCategory.LOW, RiskCategory.INTERMEDIATE, RiskCategory.HIGH)) {
        List<StressTest> tests =
            new ArrayList<>(c.stressTests() == null ? List.of() : c.stressTests());
        tests.add(new StressTest(StressModality.SPECT_MPI, c.asOf(), risk, null));
        changes.add(
            new Change(
                "a noninvasive stress test with " + risk.name().toLowerCase() + "-risk findings",
                "stressTests",
                tests,
                "NONINVASIVE_TEST",
                risk.name(),
                c.withStressTests(tests)));
      }
    }
    if (d.therapy() == TherapyLevel.NONE_OR_MINIMAL) {
      List<AntianginalClass> classes = new ArrayList<>(c.therapy().antianginalClasses());
      for (AntianginalClass candidate :
          List.of(
              AntianginalClass.BETA_BLOCKER,
              AntianginalClass.LONG_ACTING_NITRATE,
              AntianginalClass.CALCIUM_CHANNEL_BLOCKER)) {
        if (classes.stream().distinct().count() < 2 && !classes.contains(candidate)) {
          classes.add(candidate);
        }
      }
      changes.add(
          new Change(
              "maximal anti-ischemic therapy documented (two or more anti-anginal classes)",
              "therapy.antianginalClasses",
              classes,
              "THERAPY",
              TherapyLevel.MAXIMAL.name(),
              c.withTherapy(new Therapy(classes))));
    }
    if (c.request().procedure() == Procedure.PCI) {
      changes.add(
          new Change(
              "CABG requested instead of PCI (heart-team decision)",
              "request.procedure",
              Procedure.CABG,
              "PROCEDURE",
              Procedure.CABG.name(),
              c.withRequest(c.request().withProcedure(Procedure.CABG))));
    }
    return changes;
  }

  /** For an imaging request held for review: the other tests, each tried in its place. */
  private static List<Change> imagingAlternatives(CaseFile c, Procedure requested) {
    List<Change> changes = new ArrayList<>();
    for (Procedure alternative : IMAGING) {
      if (alternative != requested) {
        changes.add(
            new Change(
                alternative + " requested instead of " + requested,
                "request.procedure",
                alternative,
                "PROCEDURE",
                alternative.name(),
                c.withRequest(c.request().withProcedure(alternative))));
      }
    }
    return changes;
  }

  private static Change ffr(CaseFile c, int index, double ffr, String text) {
    List<Lesion> lesions = new ArrayList<>(c.anatomy().lesions());
    lesions.set(index, lesions.get(index).withFfr(ffr));
    CaseFile variant =
        c.withAnatomy(
            new org.crosscheck.engine.casefile.Anatomy(
                c.anatomy().source(), c.anatomy().date(), lesions, c.anatomy().syntaxScore()));
    return new Change(
        text,
        "anatomy.lesions[" + index + "].ffr",
        ffr,
        "FFR_RESULT",
        String.valueOf(ffr),
        variant);
  }
}
