// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.engine.casefile.Anatomy;
import org.crosscheck.engine.casefile.Lesion;
import org.crosscheck.engine.casefile.PriorCabg;
import org.crosscheck.engine.casefile.Segment;
import org.crosscheck.engine.casefile.Territory;

/**
 * The anatomic categories of a case (definitions.md, "Significant stenosis and vessel count",
 * "Incomplete items"): known when every lesion's segment and severity are documented; otherwise the
 * variants that the documented lesions allow, each lesion of unknown severity (or segment, or CTO
 * status) taking each of a few representative values. Lesions list absent: the representative
 * anatomies of {@link AnatomyPattern}.
 */
final class AnatomyDerivation {

  /**
   * Beyond this many combinations of unknown lesion values the anatomy is not enumerated: the case
   * pends on every unknown (the representative anatomies would drop what the documented lesions
   * say: their segments, culprits).
   */
  static final int MAX_VARIANTS = 1024;

  /**
   * The anatomy of a case: {@code known} when settled, else {@code unknown} (with its variants as
   * values). {@code lesions} are the documented lesions (null when the list is absent).
   */
  record Result(
      AnatomyCategories known, UnknownItem unknown, List<Lesion> lesions, boolean tooMany) {

    Result(AnatomyCategories known, UnknownItem unknown, List<Lesion> lesions) {
      this(known, unknown, lesions, false);
    }
  }

  /**
   * A value a lesion may take in place of an unknown one: the lesion as assumed and its wording.
   */
  private record Option(Lesion lesion, String label) {}

  private AnatomyDerivation() {}

  static Result derive(
      Anatomy anatomy, List<Segment> targets, PriorCabg priorCabg, DerivationNotes notes) {
    if (anatomy == null || anatomy.lesions() == null) {
      String path = anatomy == null ? "anatomy" : "anatomy.lesions";
      notes.use(Interpretation.ANATOMY_PATTERN_WHAT_IF);
      List<AnatomyValue> representative = priorCabgPatterns(priorCabg);
      return new Result(
          null,
          new UnknownItem(
              Category.ANATOMY,
              List.of(path),
              withTargets(
                  representative != null ? representative : List.of(AnatomyPattern.values()),
                  targets)),
          null);
    }
    List<Lesion> lesions = anatomy.lesions();
    List<Integer> open = new ArrayList<>();
    List<List<Option>> options = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    long combinations = 1;
    for (int i = 0; i < lesions.size(); i++) {
      List<Option> lesionOptions = options(lesions.get(i), i, targets, paths);
      if (!lesionOptions.isEmpty()) {
        open.add(i);
        options.add(lesionOptions);
        combinations *= lesionOptions.size();
      }
    }
    if (open.isEmpty()) {
      return new Result(LesionClassifier.categorize(lesions, notes, Set.of()), null, lesions);
    }
    documentedNotes(lesions, open, options, notes);
    if (combinations > MAX_VARIANTS) {
      return new Result(
          null, new UnknownItem(Category.ANATOMY, paths, Category.ANATOMY.domain()), lesions, true);
    }
    Map<AnatomyCategories, AnatomyVariant> variants = new LinkedHashMap<>();
    for (List<Option> choice : cartesian(options)) {
      List<Lesion> assumed = new ArrayList<>(lesions);
      List<String> labels = new ArrayList<>();
      for (int k = 0; k < open.size(); k++) {
        assumed.set(open.get(k), choice.get(k).lesion());
        labels.add(choice.get(k).label());
      }
      AnatomyCategories categories =
          LesionClassifier.categorize(assumed, DerivationNotes.DISCARDED, Set.copyOf(open));
      String label = String.join("; ", labels);
      variants.merge(
          categories,
          new AnatomyVariant(label, categories),
          (a, b) -> new AnatomyVariant(orLabel(a.label(), b.label()), categories));
    }
    if (variants.size() == 1) {
      return new Result(variants.keySet().iterator().next(), null, lesions);
    }
    return new Result(
        null, new UnknownItem(Category.ANATOMY, paths, List.copyOf(variants.values())), lesions);
  }

  /**
   * With requested targets, each representative anatomy with a lesion at every target and with a
   * target that has none (what the review policy checks), since documenting the lesions settles
   * both.
   */
  private static List<Object> withTargets(
      List<? extends AnatomyValue> representative, List<Segment> targets) {
    if (targets == null || targets.isEmpty()) {
      return List.copyOf(representative);
    }
    List<Object> out = new ArrayList<>();
    for (AnatomyValue p : representative) {
      out.add(
          new AnatomyVariant(
              p.label() + "; a lesion at every requested target",
              p.categories().withLesionSegments(Set.copyOf(targets))));
      out.add(
          new AnatomyVariant(
              p.label() + "; a requested target without a lesion",
              p.categories().withLesionSegments(Set.of())));
    }
    return out;
  }

  /**
   * After CABG with documented grafts, Table 3 asks of the native arteries only whether a
   * significant stenosis lies in a territory no graft reaches: the representative anatomies are no
   * significant disease, disease in a grafted territory only, and disease in an ungrafted one
   * (those that exist). Null when the grafts do not tell.
   */
  private static List<AnatomyValue> priorCabgPatterns(PriorCabg cabg) {
    if (cabg == null
        || cabg.grafts() == null
        || cabg.grafts().stream().anyMatch(g -> g.territory() == null)) {
      return null;
    }
    Set<Territory> grafted = java.util.EnumSet.noneOf(Territory.class);
    cabg.grafts().forEach(g -> grafted.add(g.territory()));
    List<AnatomyValue> out = new ArrayList<>();
    out.add(AnatomyPattern.NO_SIGNIFICANT_DISEASE);
    for (Territory t : List.of(Territory.LAD, Territory.LCX, Territory.RCA)) {
      if (grafted.contains(t)) {
        out.add(variant("significant native disease in grafted territories only", t));
        break;
      }
    }
    for (Territory t : List.of(Territory.LAD, Territory.LCX, Territory.RCA)) {
      if (!grafted.contains(t)) {
        out.add(variant("a significant native stenosis in a territory no graft reaches", t));
        break;
      }
    }
    return out;
  }

  private static AnatomyVariant variant(String label, Territory territory) {
    Segment segment =
        territory == Territory.LAD
            ? Segment.LAD_MID
            : territory == Territory.LCX ? Segment.LCX_PROXIMAL : Segment.RCA_MID;
    return new AnatomyVariant(
        label,
        LesionClassifier.categorize(
            List.of(new Lesion(segment, 85, null, null, false, null)),
            DerivationNotes.DISCARDED,
            Set.of()));
  }

  /** "the X lesion: below 50%" or "the X lesion: 61-69%" -> "the X lesion: below 50% or 61-69%". */
  static String orLabel(String a, String b) {
    int colonA = a.lastIndexOf(": ");
    int colonB = b.lastIndexOf(": ");
    if (colonA > 0
        && colonB > 0
        && !a.contains("; ")
        && a.substring(0, colonA).equals(b.substring(0, colonB))) {
      return a + " or " + b.substring(colonB + 2);
    }
    return a + ", or " + b;
  }

  /**
   * The interpretations and warnings of the lesions as documented (one variant's notes, unknown
   * lesions apart).
   */
  private static void documentedNotes(
      List<Lesion> lesions, List<Integer> open, List<List<Option>> options, DerivationNotes notes) {
    List<Lesion> first = new ArrayList<>(lesions);
    for (int k = 0; k < open.size(); k++) {
      first.set(open.get(k), options.get(k).get(0).lesion());
    }
    LesionClassifier.categorize(first, notes, Set.copyOf(open));
  }

  /**
   * The values an incompletely documented lesion may take (none when it is complete): an unknown
   * segment takes the left main, the proximal LAD, another LAD segment, the circumflex, the RCA and
   * each requested target segment; an unknown severity the bands the criteria distinguish; a 100%
   * lesion not flagged as a CTO, a CTO or not.
   */
  private static List<Option> options(
      Lesion l, int index, List<Segment> targets, List<String> paths) {
    String at = "anatomy.lesions[" + index + "]";
    List<Lesion> bySegment = new ArrayList<>();
    List<String> segmentLabels = new ArrayList<>();
    if (l.segment() == null) {
      paths.add(at + ".segment");
      java.util.Set<Segment> segments =
          new java.util.LinkedHashSet<>(
              List.of(
                  Segment.LEFT_MAIN,
                  Segment.LAD_PROXIMAL,
                  Segment.LAD_MID,
                  Segment.LCX_PROXIMAL,
                  Segment.RCA_MID));
      if (targets != null) {
        segments.addAll(targets);
      }
      for (Segment s : segments) {
        bySegment.add(
            new Lesion(
                s,
                l.stenosisPercent(),
                l.ffr(),
                l.ivusSignificant(),
                l.chronicTotalOcclusion(),
                l.culprit()));
        segmentLabels.add("a lesion (" + at + ") in the " + s.name());
      }
    } else {
      bySegment.add(l);
      segmentLabels.add("the " + l.segment().name() + " lesion (" + at + ")");
    }
    boolean severityUnknown = !l.isCto() && l.stenosisPercent() == null;
    boolean ctoUnknown =
        l.chronicTotalOcclusion() == null && Integer.valueOf(100).equals(l.stenosisPercent());
    if (severityUnknown) {
      paths.add(at + ".stenosisPercent");
    } else if (ctoUnknown) {
      paths.add(at + ".chronicTotalOcclusion");
    }
    if (l.segment() != null && !severityUnknown && !ctoUnknown) {
      return List.of();
    }
    List<Option> out = new ArrayList<>();
    for (int s = 0; s < bySegment.size(); s++) {
      Lesion base = bySegment.get(s);
      String where = segmentLabels.get(s);
      if (severityUnknown) {
        severities(base, where, l.chronicTotalOcclusion() == null, out);
      } else if (ctoUnknown) {
        out.add(
            new Option(
                withCto(base, 100, true), where + ": a chronic total occlusion (over 3 months)"));
        out.add(
            new Option(
                withCto(base, 100, false), where + ": a total occlusion that is not chronic"));
      } else {
        out.add(
            new Option(
                base,
                where
                    + ": "
                    + (base.isCto() ? "a chronic total occlusion" : base.stenosisPercent() + "%")));
      }
    }
    return out;
  }

  private static void severities(Lesion base, String where, boolean mayBeCto, List<Option> out) {
    boolean leftMain = base.segment() == Segment.LEFT_MAIN;
    out.add(new Option(withCto(base, 30, base.chronicTotalOcclusion()), where + ": below 50%"));
    if (leftMain) {
      out.add(new Option(withCto(base, 60, base.chronicTotalOcclusion()), where + ": 50% or more"));
      return;
    }
    out.add(new Option(withCto(base, 55, base.chronicTotalOcclusion()), where + ": 50-60%"));
    out.add(new Option(withCto(base, 65, base.chronicTotalOcclusion()), where + ": 61-69%"));
    out.add(new Option(withCto(base, 85, base.chronicTotalOcclusion()), where + ": 70% or more"));
    if (mayBeCto) {
      out.add(
          new Option(
              withCto(base, 100, true), where + ": a chronic total occlusion (over 3 months)"));
    }
  }

  private static Lesion withCto(Lesion l, int percent, Boolean cto) {
    return new Lesion(l.segment(), percent, l.ffr(), l.ivusSignificant(), cto, l.culprit());
  }

  static <T> List<List<T>> cartesian(List<List<T>> lists) {
    List<List<T>> out = new ArrayList<>();
    out.add(List.of());
    for (List<T> options : lists) {
      List<List<T>> next = new ArrayList<>();
      for (List<T> prefix : out) {
        for (T option : options) {
          List<T> extended = new ArrayList<>(prefix);
          extended.add(option);
          next.add(extended);
        }
      }
      out = next;
    }
    return out;
  }
}
