// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.engine.casefile.Anatomy;
import org.crosscheck.engine.casefile.Lesion;
import org.crosscheck.engine.casefile.Segment;

/**
 * The anatomic categories of a case (definitions.md, "Significant stenosis and vessel count", "Incomplete items"):
 * known when every lesion's segment and severity are documented; otherwise the variants that the documented lesions
 * allow, each lesion of unknown severity (or segment, or CTO status) taking each of a few representative values.
 * Lesions list absent: the representative anatomies of {@link AnatomyPattern}.
 */
final class AnatomyDerivation {

  /** Beyond this many combinations of unknown lesion values, the representative anatomies are used instead. */
  static final int MAX_VARIANTS = 256;

  /**
   * The anatomy of a case: {@code known} when settled, else {@code unknown} (with its variants as values).
   * {@code lesions} are the documented lesions (null when the list is absent).
   */
  record Result(AnatomyCategories known, UnknownItem unknown, List<Lesion> lesions) {}

  /** A value a lesion may take in place of an unknown one: the lesion as assumed and its wording. */
  private record Option(Lesion lesion, String label) {}

  private AnatomyDerivation() {}

  static Result derive(Anatomy anatomy, DerivationNotes notes) {
    if (anatomy == null || anatomy.lesions() == null) {
      String path = anatomy == null ? "anatomy" : "anatomy.lesions";
      notes.use(Interpretation.ANATOMY_PATTERN_WHAT_IF);
      return new Result(null, new UnknownItem(Category.ANATOMY, List.of(path), Category.ANATOMY.domain()), null);
    }
    List<Lesion> lesions = anatomy.lesions();
    List<Integer> open = new ArrayList<>();
    List<List<Option>> options = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    long combinations = 1;
    for (int i = 0; i < lesions.size(); i++) {
      List<Option> lesionOptions = options(lesions.get(i), i, paths);
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
      notes.use(Interpretation.ANATOMY_PATTERN_WHAT_IF);
      return new Result(null, new UnknownItem(Category.ANATOMY, paths, Category.ANATOMY.domain()), lesions);
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
      variants.merge(categories, new AnatomyVariant(label, categories),
          (a, b) -> new AnatomyVariant(orLabel(a.label(), b.label()), categories));
    }
    if (variants.size() == 1) {
      return new Result(variants.keySet().iterator().next(), null, lesions);
    }
    return new Result(null, new UnknownItem(Category.ANATOMY, paths, List.copyOf(variants.values())), lesions);
  }

  /** "the X lesion: below 50%" or "the X lesion: 61-69%" -> "the X lesion: below 50% or 61-69%". */
  static String orLabel(String a, String b) {
    int colonA = a.lastIndexOf(": ");
    int colonB = b.lastIndexOf(": ");
    if (colonA > 0 && colonB > 0 && !a.contains("; ") && a.substring(0, colonA).equals(b.substring(0, colonB))) {
      return a + " or " + b.substring(colonB + 2);
    }
    return a + ", or " + b;
  }

  /** The interpretations and warnings of the lesions as documented (one variant's notes, unknown lesions apart). */
  private static void documentedNotes(List<Lesion> lesions, List<Integer> open, List<List<Option>> options,
      DerivationNotes notes) {
    List<Lesion> first = new ArrayList<>(lesions);
    for (int k = 0; k < open.size(); k++) {
      first.set(open.get(k), options.get(k).get(0).lesion());
    }
    LesionClassifier.categorize(first, notes, Set.copyOf(open));
  }

  /**
   * The values an incompletely documented lesion may take (none when it is complete): an unknown segment takes the
   * left main, the proximal LAD, another LAD segment, the circumflex and the RCA; an unknown severity the bands the
   * criteria distinguish; a 100% lesion not flagged as a CTO, a CTO or not.
   */
  private static List<Option> options(Lesion l, int index, List<String> paths) {
    String at = "anatomy.lesions[" + index + "]";
    List<Lesion> bySegment = new ArrayList<>();
    List<String> segmentLabels = new ArrayList<>();
    if (l.segment() == null) {
      paths.add(at + ".segment");
      for (Segment s : List.of(Segment.LEFT_MAIN, Segment.LAD_PROXIMAL, Segment.LAD_MID, Segment.LCX_PROXIMAL,
          Segment.RCA_MID)) {
        bySegment.add(new Lesion(s, l.stenosisPercent(), l.ffr(), l.ivusSignificant(), l.chronicTotalOcclusion(),
            l.culprit()));
        segmentLabels.add("a lesion (" + at + ") in the " + s.name());
      }
    } else {
      bySegment.add(l);
      segmentLabels.add("the " + l.segment().name() + " lesion (" + at + ")");
    }
    boolean severityUnknown = !l.isCto() && l.stenosisPercent() == null;
    boolean ctoUnknown = l.chronicTotalOcclusion() == null && Integer.valueOf(100).equals(l.stenosisPercent());
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
        out.add(new Option(withCto(base, 100, true), where + ": a chronic total occlusion (over 3 months)"));
        out.add(new Option(withCto(base, 100, false), where + ": a total occlusion that is not chronic"));
      } else {
        out.add(new Option(base, where + ": " + (base.isCto() ? "a chronic total occlusion"
            : base.stenosisPercent() + "%")));
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
      out.add(new Option(withCto(base, 100, true), where + ": a chronic total occlusion (over 3 months)"));
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
