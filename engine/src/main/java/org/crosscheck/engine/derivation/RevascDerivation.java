// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.engine.casefile.Anatomy;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.Conduit;
import org.crosscheck.engine.casefile.Graft;
import org.crosscheck.engine.casefile.Lesion;
import org.crosscheck.engine.casefile.Presentation;
import org.crosscheck.engine.casefile.PriorCabg;
import org.crosscheck.engine.casefile.Reperfusion;
import org.crosscheck.engine.casefile.Segment;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.casefile.StressTest;
import org.crosscheck.engine.casefile.Territory;
import org.crosscheck.engine.facts.AcsRisk;
import org.crosscheck.engine.facts.CadBurden;
import org.crosscheck.engine.facts.HospitalPhase;
import org.crosscheck.engine.facts.Instability;
import org.crosscheck.engine.facts.LvFunction;
import org.crosscheck.engine.facts.NoninvasiveRisk;
import org.crosscheck.engine.facts.StemiTiming;
import org.crosscheck.engine.facts.SymptomColumn;
import org.crosscheck.engine.facts.TargetRelation;
import org.crosscheck.engine.facts.TargetSpan;
import org.crosscheck.engine.facts.TherapyLevel;

/**
 * Derives the categories of the criteria from a validated case: the 2012 revascularization criteria here
 * (definitions.md), the imaging criteria in {@link ImagingDerivation}. Plain Java, no rules: its result is reported
 * in the output ({@code derived}) so that a reviewer sees what the rating used.
 */
public final class RevascDerivation {

  private static final int SYNTAX_LOW_MAX = 22;
  private static final int LV_NORMAL_MIN = 50;

  private RevascDerivation() {}

  public static DerivedCase derive(CaseFile c) {
    DerivationNotes notes = new DerivationNotes();
    List<UnknownItem> unknowns = new ArrayList<>();
    Presentation p = c.presentation();

    Setting setting = p == null ? null : p.setting();
    if (setting == null) {
      unknowns.add(new UnknownItem(Dimension.SETTING, List.of("presentation.setting")));
    }
    SymptomColumn column = column(p);
    if (column == null) {
      unknowns.add(new UnknownItem(Dimension.SYMPTOM_COLUMN, List.of("presentation.ccsClass")));
    }

    NoninvasiveRiskDerivation.Result stress = NoninvasiveRiskDerivation.derive(c, notes);
    if (stress.risk() == null) {
      unknowns.add(new UnknownItem(Dimension.NONINVASIVE_RISK, List.of(stress.missingPath())));
    }

    TherapyLevel therapy = therapy(c, notes);
    if (therapy == null) {
      unknowns.add(new UnknownItem(Dimension.THERAPY, List.of("therapy.antianginalClasses")));
    }

    Integer lvef = c.lvef() != null ? c.lvef()
        : stress.test() != null && stress.test().findings() != null ? stress.test().findings().restLvef() : null;
    LvFunction lvFunction = lvef == null ? null : lvef >= LV_NORMAL_MIN ? LvFunction.NORMAL : LvFunction.DEPRESSED;
    if (lvFunction == null) {
      unknowns.add(new UnknownItem(Dimension.LV_FUNCTION, List.of("lvef")));
    } else {
      notes.use(Interpretation.ABNORMAL_LV_BELOW_50);
    }

    Anatomy anatomy = c.anatomy();
    AnatomyCategories anatomyCategories = null;
    if (anatomy == null || anatomy.lesions() == null) {
      unknowns.add(new UnknownItem(Dimension.ANATOMY, List.of(anatomy == null ? "anatomy" : "anatomy.lesions")));
    } else {
      anatomyCategories = LesionClassifier.categorize(anatomy.lesions(), notes);
    }
    Integer syntax = anatomy == null ? null : anatomy.syntaxScore();
    CadBurden burden = cadBurden(anatomyCategories, syntax);
    if (burden == null && syntaxChoosesMethodRow(anatomyCategories)) {
      unknowns.add(new UnknownItem(Dimension.CAD_BURDEN, List.of("anatomy.syntaxScore")));
    }

    GraftCategories grafts = null;
    PriorCabg priorCabg = c.priorCabg();
    if (priorCabg != null) {
      notes.use(Interpretation.GRAFT_SIGNIFICANT_70);
      if (priorCabg.grafts() == null || anatomyCategories == null) {
        List<String> paths = new ArrayList<>();
        if (priorCabg.grafts() == null) {
          paths.add("priorCabg.grafts");
        }
        if (anatomyCategories == null) {
          paths.add(anatomy == null ? "anatomy" : "anatomy.lesions");
        }
        unknowns.add(new UnknownItem(Dimension.GRAFTS, paths));
      } else {
        grafts = grafts(priorCabg.grafts(), anatomyCategories, notes);
      }
    }

    StemiTiming timing = stemiTiming(p, notes);
    if (timing == null) {
      unknowns.add(new UnknownItem(Dimension.STEMI_TIMING, List.of("presentation.hoursSinceSymptomOnset")));
    }
    List<String> undocumentedFlags = new ArrayList<>();
    Instability instability = instability(p, undocumentedFlags);
    if (instability == null) {
      unknowns.add(new UnknownItem(Dimension.INSTABILITY, undocumentedFlags));
    }
    AcsRisk timi = timiRisk(p);
    if (timi == null) {
      unknowns.add(new UnknownItem(Dimension.TIMI_RISK, List.of("presentation.timiRiskScore")));
    }
    TargetSpan span = targetSpan(c);
    if (span == null) {
      unknowns.add(new UnknownItem(Dimension.TARGET_SPAN, List.of("request.targets")));
    }
    HospitalPhase phase = p == null || p.duringIndexHospitalization() == null ? null
        : p.duringIndexHospitalization() ? HospitalPhase.INDEX_HOSPITALIZATION
        : HospitalPhase.AFTER_INDEX_HOSPITALIZATION;
    if (phase == null) {
      unknowns.add(new UnknownItem(Dimension.HOSPITAL_PHASE, List.of("presentation.duringIndexHospitalization")));
    }
    boolean acs = setting != null && setting != Setting.STABLE;
    Reperfusion reperfusion = p == null || p.reperfusion() == null ? Reperfusion.NONE : p.reperfusion();
    if (acs) {
      notes.use(Interpretation.UNSTABLE_ACS_FLAGS);
      if (p.reperfusion() == null) {
        notes.use(Interpretation.REPERFUSION_ABSENT_NONE);
      }
    }

    ImagingCategories imaging = ImagingDerivation.derive(c, unknowns, notes);
    return new DerivedCase(
        c.request().procedure(), c.request().urgency(), setting, column, stress.risk(), stress.test(), therapy,
        lvFunction, lvef, anatomyCategories, burden, syntax, priorCabg != null, grafts, timing, instability, timi,
        p != null && Boolean.TRUE.equals(p.cardiogenicShock()),
        p != null && Boolean.TRUE.equals(p.persistentIschemicSymptoms()), reperfusion,
        targetRelation(c, acs, notes), span, phase, imaging, unknowns, notes.interpretations(), notes.warnings());
  }

  private static SymptomColumn column(Presentation p) {
    if (p == null || p.ccsClass() == null) {
      return null;
    }
    int ccs = p.ccsClass();
    return ccs == 0 ? SymptomColumn.ASYMPTOMATIC : ccs <= 2 ? SymptomColumn.CCS_I_II : SymptomColumn.CCS_III_IV;
  }

  private static TherapyLevel therapy(CaseFile c, DerivationNotes notes) {
    if (c.therapy() == null || c.therapy().antianginalClasses() == null) {
      return null;
    }
    notes.use(Interpretation.THERAPY_CLASS_COUNT);
    long classes = c.therapy().antianginalClasses().stream().distinct().count();
    return classes >= 2 ? TherapyLevel.MAXIMAL : TherapyLevel.NONE_OR_MINIMAL;
  }

  private static CadBurden cadBurden(AnatomyCategories anatomy, Integer syntax) {
    if ((anatomy != null && anatomy.anyCto()) || (syntax != null && syntax > SYNTAX_LOW_MAX)) {
      return CadBurden.HIGH;
    }
    return syntax != null ? CadBurden.LOW : null;
  }

  /**
   * SYNTAX is needed only where it chooses a method row (definitions.md): three-vessel disease, or left main with
   * one or two more territories; or when the anatomy itself is unknown.
   */
  private static boolean syntaxChoosesMethodRow(AnatomyCategories a) {
    return a == null || (!a.leftMain() && a.vessels() == 3) || (a.leftMain() && a.vessels() >= 1 && a.vessels() <= 2);
  }

  private static GraftCategories grafts(List<Graft> grafts, AnatomyCategories anatomy, DerivationNotes notes) {
    boolean svgDisease = false;
    boolean allPatent = true;
    Set<Territory> grafted = EnumSet.noneOf(Territory.class);
    for (Graft g : grafts) {
      boolean significant = g.stenosisPercent() >= 70;
      svgDisease |= significant && g.conduit() == Conduit.SVG;
      allPatent &= !significant;
      grafted.add(g.territory());
    }
    boolean ungrafted = false;
    for (Territory t : anatomy.significantTerritories()) {
      if (t == Territory.LEFT_MAIN) {
        notes.use(Interpretation.LEFT_MAIN_PROTECTED);
        ungrafted |= !grafted.contains(Territory.LAD) && !grafted.contains(Territory.LCX);
      } else {
        ungrafted |= !grafted.contains(t);
      }
    }
    return new GraftCategories(svgDisease, allPatent, ungrafted);
  }

  private static StemiTiming stemiTiming(Presentation p, DerivationNotes notes) {
    if (p == null || p.hoursSinceSymptomOnset() == null) {
      return null;
    }
    if (p.setting() == Setting.STEMI) {
      notes.use(Interpretation.STEMI_TIMING_BOUNDARIES);
    }
    double hours = p.hoursSinceSymptomOnset();
    return hours <= 12 ? StemiTiming.WITHIN_12H : hours <= 24 ? StemiTiming.FROM_12_TO_24H : StemiTiming.AFTER_24H;
  }

  private static Instability instability(Presentation p, List<String> undocumented) {
    Boolean[] flags = p == null ? new Boolean[5] : new Boolean[] {
        p.cardiogenicShock(), p.severeHeartFailure(), p.persistentIschemicSymptoms(), p.hemodynamicInstability(),
        p.electricalInstability()};
    String[] names = {"cardiogenicShock", "severeHeartFailure", "persistentIschemicSymptoms",
        "hemodynamicInstability", "electricalInstability"};
    boolean allFalse = true;
    for (int i = 0; i < flags.length; i++) {
      if (Boolean.TRUE.equals(flags[i])) {
        return Instability.PRESENT;
      }
      if (flags[i] == null) {
        allFalse = false;
        undocumented.add("presentation." + names[i]);
      }
    }
    return allFalse ? Instability.ABSENT : null;
  }

  private static AcsRisk timiRisk(Presentation p) {
    if (p == null || p.timiRiskScore() == null) {
      return null;
    }
    int timi = p.timiRiskScore();
    return timi <= 2 ? AcsRisk.LOW : timi <= 4 ? AcsRisk.INTERMEDIATE : AcsRisk.HIGH;
  }

  private static Set<Territory> arteries(List<Segment> segments) {
    Set<Territory> arteries = EnumSet.noneOf(Territory.class);
    segments.forEach(s -> arteries.add(s.territory()));
    return arteries;
  }

  private static TargetSpan targetSpan(CaseFile c) {
    List<Segment> targets = c.request().targets();
    if (targets == null || targets.isEmpty()) {
      return null;
    }
    return arteries(targets).size() >= 2 ? TargetSpan.MULTIPLE_ARTERIES : TargetSpan.SINGLE_ARTERY;
  }

  private static TargetRelation targetRelation(CaseFile c, boolean acs, DerivationNotes notes) {
    List<Segment> culprits = c.anatomy() == null || c.anatomy().lesions() == null ? List.of()
        : c.anatomy().lesions().stream().filter(l -> Boolean.TRUE.equals(l.culprit())).map(Lesion::segment).toList();
    List<Segment> targets = c.request().targets();
    if (culprits.isEmpty() || targets == null || targets.isEmpty()) {
      if (acs) {
        notes.use(Interpretation.CULPRIT_PRESUMED);
      }
      return TargetRelation.CULPRIT;
    }
    Set<Territory> culpritArteries = arteries(culprits);
    culpritArteries.retainAll(arteries(targets));
    return culpritArteries.isEmpty() ? TargetRelation.NON_CULPRIT : TargetRelation.CULPRIT;
  }
}
