// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.facts.AcsRisk;
import org.crosscheck.engine.facts.CadBurden;
import org.crosscheck.engine.facts.FieldSet;
import org.crosscheck.engine.facts.Instability;
import org.crosscheck.engine.facts.NoninvasiveRisk;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.facts.ScenarioCodes;
import org.crosscheck.engine.facts.ScenarioFields;
import org.crosscheck.engine.facts.TargetLesions;

/**
 * Turns a derived case into scenarios: one per combination of the values its unknown categories can
 * take, where a criteria row that can still match tests them. Categories are taken in their
 * declared order; each partial combination is extended by a category only when a row compatible
 * with what is known (or assumed) so far tests one of the fields the category's values set. With no
 * such unknown there is exactly one scenario.
 */
public final class Completions {

  /** Above this many combinations a case is not enumerated: it pends on all its unknowns. */
  public static final int MAX_COMPLETIONS = 4096;

  private static final int CATEGORIES = Category.values().length;

  private Completions() {}

  /** All completions, or an empty list when there would be more than {@link #MAX_COMPLETIONS}. */
  public static List<Completion> of(DerivedCase d, Relevance relevance) {
    if (d.tooManyUnknowns()) {
      return List.of();
    }
    UnknownItem[] unknowns = unknownsByCategory(d);
    Map<Map<Category, Object>, ScenarioCodes> known = new IdentityHashMap<>();
    List<Map<Category, Object>> partial = new ArrayList<>();
    partial.add(new EnumMap<>(Category.class));
    for (UnknownItem item : d.unknowns()) {
      List<Map<Category, Object>> next = new ArrayList<>();
      for (Map<Category, Object> p : partial) {
        if (!relevant(d, unknowns, item, p, known, relevance)) {
          next.add(p);
          continue;
        }
        for (Object value : item.domain()) {
          Map<Category, Object> extended = new EnumMap<>(Category.class);
          extended.putAll(p);
          extended.put(item.category(), value);
          next.add(extended);
        }
      }
      partial = next;
      if (partial.size() > MAX_COMPLETIONS) {
        return List.of();
      }
    }
    List<Completion> all = new ArrayList<>(partial.size());
    partial.forEach(p -> all.add(new Completion(p)));
    return all;
  }

  /**
   * Whether a criteria row still possible under {@code p} tests a field that the item's values set
   * differently. The fields of the unknowns not assigned in {@code p} are open.
   *
   * @param known the scenarios of the partial combinations asked about so far (a combination that
   *     no unknown extends is asked about again for the next unknown)
   */
  private static boolean relevant(
      DerivedCase d,
      UnknownItem[] unknowns,
      UnknownItem item,
      Map<Category, Object> p,
      Map<Map<Category, Object>, ScenarioCodes> known,
      Relevance relevance) {
    FieldSet fields = item.category().scenarioFields();
    boolean policyField = fields.intersects(Category.POLICY_FIELDS);
    if (!policyField && !relevance.mayTest(d.procedure(), fields)) {
      return false; // no row of the procedure tests these fields, whatever the rest of the case
    }
    FieldSet openFields = openFields(d, p);
    if (!policyField && !relevance.testsAny(codes(d, p, unknowns, known), openFields, fields)) {
      // no row that can still match tests any field of the category: then none tests the fields
      // its values set differently (a subset), and the scenarios of its values need not be built
      return false;
    }
    int[] numbers = item.category().fieldNumbers();
    long varying = 0;
    Scenario first = null;
    Map<Category, Object> with = new EnumMap<>(Category.class);
    with.putAll(p);
    for (Object value : item.domain()) {
      with.put(item.category(), value);
      Scenario s = scenario(-1, d, with, unknowns);
      if (first == null) {
        first = s;
      } else {
        for (int n : numbers) {
          if (!ScenarioFields.equal(first, s, n)) {
            varying |= 1L << n;
          }
        }
      }
    }
    FieldSet varies = new FieldSet(varying);
    if (varies.isEmpty()) {
      return false;
    }
    if (varies.intersects(Category.POLICY_FIELDS)) {
      return true;
    }
    return relevance.testsAny(codes(d, p, unknowns, known), openFields, varies);
  }

  /** The fields of the unknowns that {@code p} leaves unassigned. */
  private static FieldSet openFields(DerivedCase d, Map<Category, Object> p) {
    long open = 0;
    for (UnknownItem other : d.unknowns()) {
      if (!p.containsKey(other.category())) {
        open |= other.category().scenarioFields().bits();
      }
    }
    return new FieldSet(open);
  }

  private static ScenarioCodes codes(
      DerivedCase d,
      Map<Category, Object> p,
      UnknownItem[] unknowns,
      Map<Map<Category, Object>, ScenarioCodes> known) {
    return known.computeIfAbsent(p, k -> new ScenarioCodes(scenario(-1, d, k, unknowns)));
  }

  /**
   * The case's unknown items by category ordinal (the first of a category, as {@link
   * DerivedCase#unknown} finds it): a scenario reads a category's unknown item for each of its
   * fields, many times per case.
   */
  private static UnknownItem[] unknownsByCategory(DerivedCase d) {
    UnknownItem[] byCategory = new UnknownItem[CATEGORIES];
    for (UnknownItem item : d.unknowns()) {
      if (byCategory[item.category().ordinal()] == null) {
        byCategory[item.category().ordinal()] = item;
      }
    }
    return byCategory;
  }

  /**
   * The scenarios of a case's completions, one a completion, numbered from {@code firstId} in their
   * order. An unknown a completion leaves out (no row that can match tests it) takes its first
   * possible value: no matching row tests the fields where its values differ, so any value rates
   * the same.
   */
  public static List<Scenario> scenarios(int firstId, DerivedCase d, List<Completion> completions) {
    UnknownItem[] unknowns = unknownsByCategory(d);
    List<Scenario> all = new ArrayList<>(completions.size());
    for (Completion c : completions) {
      all.add(scenario(firstId + all.size(), d, c.values(), unknowns));
    }
    return all;
  }

  /**
   * @param c the assumed values of unknown categories; @param u the case's unknown items by
   *     category ordinal
   */
  private static Scenario scenario(
      int id, DerivedCase d, Map<Category, Object> c, UnknownItem[] u) {
    Setting setting = value(c, u, Category.SETTING, d.setting());
    AnatomyValue anatomyValue = value(c, u, Category.ANATOMY, (AnatomyValue) null);
    AnatomyCategories a = anatomyValue != null ? anatomyValue.categories() : d.anatomy();
    GraftValue graftValue = value(c, u, Category.GRAFTS, (GraftValue) null);
    GraftCategories g =
        !d.priorCabg()
            ? null
            : graftValue != null
                ? graftValue.categories(a)
                : d.grafts() != null
                    ? d.grafts()
                    : d.graftList() != null && a != null
                        ? GraftDerivation.categories(d.graftList(), a)
                        : null;
    CadBurden documented =
        d.cadBurden() != null
            ? d.cadBurden()
            : a != null ? CaseDerivation.cadBurden(a, d.syntaxScore()) : null;
    CadBurden burden =
        documented != null ? documented : value(c, u, Category.CAD_BURDEN, (CadBurden) null);
    NoninvasiveRisk risk = value(c, u, Category.NONINVASIVE_RISK, d.risk());
    Instability instability = value(c, u, Category.INSTABILITY, d.instability());
    AcsRisk acsRisk =
        AcsDerivation.acsRisk(
            d.documentedInstability() ? Instability.PRESENT : null,
            d.shock(),
            value(c, u, Category.TIMI_RISK, d.timiRisk()));
    boolean anatomyKnown = a != null;
    ImagingCategories i = d.imaging();
    return new Scenario(
        id,
        d.procedure(),
        d.urgency(),
        setting,
        value(c, u, Category.SYMPTOM_COLUMN, d.column()),
        risk,
        value(c, u, Category.THERAPY, d.therapy()),
        value(c, u, Category.LV_FUNCTION, d.lvFunction()),
        anatomyKnown ? a.vessels() : -1,
        anatomyKnown && a.proximalLad(),
        anatomyKnown && a.leftMain(),
        anatomyKnown && a.singleCto(),
        anatomyKnown ? a.vesselsWithBorderline() : -1,
        anatomyKnown && a.borderlineUnevaluated(),
        anatomyKnown && a.borderlineFfrSignificant(),
        anatomyKnown && a.borderlineFfrNotSignificant(),
        burden,
        d.priorCabg(),
        g != null && g.svgDisease(),
        g != null && g.allGraftsPatent(),
        g != null && g.ungraftedNativeDisease(),
        value(c, u, Category.STEMI_TIMING, d.stemiTiming()),
        instability,
        acsRisk,
        d.shock(),
        d.reperfusion(),
        d.target() != null
            ? d.target()
            : AcsDerivation.targetRelation(
                d.targets(),
                a == null ? java.util.Set.of() : a.culpritSegments(),
                d.reperfusion(),
                DerivationNotes.DISCARDED),
        d.targetSpan(),
        value(c, u, Category.HOSPITAL_PHASE, d.phase()),
        d.persistentIschemicSymptoms() || risk == NoninvasiveRisk.HIGH,
        value(c, u, Category.IMAGING_SYMPTOMS, i.symptoms()),
        value(c, u, Category.IMAGING_QUESTION, i.question()),
        value(c, u, Category.CAD_PROBABILITY, i.cadProbability()),
        value(c, u, Category.SUSPECTED_CONDITION, i.suspectedCondition()),
        value(c, u, Category.ACUITY, i.acuity()),
        value(c, u, Category.ACS_PROBABILITY, i.acsProbability()),
        value(c, u, Category.ISCHEMIA_STATUS, i.ischemiaStatus()),
        value(c, u, Category.HEART_FAILURE_STATUS, i.heartFailureStatus()),
        value(c, u, Category.CABG_INTERVAL, i.cabgInterval()),
        value(c, u, Category.PCI_INTERVAL, i.pciInterval()),
        i.priorRevascularization(),
        i.incompleteRevascularization(),
        i.priorHighRiskPci(),
        i.silentIschemiaRisk(),
        targetLesions(d, a));
  }

  /** Documented, else settled by the lesion segments of the anatomy variant. */
  private static TargetLesions targetLesions(DerivedCase d, AnatomyCategories a) {
    return d.targetLesions() != null
        ? d.targetLesions()
        : AcsDerivation.targetLesions(d.targets(), a.lesionSegments());
  }

  @SuppressWarnings("unchecked")
  private static <T> T value(Map<Category, Object> c, UnknownItem[] u, Category category, T known) {
    Object assumed = c.get(category);
    if (assumed != null) {
      return (T) assumed;
    }
    if (known != null) {
      return known;
    }
    UnknownItem unknown = u[category.ordinal()];
    return unknown == null ? null : (T) unknown.domain().get(0);
  }
}
