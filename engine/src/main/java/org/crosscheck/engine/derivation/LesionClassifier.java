// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.engine.casefile.Lesion;
import org.crosscheck.engine.casefile.Segment;
import org.crosscheck.engine.casefile.Territory;

/**
 * Classifies native coronary lesions and counts diseased territories (definitions.md, "Significant
 * stenosis and vessel count" and "Resolved interpretations: Anatomy").
 */
final class LesionClassifier {

  static final double FFR_THRESHOLD = 0.80;

  enum LesionClass {
    SIGNIFICANT,
    /** 50-60% without FFR/IVUS. */
    BORDERLINE_UNEVALUATED,
    /** 61-69% without FFR/IVUS: ignored. */
    UNEVALUATED_61_69,
    NOT_SIGNIFICANT
  }

  private LesionClassifier() {}

  /**
   * True when FFR <= 0.80 or IVUS significant; false when FFR > 0.80 or IVUS not significant; null
   * when neither was done.
   */
  static Boolean physiologicallySignificant(Lesion lesion) {
    boolean ffrDone = lesion.ffr() != null;
    if ((ffrDone && lesion.ffr() <= FFR_THRESHOLD)
        || Boolean.TRUE.equals(lesion.ivusSignificant())) {
      return Boolean.TRUE;
    }
    if (ffrDone || Boolean.FALSE.equals(lesion.ivusSignificant())) {
      return Boolean.FALSE;
    }
    return null;
  }

  static boolean isBorderline(Lesion lesion) {
    return lesion.segment() != Segment.LEFT_MAIN
        && !lesion.isCto()
        && lesion.stenosisPercent() != null
        && lesion.stenosisPercent() >= 50
        && lesion.stenosisPercent() <= 60;
  }

  static LesionClass classify(Lesion lesion) {
    if (lesion.isCto()) {
      return LesionClass.SIGNIFICANT;
    }
    int pct = lesion.stenosisPercent();
    Boolean physio = physiologicallySignificant(lesion);
    int anatomicThreshold = lesion.segment() == Segment.LEFT_MAIN ? 50 : 70;
    if (pct >= 70 || (pct >= anatomicThreshold && physio != Boolean.FALSE)) {
      return LesionClass.SIGNIFICANT;
    }
    if (physio != null) {
      return physio ? LesionClass.SIGNIFICANT : LesionClass.NOT_SIGNIFICANT;
    }
    if (isBorderline(lesion)) {
      return LesionClass.BORDERLINE_UNEVALUATED;
    }
    return pct >= 61 && lesion.segment() != Segment.LEFT_MAIN
        ? LesionClass.UNEVALUATED_61_69
        : LesionClass.NOT_SIGNIFICANT;
  }

  /**
   * Derives the anatomic categories of lesions whose segment and severity are all known. Adds the
   * interpretations used and the warnings to {@code notes}, except for the lesions in {@code
   * assumed} (values put in place of unknown ones, which a case did not document).
   */
  static AnatomyCategories categorize(
      List<Lesion> lesions, DerivationNotes notes, Set<Integer> assumed) {
    Set<Territory> significant = EnumSet.noneOf(Territory.class);
    Set<Territory> withBorderline = EnumSet.noneOf(Territory.class);
    boolean proximalLad = false;
    boolean unevaluated = false;
    boolean ffrSignificant = false;
    boolean ffrNotSignificant = false;
    int ctoCount = 0;
    if (lesions.size() > assumed.size()) {
      notes.use(Interpretation.SIGNIFICANT_STENOSIS);
    }
    for (int i = 0; i < lesions.size(); i++) {
      Lesion lesion = lesions.get(i);
      DerivationNotes lesionNotes = assumed.contains(i) ? DerivationNotes.DISCARDED : notes;
      LesionClass cls = classify(lesion);
      Territory territory = lesion.segment().territory();
      if (lesion.isCto()) {
        ctoCount++;
        lesionNotes.use(Interpretation.CTO_DURATION_ASSERTED);
      }
      if (cls == LesionClass.SIGNIFICANT) {
        significant.add(territory);
        withBorderline.add(territory);
        proximalLad |= lesion.segment() == Segment.LAD_PROXIMAL;
      }
      if (!lesion.isCto()
          && lesion.stenosisPercent() >= 70
          && physiologicallySignificant(lesion) == Boolean.FALSE) {
        lesionNotes.warn(
            "anatomy.lesions["
                + i
                + "]: a "
                + lesion.stenosisPercent()
                + "% stenosis stays significant although FFR/IVUS is not significant");
      }
      if (isBorderline(lesion)) {
        lesionNotes.use(Interpretation.BORDERLINE_50_60);
        withBorderline.add(territory);
        Boolean physio = physiologicallySignificant(lesion);
        unevaluated |= physio == null;
        ffrSignificant |= physio == Boolean.TRUE;
        ffrNotSignificant |= physio == Boolean.FALSE;
      }
      if (cls == LesionClass.UNEVALUATED_61_69) {
        lesionNotes.use(Interpretation.LESION_61_69_UNEVALUATED_IGNORED);
        lesionNotes.warn(
            "anatomy.lesions["
                + i
                + "]: a "
                + lesion.stenosisPercent()
                + "% stenosis without FFR or IVUS is neither significant nor borderline; it is ignored");
      }
    }
    boolean singleCto = ctoCount == 1 && otherLesionsClear(lesions);
    boolean leftMain = significant.contains(Territory.LEFT_MAIN);
    Set<Segment> segments = EnumSet.noneOf(Segment.class);
    Set<Segment> culprits = EnumSet.noneOf(Segment.class);
    for (Lesion l : lesions) {
      segments.add(l.segment());
      if (Boolean.TRUE.equals(l.culprit())) {
        culprits.add(l.segment());
      }
    }
    return new AnatomyCategories(
        countVessels(significant),
        proximalLad,
        leftMain,
        singleCto,
        ctoCount > 0,
        countVessels(withBorderline),
        unevaluated,
        ffrSignificant,
        ffrNotSignificant,
        significant,
        segments,
        culprits);
  }

  /** "Without other coronary stenoses": every non-CTO lesion is below 50% and not significant. */
  private static boolean otherLesionsClear(List<Lesion> lesions) {
    for (Lesion l : lesions) {
      if (!l.isCto() && (l.stenosisPercent() >= 50 || classify(l) == LesionClass.SIGNIFICANT)) {
        return false;
      }
    }
    return true;
  }

  private static int countVessels(Set<Territory> territories) {
    return territories.contains(Territory.LEFT_MAIN) ? territories.size() - 1 : territories.size();
  }
}
