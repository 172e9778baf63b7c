// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.bench;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.casefile.Reperfusion;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.casefile.Urgency;
import org.crosscheck.engine.facts.AcsRisk;
import org.crosscheck.engine.facts.CadBurden;
import org.crosscheck.engine.facts.HospitalPhase;
import org.crosscheck.engine.facts.Instability;
import org.crosscheck.engine.facts.LvFunction;
import org.crosscheck.engine.facts.NoninvasiveRisk;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.facts.StemiTiming;
import org.crosscheck.engine.facts.TargetRelation;
import org.crosscheck.engine.facts.TargetSpan;
import org.crosscheck.engine.facts.TherapyLevel;

/**
 * The 2012 table lookup written by hand in plain Java, from definitions.md, without Drools: the
 * practical speed limit of the lookup (a benchmark baseline) and a test oracle for the decision
 * tables (HandCodedOracleTest). Returns the matched cells as {@code indication/column}.
 */
public final class HandCodedRevasc2012 {

  private HandCodedRevasc2012() {}

  public static List<String> cells(Scenario s) {
    List<String> out = new ArrayList<>(4);
    if ((s.procedure() != Procedure.PCI && s.procedure() != Procedure.CABG)
        || s.setting() == null) {
      return out;
    }
    if (s.setting() == Setting.STABLE) {
      if (s.priorCabg()) {
        table3(s, out);
      } else {
        table2(s, out);
        method(s, out);
      }
    } else {
      table1(s, out);
    }
    return out;
  }

  private static void table1(Scenario s, List<String> out) {
    boolean stemi = s.setting() == Setting.STEMI;
    boolean nstemi = s.setting() == Setting.NSTEMI;
    boolean uaNstemi = nstemi || s.setting() == Setting.UNSTABLE_ANGINA;
    boolean notReperfused =
        s.reperfusion() == Reperfusion.NONE || s.reperfusion() == Reperfusion.FIBRINOLYSIS_FAILED;
    boolean lysed = s.reperfusion() == Reperfusion.FIBRINOLYSIS_SUCCESSFUL;
    boolean absent = s.instability() == Instability.ABSENT;
    boolean present = s.instability() == Instability.PRESENT;
    if (stemi && notReperfused) {
      add(
          out,
          s.stemiTiming() == StemiTiming.WITHIN_12H && s.target() == TargetRelation.CULPRIT,
          "1/ANY");
      add(out, s.stemiTiming() == StemiTiming.FROM_12_TO_24H && present, "2/ANY");
      add(
          out,
          (s.stemiTiming() == StemiTiming.FROM_12_TO_24H
                  || s.stemiTiming() == StemiTiming.AFTER_24H)
              && absent,
          "3/ANY");
    }
    if (stemi && lysed) {
      add(out, present && s.vessels() == 1 && !s.leftMain(), "4/ANY");
      add(
          out,
          absent && s.lvFunction() == LvFunction.NORMAL && s.vessels() == 1 && !s.leftMain(),
          "5/ANY");
      add(
          out,
          absent
              && s.lvFunction() == LvFunction.DEPRESSED
              && s.vessels() == 3
              && !s.leftMain()
              && (s.urgency() == Urgency.ELECTIVE || s.urgency() == Urgency.URGENT),
          "6/ANY");
    }
    add(
        out,
        stemi
            && (s.reperfusion() == Reperfusion.PRIMARY_PCI || lysed)
            && absent
            && s.lvFunction() == LvFunction.NORMAL
            && s.target() == TargetRelation.NON_CULPRIT
            && s.phase() == HospitalPhase.INDEX_HOSPITALIZATION,
        "7/ANY");
    add(
        out,
        (stemi || nstemi)
            && s.reperfusion() == Reperfusion.PRIMARY_PCI
            && s.target() == TargetRelation.NON_CULPRIT
            && s.phase() == HospitalPhase.AFTER_INDEX_HOSPITALIZATION
            && s.recurrentIschemia(),
        "8/ANY");
    boolean beforePci = s.reperfusion() == Reperfusion.NONE;
    if (uaNstemi
        && beforePci
        && s.target() == TargetRelation.CULPRIT
        && s.targetSpan() != TargetSpan.MULTIPLE_ARTERIES) {
      add(out, s.acsRisk() == AcsRisk.LOW, "9/ANY");
      add(out, s.acsRisk() == AcsRisk.INTERMEDIATE, "10/ANY");
      add(out, s.acsRisk() == AcsRisk.HIGH, "11/ANY");
    }
    add(
        out,
        uaNstemi
            && beforePci
            && s.acsRisk() == AcsRisk.HIGH
            && s.targetSpan() == TargetSpan.MULTIPLE_ARTERIES,
        "12/ANY");
    add(out, (stemi || nstemi) && s.shock(), "13/ANY");
  }

  /**
   * Offset 0-5 of a risk x therapy group (low/none, low/max, int/none, int/max, high/none,
   * high/max), or -1.
   */
  private static int riskTherapy(Scenario s) {
    int risk =
        s.risk() == NoninvasiveRisk.LOW
            ? 0
            : s.risk() == NoninvasiveRisk.INTERMEDIATE
                ? 1
                : s.risk() == NoninvasiveRisk.HIGH ? 2 : -1;
    if (risk < 0 || s.therapy() == null) {
      return -1;
    }
    return risk * 2 + (s.therapy() == TherapyLevel.MAXIMAL ? 1 : 0);
  }

  private static void table2(Scenario s, List<String> out) {
    String col = "/" + s.column();
    if (s.column() == null) {
      return;
    }
    if (s.leftMain()) {
      out.add("49" + col);
      return;
    }
    int rt = riskTherapy(s);
    boolean oneOrTwo = s.vessels() == 1 || s.vessels() == 2;
    if (oneOrTwo && !s.proximalLad()) {
      add(out, rt >= 0, (14 + rt) + col);
      add(out, s.risk() == NoninvasiveRisk.NONE_PERFORMED, "20" + col);
    }
    boolean noTestOrEquivocal =
        s.risk() == NoninvasiveRisk.NONE_PERFORMED || s.risk() == NoninvasiveRisk.EQUIVOCAL;
    if (s.vesselsWithBorderline() == 1 || s.vesselsWithBorderline() == 2) {
      add(out, s.borderlineUnevaluated() && s.risk() == NoninvasiveRisk.NONE_PERFORMED, "21" + col);
      add(out, s.borderlineFfrSignificant() && noTestOrEquivocal, "22" + col);
      add(out, s.borderlineFfrNotSignificant() && noTestOrEquivocal, "23" + col);
    }
    add(out, s.singleCto() && rt >= 0, (24 + rt) + col);
    add(out, s.vessels() == 1 && s.proximalLad() && rt >= 0, (30 + rt) + col);
    add(out, s.vessels() == 2 && s.proximalLad() && rt >= 0, (36 + rt) + col);
    if (s.vessels() == 3) {
      add(out, rt == 0 && s.lvFunction() == LvFunction.NORMAL, "42" + col);
      add(out, rt == 1 && s.lvFunction() == LvFunction.NORMAL, "43" + col);
      add(out, rt >= 2, (42 + rt) + col);
      add(out, s.lvFunction() == LvFunction.DEPRESSED, "48" + col);
    }
  }

  private static void table3(Scenario s, List<String> out) {
    String col = "/" + s.column();
    int rt = riskTherapy(s);
    if (s.column() == null || rt < 0) {
      return;
    }
    boolean lowNeedsNormalLv = rt >= 2 || s.lvFunction() == LvFunction.NORMAL;
    add(out, s.svgDisease() && lowNeedsNormalLv, (50 + rt) + col);
    add(
        out,
        s.allGraftsPatent() && s.ungraftedNativeDisease() && lowNeedsNormalLv,
        (56 + rt) + col);
  }

  private static void method(Scenario s, List<String> out) {
    if (!s.leftMain()) {
      add(out, s.vessels() == 2 && s.proximalLad(), "62/ANY");
      add(out, s.vessels() == 3 && s.cadBurden() == CadBurden.LOW, "63/ANY");
      add(out, s.vessels() == 3 && s.cadBurden() == CadBurden.HIGH, "64/ANY");
    } else {
      add(out, s.vessels() == 0, "65/ANY");
      add(out, (s.vessels() == 1 || s.vessels() == 2) && s.cadBurden() == CadBurden.LOW, "66/ANY");
      add(out, s.vessels() >= 1 && (s.vessels() == 3 || s.cadBurden() == CadBurden.HIGH), "67/ANY");
    }
  }

  private static void add(List<String> out, boolean condition, String cell) {
    if (condition) {
      out.add(cell);
    }
  }
}
