// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.Lesion;
import org.crosscheck.engine.casefile.Presentation;
import org.crosscheck.engine.casefile.Reperfusion;
import org.crosscheck.engine.casefile.Segment;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.casefile.Territory;
import org.crosscheck.engine.facts.AcsRisk;
import org.crosscheck.engine.facts.Instability;
import org.crosscheck.engine.facts.StemiTiming;
import org.crosscheck.engine.facts.TargetLesions;
import org.crosscheck.engine.facts.TargetRelation;
import org.crosscheck.engine.facts.TargetSpan;

/**
 * The acute-coronary-syndrome categories of Table 1 (definitions.md, "Acute coronary syndromes" and
 * its continuation): STEMI timing, instability, UA/NSTEMI risk, the targets' span and their
 * relation to the culprit.
 */
final class AcsDerivation {

  /** A presence flag of {@code presentation}: counts when documented true. */
  enum Flag {
    CARDIOGENIC_SHOCK("cardiogenicShock"),
    SEVERE_HEART_FAILURE("severeHeartFailure"),
    PERSISTENT_ISCHEMIC_SYMPTOMS("persistentIschemicSymptoms"),
    HEMODYNAMIC_INSTABILITY("hemodynamicInstability"),
    ELECTRICAL_INSTABILITY("electricalInstability");

    final String field;

    Flag(String field) {
      this.field = field;
    }

    Boolean of(Presentation p) {
      return switch (this) {
        case CARDIOGENIC_SHOCK -> p.cardiogenicShock();
        case SEVERE_HEART_FAILURE -> p.severeHeartFailure();
        case PERSISTENT_ISCHEMIC_SYMPTOMS -> p.persistentIschemicSymptoms();
        case HEMODYNAMIC_INSTABILITY -> p.hemodynamicInstability();
        case ELECTRICAL_INSTABILITY -> p.electricalInstability();
      };
    }
  }

  /**
   * The flags a STEMI row that requires the absence of instability names (interpretation
   * ASYMPTOMATIC_ACS_NO_INSTABILITY): row 3 (before reperfusion) "asymptomatic; no hemodynamic
   * instability and no electrical instability"; rows 5-7 (after reperfusion) "asymptomatic; no HF,
   * no recurrent ischemic symptoms, no unstable ventricular arrhythmias".
   */
  static Set<Flag> namedByAbsenceRows(Reperfusion reperfusion) {
    return reperfusion == Reperfusion.FIBRINOLYSIS_SUCCESSFUL
            || reperfusion == Reperfusion.PRIMARY_PCI
        ? EnumSet.of(
            Flag.SEVERE_HEART_FAILURE,
            Flag.PERSISTENT_ISCHEMIC_SYMPTOMS,
            Flag.ELECTRICAL_INSTABILITY)
        : EnumSet.of(
            Flag.PERSISTENT_ISCHEMIC_SYMPTOMS,
            Flag.HEMODYNAMIC_INSTABILITY,
            Flag.ELECTRICAL_INSTABILITY);
  }

  private AcsDerivation() {}

  static boolean anyFlagTrue(Presentation p) {
    if (p == null) {
      return false;
    }
    for (Flag f : Flag.values()) {
      if (Boolean.TRUE.equals(f.of(p))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Instability: PRESENT when a flag is documented true; ABSENT when none is and the flags the
   * absence rows name are documented false; otherwise unknown, its missing data the undocumented
   * named flags. Only the STEMI rows test it (UA/NSTEMI rows use the risk, where only documented
   * flags count).
   */
  static Instability instability(
      Presentation p, Reperfusion reperfusion, List<String> undocumented) {
    if (anyFlagTrue(p)) {
      return Instability.PRESENT;
    }
    for (Flag f : namedByAbsenceRows(reperfusion)) {
      if (p == null || f.of(p) == null) {
        undocumented.add("presentation." + f.field);
      }
    }
    return undocumented.isEmpty() ? Instability.ABSENT : null;
  }

  /**
   * UA/NSTEMI risk from the TIMI score alone (interpretation TIMI_RISK_BANDS); null when not
   * documented.
   */
  static AcsRisk timiRisk(Presentation p) {
    if (p == null || p.timiRiskScore() == null) {
      return null;
    }
    int timi = p.timiRiskScore();
    return timi <= 2 ? AcsRisk.LOW : timi <= 4 ? AcsRisk.INTERMEDIATE : AcsRisk.HIGH;
  }

  /**
   * The UA/NSTEMI risk: high with documented instability or shock, else the TIMI band (null when
   * unknown).
   */
  static AcsRisk acsRisk(Instability instability, boolean shock, AcsRisk timi) {
    return instability == Instability.PRESENT || shock ? AcsRisk.HIGH : timi;
  }

  static StemiTiming stemiTiming(Presentation p, DerivationNotes notes) {
    if (p == null || p.hoursSinceSymptomOnset() == null) {
      return null;
    }
    if (p.setting() == Setting.STEMI) {
      notes.use(Interpretation.STEMI_TIMING_BOUNDARIES);
    }
    double hours = p.hoursSinceSymptomOnset();
    return hours <= 12
        ? StemiTiming.WITHIN_12H
        : hours <= 24 ? StemiTiming.FROM_12_TO_24H : StemiTiming.AFTER_24H;
  }

  /**
   * Targets in one territory, in several, or none named (rows 9-11 then rate the presumed culprit
   * artery).
   */
  static TargetSpan targetSpan(CaseFile c) {
    List<Segment> targets = c.request().targets();
    if (targets == null || targets.isEmpty()) {
      return TargetSpan.NOT_STATED;
    }
    return arteries(targets).size() >= 2 ? TargetSpan.MULTIPLE_ARTERIES : TargetSpan.SINGLE_ARTERY;
  }

  /**
   * Whether the request revascularizes the culprit artery. Before reperfusion (rows 1, 9-12) the
   * culprit is presumed among the targets unless a lesion is marked culprit and no target lies in
   * its artery (CULPRIT_PRESUMED). After primary PCI or successful fibrinolysis (rows 7-8, which
   * rate the other arteries), a request whose targets include the segment of a lesion marked
   * culprit concerns the culprit; otherwise the targets are read as non-culprit arteries
   * (NON_CULPRIT_AFTER_REPERFUSION).
   */
  static TargetRelation targetRelation(
      CaseFile c, Reperfusion reperfusion, boolean acs, DerivationNotes notes) {
    List<Lesion> lesions =
        c.anatomy() == null || c.anatomy().lesions() == null ? List.of() : c.anatomy().lesions();
    Set<Segment> culprits = EnumSet.noneOf(Segment.class);
    for (Lesion l : lesions) {
      if (Boolean.TRUE.equals(l.culprit())) {
        if (l.segment() == null) {
          return null;
        }
        culprits.add(l.segment());
      }
    }
    return targetRelation(
        c.request().targets(), culprits, reperfusion, acs ? notes : DerivationNotes.DISCARDED);
  }

  /**
   * The relation of the targets to the culprit lesions' segments (documented, or of an anatomy
   * variant).
   */
  static TargetRelation targetRelation(
      List<Segment> targetList,
      Set<Segment> culprits,
      Reperfusion reperfusion,
      DerivationNotes notes) {
    List<Segment> targets = targetList == null ? List.of() : targetList;
    if (reperfusion == Reperfusion.PRIMARY_PCI
        || reperfusion == Reperfusion.FIBRINOLYSIS_SUCCESSFUL) {
      for (Segment target : targets) {
        if (culprits.contains(target)) {
          return TargetRelation.CULPRIT;
        }
      }
      if (culprits.isEmpty()) {
        notes.use(Interpretation.NON_CULPRIT_AFTER_REPERFUSION);
      }
      return TargetRelation.NON_CULPRIT;
    }
    if (culprits.isEmpty() || targets.isEmpty()) {
      notes.use(Interpretation.CULPRIT_PRESUMED);
      return TargetRelation.CULPRIT;
    }
    Set<Territory> culpritArteries = arteries(List.copyOf(culprits));
    culpritArteries.retainAll(arteries(targets));
    return culpritArteries.isEmpty() ? TargetRelation.NON_CULPRIT : TargetRelation.CULPRIT;
  }

  /**
   * Whether every requested target segment has a documented lesion: {@code withoutLesion} names the
   * targets that have none among the lesions whose segment is documented ("request.targets[i]
   * SEGMENT"); {@code known} is null when the lesions are not documented or some lesion's segment
   * is not: each anatomy variant then settles it ({@link #targetLesions(List, Set)}).
   */
  record TargetCheck(TargetLesions known, List<String> withoutLesion) {}

  static TargetCheck targetLesions(CaseFile c) {
    List<Segment> targets = c.request().targets();
    if (targets == null || targets.isEmpty()) {
      return new TargetCheck(TargetLesions.ALL_DOCUMENTED, List.of());
    }
    if (c.anatomy() == null || c.anatomy().lesions() == null) {
      return new TargetCheck(null, List.of());
    }
    List<Lesion> lesions = c.anatomy().lesions();
    List<String> without = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Segment target = targets.get(i);
      if (lesions.stream().noneMatch(l -> l.segment() == target)) {
        without.add("request.targets[" + i + "] " + target.name());
      }
    }
    if (without.isEmpty()) {
      return new TargetCheck(TargetLesions.ALL_DOCUMENTED, List.of());
    }
    boolean segmentsUnknown = lesions.stream().anyMatch(l -> l.segment() == null);
    return new TargetCheck(segmentsUnknown ? null : TargetLesions.SOME_WITHOUT_LESION, without);
  }

  /** The check against the lesion segments of an anatomy (documented or a variant). */
  static TargetLesions targetLesions(List<Segment> targets, Set<Segment> lesionSegments) {
    return targets == null || lesionSegments.containsAll(targets)
        ? TargetLesions.ALL_DOCUMENTED
        : TargetLesions.SOME_WITHOUT_LESION;
  }

  private static Set<Territory> arteries(List<Segment> segments) {
    Set<Territory> arteries = EnumSet.noneOf(Territory.class);
    segments.forEach(s -> arteries.add(s.territory()));
    return arteries;
  }
}
