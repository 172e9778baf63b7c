// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.ImagingContext;
import org.crosscheck.engine.casefile.ImagingSymptoms;
import org.crosscheck.engine.casefile.PriorImaging;
import org.crosscheck.engine.casefile.PriorPci;
import org.crosscheck.engine.facts.CabgInterval;
import org.crosscheck.engine.facts.IschemiaStatus;
import org.crosscheck.engine.facts.PciInterval;

/**
 * Derives the imaging categories (rules/src/main/resources/criteria/imaging/definitions.md):
 * symptoms, question, time since CABG and PCI by anniversary, and the fields that choose an ACR
 * variant.
 */
final class ImagingDerivation {

  private static final int CABG_YEARS = 5;
  private static final int PCI_YEARS = 2;

  private ImagingDerivation() {}

  static ImagingCategories derive(CaseFile c, List<UnknownItem> unknowns, DerivationNotes notes) {
    ImagingContext img =
        c.imaging() == null
            ? new ImagingContext(null, null, null, null, null, null, null, null, null)
            : c.imaging();
    ImagingSymptoms symptoms = symptoms(c, img, notes);
    unknownIfNull(unknowns, symptoms, Category.IMAGING_SYMPTOMS);
    unknownIfNull(unknowns, img.question(), Category.IMAGING_QUESTION);
    unknownIfNull(unknowns, img.cadProbability(), Category.CAD_PROBABILITY);
    unknownIfNull(unknowns, img.suspectedCondition(), Category.SUSPECTED_CONDITION);
    unknownIfNull(unknowns, img.acuity(), Category.ACUITY);
    unknownIfNull(unknowns, img.acsProbability(), Category.ACS_PROBABILITY);
    unknownIfNull(unknowns, img.ischemiaExcluded(), Category.ISCHEMIA_STATUS);
    unknownIfNull(unknowns, img.heartFailureStatus(), Category.HEART_FAILURE_STATUS);

    CabgInterval cabg = CabgInterval.NONE;
    if (c.priorCabg() != null) {
      LocalDate date = c.priorCabg().date();
      cabg =
          date == null
              ? null
              : date.plusYears(CABG_YEARS).isAfter(c.asOf())
                  ? CabgInterval.UNDER_5_YEARS
                  : CabgInterval.FIVE_YEARS_OR_MORE;
      unknownIfNull(unknowns, cabg, Category.CABG_INTERVAL);
    }
    PciInterval pci = PciInterval.NONE;
    List<PriorPci> pcis = c.priorPci() == null ? List.of() : c.priorPci();
    if (!pcis.isEmpty()) {
      LocalDate latest =
          pcis.stream()
              .map(PriorPci::date)
              .filter(d -> d != null)
              .max(LocalDate::compareTo)
              .orElse(null);
      pci =
          latest == null
              ? null
              : latest.plusYears(PCI_YEARS).isAfter(c.asOf())
                  ? PciInterval.UNDER_2_YEARS
                  : PciInterval.TWO_YEARS_OR_MORE;
      List<String> undated = new java.util.ArrayList<>();
      for (int i = 0; i < pcis.size(); i++) {
        if (pcis.get(i).date() == null) {
          undated.add("priorPci[" + i + "].date");
        }
      }
      // an undated PCI may be the most recent: it matters unless a dated one is already recent
      if (pci != PciInterval.UNDER_2_YEARS && !undated.isEmpty()) {
        pci = null;
        unknowns.add(UnknownItem.of(Category.PCI_INTERVAL, undated));
      }
    }
    if (c.priorCabg() != null || !pcis.isEmpty()) {
      notes.use(Interpretation.IMAGING_INTERVALS);
    }
    return new ImagingCategories(
        symptoms,
        img.question(),
        img.cadProbability(),
        img.suspectedCondition(),
        img.acuity(),
        img.acsProbability(),
        IschemiaStatus.of(img.ischemiaExcluded()),
        img.heartFailureStatus(),
        cabg,
        pci,
        c.priorCabg() != null || !pcis.isEmpty(),
        Boolean.TRUE.equals(c.incompleteRevascularization()),
        pcis.stream().anyMatch(p -> Boolean.TRUE.equals(p.highRisk())),
        c.patient() != null && Boolean.TRUE.equals(c.patient().silentIschemiaRisk()),
        Boolean.TRUE.equals(img.newOrWorseningSymptoms()),
        daysSinceSameTest(c));
  }

  /**
   * imaging.symptoms; when absent, CCS class 0 means none and a CCS class above 0 anginal symptoms.
   */
  private static ImagingSymptoms symptoms(CaseFile c, ImagingContext img, DerivationNotes notes) {
    Integer ccs = c.presentation() == null ? null : c.presentation().ccsClass();
    if (img.symptoms() != null) {
      if (ccs != null && (ccs == 0) != (img.symptoms() == ImagingSymptoms.NONE)) {
        notes.warn(
            "imaging.symptoms "
                + img.symptoms()
                + " and presentation.ccsClass "
                + ccs
                + " disagree; imaging.symptoms is used");
      }
      return img.symptoms();
    }
    if (ccs == null) {
      return null;
    }
    notes.use(Interpretation.IMAGING_SYMPTOMS_FROM_CCS);
    return ccs == 0 ? ImagingSymptoms.NONE : ImagingSymptoms.LIKELY_ANGINAL;
  }

  private static Integer daysSinceSameTest(CaseFile c) {
    if (c.priorImaging() == null || c.request() == null) {
      return null;
    }
    Integer days = null;
    for (PriorImaging prior : c.priorImaging()) {
      if (prior.procedure() == c.request().procedure()
          && prior.date() != null
          && !prior.date().isAfter(c.asOf())) {
        int d = (int) ChronoUnit.DAYS.between(prior.date(), c.asOf());
        days = days == null ? d : Math.min(days, d);
      }
    }
    return days;
  }

  private static void unknownIfNull(List<UnknownItem> unknowns, Object value, Category category) {
    if (value == null) {
      unknowns.add(UnknownItem.of(category));
    }
  }
}
