// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.engine.casefile.Conduit;
import org.crosscheck.engine.casefile.Graft;
import org.crosscheck.engine.casefile.PriorCabg;
import org.crosscheck.engine.casefile.Territory;

/**
 * Graft status of a prior-CABG patient as Table 3 uses it (interpretations GRAFT_SIGNIFICANT_70 and
 * LEFT_MAIN_PROTECTED): a significant SVG stenosis; all grafts patent; a significant native
 * stenosis in a territory no graft reaches. A graft without a conduit, target or stenosis is a
 * graft with unknown values (definitions.md, "Incomplete items"); its variants are considered only
 * where a criterion tests them (never for imaging).
 */
final class GraftDerivation {

  static final int SIGNIFICANT = 70;

  /**
   * {@code known} when settled; else {@code unknown}, or neither when the grafts are documented and
   * the categories follow from an anatomy that is not settled ({@code grafts} then serve to derive
   * them per anatomy variant).
   */
  record Result(GraftCategories known, UnknownItem unknown, List<Graft> grafts) {}

  private record Option(Graft graft, String label) {}

  private GraftDerivation() {}

  static Result derive(PriorCabg cabg, AnatomyDerivation.Result anatomy, DerivationNotes notes) {
    notes.use(Interpretation.GRAFT_SIGNIFICANT_70);
    if (anatomy.lesions() != null
        && anatomy.lesions().stream()
            .anyMatch(l -> l.segment() == org.crosscheck.engine.casefile.Segment.LEFT_MAIN)) {
      notes.use(Interpretation.LEFT_MAIN_PROTECTED);
    }
    if (cabg.grafts() == null) {
      return new Result(null, UnknownItem.of(Category.GRAFTS, List.of("priorCabg.grafts")), null);
    }
    List<Graft> grafts = cabg.grafts();
    List<String> paths = new ArrayList<>();
    List<Integer> open = new ArrayList<>();
    List<List<Option>> options = new ArrayList<>();
    for (int i = 0; i < grafts.size(); i++) {
      List<Option> graftOptions = options(grafts.get(i), i, paths);
      if (!graftOptions.isEmpty()) {
        open.add(i);
        options.add(graftOptions);
      }
    }
    if (open.isEmpty()) {
      return new Result(
          anatomy.known() == null ? null : categories(grafts, anatomy.known()), null, grafts);
    }
    Map<List<Object>, GraftVariant> variants = new LinkedHashMap<>();
    for (List<Option> choice : AnatomyDerivation.cartesian(options)) {
      List<Graft> assumed = new ArrayList<>(grafts);
      List<String> labels = new ArrayList<>();
      for (int k = 0; k < open.size(); k++) {
        assumed.set(open.get(k), choice.get(k).graft());
        labels.add(choice.get(k).label());
      }
      GraftVariant v = new GraftVariant(String.join("; ", labels), assumed);
      variants.merge(
          key(assumed), v, (x, y) -> new GraftVariant(x.label() + ", or " + y.label(), x.grafts()));
    }
    if (variants.size() == 1) {
      GraftVariant only = variants.values().iterator().next();
      return new Result(
          anatomy.known() == null ? null : only.categories(anatomy.known()), null, only.grafts());
    }
    return new Result(
        null, new UnknownItem(Category.GRAFTS, paths, List.copyOf(variants.values())), grafts);
  }

  /**
   * The graft categories of documented (or assumed) grafts over a native anatomy (none: no
   * ungrafted disease).
   */
  static GraftCategories categories(List<Graft> grafts, AnatomyCategories anatomy) {
    boolean svgDisease = false;
    boolean allPatent = true;
    Set<Territory> grafted = EnumSet.noneOf(Territory.class);
    for (Graft g : grafts) {
      boolean significant = g.stenosisPercent() >= SIGNIFICANT;
      svgDisease |= significant && g.conduit() == Conduit.SVG;
      allPatent &= !significant;
      grafted.add(g.territory());
    }
    boolean ungraftedDisease = false;
    if (anatomy != null) {
      for (Territory t : anatomy.significantTerritories()) {
        ungraftedDisease |=
            t == Territory.LEFT_MAIN
                ? !grafted.contains(Territory.LAD) && !grafted.contains(Territory.LCX)
                : !grafted.contains(t);
      }
    }
    return new GraftCategories(svgDisease, allPatent, ungraftedDisease);
  }

  /** What distinguishes two graft variants for the criteria. */
  private static List<Object> key(List<Graft> grafts) {
    boolean svg = false;
    boolean patent = true;
    Set<Territory> grafted = EnumSet.noneOf(Territory.class);
    for (Graft g : grafts) {
      boolean significant = g.stenosisPercent() >= SIGNIFICANT;
      svg |= significant && g.conduit() == Conduit.SVG;
      patent &= !significant;
      grafted.add(g.territory());
    }
    return List.of(svg, patent, grafted);
  }

  /**
   * The values a graft lacking a conduit, target or stenosis may take (none when it is complete).
   */
  private static List<Option> options(Graft g, int index, List<String> paths) {
    String at = "priorCabg.grafts[" + index + "]";
    if (g.conduit() != null && g.territory() != null && g.stenosisPercent() != null) {
      return List.of();
    }
    List<Conduit> conduits =
        g.conduit() != null ? List.of(g.conduit()) : List.of(Conduit.SVG, Conduit.LIMA);
    List<String> targets =
        g.territory() != null ? List.of(g.target()) : List.of("LAD", "LCX", "RCA");
    List<Integer> percents =
        g.stenosisPercent() != null ? List.of(g.stenosisPercent()) : List.of(40, 80);
    if (g.conduit() == null) {
      paths.add(at + ".conduit");
    }
    if (g.territory() == null) {
      paths.add(at + ".target");
    }
    if (g.stenosisPercent() == null) {
      paths.add(at + ".stenosisPercent");
    }
    List<Option> out = new ArrayList<>();
    for (Conduit c : conduits) {
      for (String t : targets) {
        for (Integer p : percents) {
          String label =
              "graft "
                  + at
                  + " ("
                  + (c == Conduit.SVG ? "SVG" : g.conduit() == null ? "arterial" : c.name())
                  + " to "
                  + t
                  + ")"
                  + (g.stenosisPercent() != null
                      ? ""
                      : p >= SIGNIFICANT ? ": 70% or more" : ": below 70%");
          out.add(new Option(new Graft(c, t, p), label));
        }
      }
    }
    return out;
  }
}
