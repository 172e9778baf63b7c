// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.engine.casefile.Anatomy;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.Presentation;
import org.crosscheck.engine.casefile.Reperfusion;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.facts.AcsRisk;
import org.crosscheck.engine.facts.CadBurden;
import org.crosscheck.engine.facts.HospitalPhase;
import org.crosscheck.engine.facts.Instability;
import org.crosscheck.engine.facts.LvFunction;
import org.crosscheck.engine.facts.StemiTiming;
import org.crosscheck.engine.facts.SymptomColumn;
import org.crosscheck.engine.facts.TherapyLevel;

/**
 * Derives the categories of the criteria from a validated case: the 2012 revascularization criteria
 * (definitions.md; anatomy in {@link AnatomyDerivation}, grafts in {@link GraftDerivation}, stress
 * tests in {@link NoninvasiveRiskDerivation}, acute coronary syndromes in {@link AcsDerivation})
 * and the imaging criteria ({@link ImagingDerivation}). Plain Java, no rules: its result is
 * reported in the output ({@code derived}) so that a reviewer sees what the rating used.
 */
public final class CaseDerivation {

  private static final int SYNTAX_LOW_MAX = 22;
  private static final int LV_NORMAL_MIN = 50;

  private CaseDerivation() {}

  public static DerivedCase derive(CaseFile c) {
    DerivationNotes notes = new DerivationNotes();
    List<UnknownItem> unknowns = new ArrayList<>();
    Presentation p = c.presentation();

    Setting setting = p == null ? null : p.setting();
    if (setting == null) {
      unknowns.add(UnknownItem.of(Category.SETTING));
    }
    SymptomColumn column = column(p);
    if (column == null) {
      unknowns.add(UnknownItem.of(Category.SYMPTOM_COLUMN));
    }

    NoninvasiveRiskDerivation.Result stress = NoninvasiveRiskDerivation.derive(c, notes);
    addIfUnknown(unknowns, stress.unknown());

    TherapyLevel therapy = therapy(c, notes);
    if (therapy == null) {
      unknowns.add(UnknownItem.of(Category.THERAPY));
    }

    Integer lvef =
        c.lvef() != null
            ? c.lvef()
            : stress.test() != null && stress.test().findings() != null
                ? stress.test().findings().restLvef()
                : null;
    LvFunction lvFunction =
        lvef == null ? null : lvef >= LV_NORMAL_MIN ? LvFunction.NORMAL : LvFunction.DEPRESSED;
    if (lvFunction == null) {
      unknowns.add(UnknownItem.of(Category.LV_FUNCTION));
    } else {
      notes.use(Interpretation.ABNORMAL_LV_BELOW_50);
    }

    Anatomy anatomy = c.anatomy();
    AnatomyDerivation.Result lesions =
        AnatomyDerivation.derive(anatomy, c.request().targets(), c.priorCabg(), notes);
    addIfUnknown(unknowns, lesions.unknown());
    Integer syntax = anatomy == null ? null : anatomy.syntaxScore();
    CadBurden burden = cadBurden(lesions.unknown() == null ? lesions.known() : null, syntax);
    if (burden == null && syntax == null) {
      unknowns.add(UnknownItem.of(Category.CAD_BURDEN));
    }

    GraftDerivation.Result grafts =
        c.priorCabg() == null
            ? new GraftDerivation.Result(null, null, null)
            : GraftDerivation.derive(c.priorCabg(), lesions, notes);
    addIfUnknown(unknowns, grafts.unknown());

    StemiTiming timing = AcsDerivation.stemiTiming(p, notes);
    if (timing == null) {
      unknowns.add(UnknownItem.of(Category.STEMI_TIMING));
    }
    Reperfusion reperfusion =
        p == null || p.reperfusion() == null ? Reperfusion.NONE : p.reperfusion();
    List<String> undocumentedFlags = new ArrayList<>();
    Instability instability = AcsDerivation.instability(p, reperfusion, undocumentedFlags);
    if (instability == null) {
      unknowns.add(UnknownItem.of(Category.INSTABILITY, undocumentedFlags));
    }
    AcsRisk timi = AcsDerivation.timiRisk(p);
    if (timi == null) {
      unknowns.add(UnknownItem.of(Category.TIMI_RISK));
    }
    HospitalPhase phase =
        p == null || p.duringIndexHospitalization() == null
            ? null
            : p.duringIndexHospitalization()
                ? HospitalPhase.INDEX_HOSPITALIZATION
                : HospitalPhase.AFTER_INDEX_HOSPITALIZATION;
    if (phase == null) {
      unknowns.add(UnknownItem.of(Category.HOSPITAL_PHASE));
    }
    boolean acs = setting != null && setting != Setting.STABLE;
    if (acs) {
      notes.use(Interpretation.UNSTABLE_ACS_FLAGS);
      if (p.reperfusion() == null) {
        notes.use(Interpretation.REPERFUSION_ABSENT_NONE);
      }
    }
    AcsDerivation.TargetCheck targets = AcsDerivation.targetLesions(c);
    targets
        .withoutLesion()
        .forEach(t -> notes.warn(t + ": no lesion is documented in this segment"));

    ImagingCategories imaging = ImagingDerivation.derive(c, unknowns, notes);
    unknowns.sort(Comparator.comparing(UnknownItem::category));
    return new DerivedCase(
        c.request().procedure(),
        c.request().urgency(),
        setting,
        column,
        stress.risk(),
        stress.test(),
        therapy,
        lvFunction,
        lvef,
        lesions.known(),
        burden,
        syntax,
        c.priorCabg() != null,
        grafts.known(),
        grafts.grafts(),
        timing,
        instability,
        AcsDerivation.anyFlagTrue(p),
        timi,
        p != null && Boolean.TRUE.equals(p.cardiogenicShock()),
        p != null && Boolean.TRUE.equals(p.persistentIschemicSymptoms()),
        reperfusion,
        AcsDerivation.targetRelation(c, reperfusion, acs, notes),
        AcsDerivation.targetSpan(c),
        c.request().targets(),
        targets.known(),
        targets.withoutLesion(),
        phase,
        imaging,
        lesions.tooMany(),
        unknowns,
        notes.interpretations(),
        notes.warnings());
  }

  /**
   * The CAD burden of the method rows (interpretation METHOD_ROWS_WORDING): high with a CTO or a
   * SYNTAX score of 23 or more, low with a SYNTAX score of 22 or less and no CTO; null when that is
   * not known.
   */
  public static CadBurden cadBurden(AnatomyCategories anatomy, Integer syntax) {
    if ((anatomy != null && anatomy.anyCto()) || (syntax != null && syntax > SYNTAX_LOW_MAX)) {
      return CadBurden.HIGH;
    }
    return syntax != null && anatomy != null ? CadBurden.LOW : null;
  }

  private static void addIfUnknown(List<UnknownItem> unknowns, UnknownItem item) {
    if (item != null) {
      unknowns.add(item);
    }
  }

  private static SymptomColumn column(Presentation p) {
    if (p == null || p.ccsClass() == null) {
      return null;
    }
    int ccs = p.ccsClass();
    return ccs == 0
        ? SymptomColumn.ASYMPTOMATIC
        : ccs <= 2 ? SymptomColumn.CCS_I_II : SymptomColumn.CCS_III_IV;
  }

  private static TherapyLevel therapy(CaseFile c, DerivationNotes notes) {
    if (c.therapy() == null || c.therapy().antianginalClasses() == null) {
      return null;
    }
    notes.use(Interpretation.THERAPY_CLASS_COUNT);
    long classes = c.therapy().antianginalClasses().stream().distinct().count();
    return classes >= 2 ? TherapyLevel.MAXIMAL : TherapyLevel.NONE_OR_MINIMAL;
  }
}
