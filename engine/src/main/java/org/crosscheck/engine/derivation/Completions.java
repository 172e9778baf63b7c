// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.facts.AcsRisk;
import org.crosscheck.engine.facts.CadBurden;
import org.crosscheck.engine.facts.Instability;
import org.crosscheck.engine.facts.NoninvasiveRisk;
import org.crosscheck.engine.facts.Scenario;

/**
 * Turns a derived case into scenarios: one per combination of possible values of the unknown categories that the
 * criteria of the (possible) setting test. With no relevant unknown there is exactly one scenario.
 */
public final class Completions {

  /** Above this many combinations a case is not enumerated: it pends on all its unknowns. */
  public static final int MAX_COMPLETIONS = 4096;

  private Completions() {}

  /** All completions, or an empty list when there would be more than {@link #MAX_COMPLETIONS}. */
  public static List<Completion> of(DerivedCase d) {
    List<Object> settings = d.setting() != null ? List.of(d.setting()) : Dimension.SETTING.domain();
    List<Completion> all = new ArrayList<>();
    for (Object setting : settings) {
      List<Map<Dimension, Object>> partial = new ArrayList<>();
      Map<Dimension, Object> start = new EnumMap<>(Dimension.class);
      if (d.setting() == null) {
        start.put(Dimension.SETTING, setting);
      }
      partial.add(start);
      for (Dimension dimension : Dimension.relevantFor(d.procedure(), (Setting) setting)) {
        if (d.unknown(dimension) == null) {
          continue;
        }
        List<Map<Dimension, Object>> next = new ArrayList<>();
        for (Map<Dimension, Object> p : partial) {
          if (!dimension.isRelevant(dim -> p.containsKey(dim) ? p.get(dim) : d.known(dim),
              d.imaging().priorRevascularization())) {
            next.add(p);
            continue;
          }
          for (Object value : dimension.domain()) {
            Map<Dimension, Object> extended = new EnumMap<>(p);
            extended.put(dimension, value);
            next.add(extended);
          }
        }
        partial = next;
        if (all.size() + partial.size() > MAX_COMPLETIONS) {
          return List.of();
        }
      }
      partial.forEach(p -> all.add(new Completion(p)));
    }
    return all;
  }

  /** The scenario of one completion. */
  public static Scenario scenario(int id, DerivedCase d, Completion c) {
    Setting setting = c.get(Dimension.SETTING, d.setting());
    AnatomyCategories a = d.anatomy() != null ? d.anatomy()
        : c.get(Dimension.ANATOMY, (AnatomyPattern) null) == null ? null
        : c.get(Dimension.ANATOMY, AnatomyPattern.NO_SIGNIFICANT_DISEASE).categories();
    GraftCategories g = d.grafts() != null ? d.grafts()
        : c.get(Dimension.GRAFTS, (GraftPattern) null) == null ? null
        : c.get(Dimension.GRAFTS, GraftPattern.SVG_DISEASE).categories();
    CadBurden burden = d.cadBurden() != null ? d.cadBurden()
        : a != null && a.anyCto() ? CadBurden.HIGH : c.get(Dimension.CAD_BURDEN, (CadBurden) null);
    NoninvasiveRisk risk = c.get(Dimension.NONINVASIVE_RISK, d.risk());
    Instability instability = c.get(Dimension.INSTABILITY, d.instability());
    AcsRisk timi = c.get(Dimension.TIMI_RISK, d.timiRisk());
    AcsRisk acsRisk = instability == Instability.PRESENT || d.shock() ? AcsRisk.HIGH : timi;
    boolean anatomyKnown = a != null;
    ImagingCategories i = d.imaging();
    return new Scenario(
        id, d.procedure(), d.urgency(), setting,
        c.get(Dimension.SYMPTOM_COLUMN, d.column()), risk, c.get(Dimension.THERAPY, d.therapy()),
        c.get(Dimension.LV_FUNCTION, d.lvFunction()),
        anatomyKnown ? a.vessels() : -1, anatomyKnown && a.proximalLad(), anatomyKnown && a.leftMain(),
        anatomyKnown && a.singleCto(), anatomyKnown ? a.vesselsWithBorderline() : -1,
        anatomyKnown && a.borderlineUnevaluated(), anatomyKnown && a.borderlineFfrSignificant(),
        anatomyKnown && a.borderlineFfrNotSignificant(), burden,
        d.priorCabg(), g != null && g.svgDisease(), g != null && g.allGraftsPatent(),
        g != null && g.ungraftedNativeDisease(),
        c.get(Dimension.STEMI_TIMING, d.stemiTiming()), instability, acsRisk, d.shock(), d.reperfusion(), d.target(),
        c.get(Dimension.TARGET_SPAN, d.targetSpan()), c.get(Dimension.HOSPITAL_PHASE, d.phase()),
        d.persistentIschemicSymptoms() || risk == NoninvasiveRisk.HIGH,
        c.get(Dimension.IMAGING_SYMPTOMS, i.symptoms()), c.get(Dimension.IMAGING_QUESTION, i.question()),
        c.get(Dimension.CAD_PROBABILITY, i.cadProbability()), c.get(Dimension.SUSPECTED_CONDITION, i.suspectedCondition()),
        c.get(Dimension.ACUITY, i.acuity()), c.get(Dimension.ACS_PROBABILITY, i.acsProbability()),
        c.get(Dimension.ISCHEMIA_EXCLUDED, i.ischemiaStatus()),
        c.get(Dimension.HEART_FAILURE_STATUS, i.heartFailureStatus()), c.get(Dimension.CABG_INTERVAL, i.cabgInterval()),
        c.get(Dimension.PCI_INTERVAL, i.pciInterval()), i.priorRevascularization(), i.incompleteRevascularization(),
        i.priorHighRiskPci(), i.silentIschemiaRisk());
  }
}
