// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.engine.derivation.Category;
import org.crosscheck.engine.derivation.Completion;
import org.crosscheck.engine.derivation.Completions;
import org.crosscheck.engine.derivation.DerivedCase;
import org.crosscheck.engine.derivation.UnknownItem;
import org.crosscheck.engine.evaluation.Evaluation.Reason;
import org.crosscheck.engine.evaluation.Evaluation.WhatIf;
import org.crosscheck.engine.evaluation.Evaluation.WouldBe;
import org.crosscheck.engine.facts.Tier;

/**
 * Decides a case from the results of its completions (definitions.md, "Unknown, none and not
 * documented" and "Incomplete items"). Findings are the rows that hold in every completion: the
 * case as documented. NO_DELAY when every completion is an emergency (documented facts decide it);
 * the common outcome when the unknowns change neither the outcome nor the tier; otherwise PEND,
 * with the unknowns that matter as missing data, except those that matter only under some values of
 * an earlier missing one (follow-up questions), and the outcome under each of their values as
 * what-if. Rows that hold only under some values of an unknown are what-ifs, never findings.
 */
final class DecisionAssembler {

  static final String MISSING_DATA = "MISSING_DATA";
  private static final String EMERGENT_REQUEST = "EMERGENT_REQUEST";

  private DecisionAssembler() {}

  static AssembledDecision decide(
      DerivedCase d,
      List<Completion> completions,
      List<ScenarioResult> results,
      boolean enumerated) {
    List<String> warnings = new ArrayList<>();
    ScenarioResult first = results.get(0);
    if (!enumerated) {
      // the one scenario rated holds placeholders for the unknowns: only documented facts may
      // decide
      List<String> paths = paths(d, allUnknowns(d));
      warnings.add(
          "Too many unknown items to consider every combination (more than "
              + Completions.MAX_COMPLETIONS
              + "); document the missing data");
      if (d.urgency() == org.crosscheck.engine.casefile.Urgency.EMERGENT) {
        List<Reason> documented =
            first.triggers().stream()
                .filter(t -> t.code().equals(EMERGENT_REQUEST))
                .map(t -> new Reason(t.code(), t.text()))
                .distinct()
                .toList();
        return new AssembledDecision(
            Outcome.NO_DELAY,
            null,
            List.of(),
            List.of(),
            documented,
            List.of(),
            paths,
            List.of(),
            warnings);
      }
      return pend(List.of(), paths, List.of(), List.of(), warnings);
    }
    Set<Category> unknown = enumerated(completions);
    List<MatchedCell> findings = common(results);
    boolean allNoDelay = true;
    boolean same = true;
    boolean sameTier = true;
    for (ScenarioResult r : results) {
      allNoDelay &= r.outcome() == Outcome.NO_DELAY;
      same &= r.decisionKey().equals(first.decisionKey());
      sameTier &= r.tier() == first.tier();
    }
    if (allNoDelay || same) {
      List<String> unresolved = paths(d, unknown);
      if (!unresolved.isEmpty()) {
        warnings.add(
            "Unknown, but the same outcome for every possible value: "
                + String.join(", ", unresolved));
      }
      Tier tier = sameTier ? first.tier() : null;
      return new AssembledDecision(
          first.outcome(),
          tier,
          findings,
          tier == null ? List.of() : ScenarioResult.deciding(findings, tier),
          reasons(results),
          List.of(),
          unresolved,
          whatIf(d, completions, results, rowChanging(completions, results, unknown)),
          warnings);
    }
    Set<Category> missing = missing(completions, results, unknown);
    Set<Category> asked = EnumSet.copyOf(missing);
    asked.removeAll(followUps(completions, missing));
    Set<Category> rest = EnumSet.copyOf(unknown);
    rest.removeAll(missing);
    return pend(
        findings,
        paths(d, asked),
        paths(d, rest),
        whatIf(d, completions, results, asked),
        warnings);
  }

  private static AssembledDecision pend(
      List<MatchedCell> findings,
      List<String> missing,
      List<String> unresolved,
      List<WhatIf> whatIf,
      List<String> warnings) {
    Reason reason =
        new Reason(
            MISSING_DATA,
            "Data that could change the outcome is missing: " + String.join(", ", missing));
    return new AssembledDecision(
        Outcome.PEND,
        null,
        findings,
        List.of(),
        List.of(reason),
        missing,
        unresolved,
        whatIf,
        warnings);
  }

  private static Set<Category> enumerated(List<Completion> completions) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    completions.forEach(c -> categories.addAll(c.values().keySet()));
    return categories;
  }

  private static Set<Category> allUnknowns(DerivedCase d) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    d.unknowns().forEach(u -> categories.add(u.category()));
    return categories;
  }

  private static List<String> paths(DerivedCase d, Set<Category> categories) {
    Set<String> paths = new LinkedHashSet<>();
    for (Category category : categories) {
      UnknownItem item = d.unknown(category);
      if (item != null) {
        paths.addAll(item.fieldPaths());
      }
    }
    return List.copyOf(paths);
  }

  /**
   * The unknowns that matter: a category whose values lead to different sets of possible decisions,
   * or that changes the decision of two completions differing in it alone. When the decisions vary
   * but neither test singles out a category (they matter only together), all of them are missing.
   */
  private static Set<Category> missing(
      List<Completion> completions, List<ScenarioResult> results, Set<Category> unknown) {
    Set<Category> missing = EnumSet.noneOf(Category.class);
    for (Category category : unknown) {
      if (changes(completions, results, category, ScenarioResult::decisionKey)) {
        missing.add(category);
      }
    }
    return missing.isEmpty() ? EnumSet.copyOf(unknown) : missing;
  }

  /**
   * The unknowns whose values change the rows that hold (not the decision): their rows go to
   * what-if.
   */
  private static Set<Category> rowChanging(
      List<Completion> completions, List<ScenarioResult> results, Set<Category> unknown) {
    Set<Category> changing = EnumSet.noneOf(Category.class);
    for (Category category : unknown) {
      if (changes(
          completions,
          results,
          category,
          r -> r.matches().stream().map(MatchedCell::key).toList())) {
        changing.add(category);
      }
    }
    return changing;
  }

  private static boolean changes(
      List<Completion> completions,
      List<ScenarioResult> results,
      Category category,
      java.util.function.Function<ScenarioResult, Object> key) {
    Map<Object, Set<Object>> byValue = new HashMap<>();
    Map<Map<Category, Object>, Set<Object>> byRest = new HashMap<>();
    for (int i = 0; i < completions.size(); i++) {
      Completion c = completions.get(i);
      if (!c.values().containsKey(category)) {
        continue;
      }
      Object k = key.apply(results.get(i));
      byValue.computeIfAbsent(c.values().get(category), v -> new HashSet<>()).add(k);
      byRest.computeIfAbsent(c.without(category), v -> new HashSet<>()).add(k);
    }
    return byValue.values().stream().distinct().count() > 1
        || byRest.values().stream().anyMatch(s -> s.size() > 1);
  }

  /**
   * Follow-up questions: a missing category considered only under some values of an earlier missing
   * one (acuity for some suspected conditions, SYNTAX for some anatomies). It is asked once the
   * earlier one is answered.
   */
  private static Set<Category> followUps(List<Completion> completions, Set<Category> missing) {
    Set<Category> followUps = EnumSet.noneOf(Category.class);
    for (Category later : missing) {
      for (Category earlier : missing) {
        if (earlier.compareTo(later) >= 0) {
          break;
        }
        Set<Object> all = new HashSet<>();
        Set<Object> withLater = new HashSet<>();
        for (Completion c : completions) {
          Object value = c.values().get(earlier);
          if (value != null) {
            all.add(value);
            if (c.values().containsKey(later)) {
              withLater.add(value);
            }
          }
        }
        if (withLater.size() < all.size()) {
          followUps.add(later);
          break;
        }
      }
    }
    return followUps;
  }

  /**
   * For each value of each category: the decision and the rows under it (PEND when other unknowns
   * still hold it).
   */
  private static List<WhatIf> whatIf(
      DerivedCase d,
      List<Completion> completions,
      List<ScenarioResult> results,
      Set<Category> categories) {
    List<WhatIf> out = new ArrayList<>();
    for (Category category : categories) {
      UnknownItem item = d.unknown(category);
      String field = String.join(", ", item.fieldPaths());
      for (Object value : item.domain()) {
        List<ScenarioResult> matching = new ArrayList<>();
        for (int i = 0; i < completions.size(); i++) {
          if (value.equals(completions.get(i).values().get(category))) {
            matching.add(results.get(i));
          }
        }
        if (matching.isEmpty()) {
          continue;
        }
        ScenarioResult r = matching.get(0);
        boolean settled = matching.stream().allMatch(m -> m.decisionKey().equals(r.decisionKey()));
        WouldBe wouldBe =
            settled
                ? new WouldBe(
                    r.tier().name(),
                    r.outcome(),
                    ScenarioResult.deciding(common(matching), r.tier()))
                : new WouldBe(null, Outcome.PEND, List.of());
        out.add(
            new WhatIf(
                field + ": " + Category.describe(value),
                field,
                null,
                category.name(),
                value instanceof Enum<?> e ? e.name() : null,
                Category.describe(value),
                wouldBe));
      }
    }
    return out;
  }

  /**
   * The reasons every completion shares (for one completion: all its reasons). Where the unknowns
   * change a reason's wording (which method row rates PCI below CABG, say), every wording is given.
   */
  private static List<Reason> reasons(List<ScenarioResult> results) {
    Map<String, Set<String>> texts = new LinkedHashMap<>();
    results
        .get(0)
        .triggers()
        .forEach(t -> texts.computeIfAbsent(t.code(), k -> new LinkedHashSet<>()).add(t.text()));
    for (ScenarioResult r : results.subList(1, results.size())) {
      Map<String, Set<String>> own = new HashMap<>();
      r.triggers()
          .forEach(t -> own.computeIfAbsent(t.code(), k -> new LinkedHashSet<>()).add(t.text()));
      texts.keySet().retainAll(own.keySet());
      texts.forEach((code, set) -> set.addAll(own.get(code)));
    }
    List<Reason> reasons = new ArrayList<>();
    texts.forEach(
        (code, set) ->
            reasons.add(new Reason(code, String.join("; or, depending on the unknowns: ", set))));
    return reasons;
  }

  /**
   * The matched cells that every result has; and the indications that every result matches with the
   * same letter in different columns (an unknown symptom column that does not change the rating:
   * interpretation COLUMN_UNKNOWN_SAME_RATING).
   */
  private static List<MatchedCell> common(List<ScenarioResult> results) {
    List<MatchedCell> out = new ArrayList<>(results.get(0).matches());
    if (results.size() == 1) {
      // one completion: every cell is common, and no indication is matched in another column
      out.sort(MatchedCell.ORDER);
      return out;
    }
    for (ScenarioResult r : results.subList(1, results.size())) {
      Set<String> keys = new HashSet<>();
      r.matches().forEach(m -> keys.add(m.ruleKey()));
      out.removeIf(m -> !keys.contains(m.ruleKey()));
    }
    Set<String> indications = new HashSet<>();
    out.forEach(m -> indications.add(m.rule().indicationKey()));
    Map<String, Set<CellRule>> byLetter = new LinkedHashMap<>();
    for (MatchedCell m : results.get(0).matches()) {
      if (m.isRating() && !indications.contains(m.rule().indicationKey())) {
        byLetter.put(
            m.rule().indicationKey() + "=" + m.rule().rating(),
            new java.util.TreeSet<>(java.util.Comparator.comparing(CellRule::column)));
      }
    }
    for (ScenarioResult r : results) {
      Set<String> seen = new HashSet<>();
      for (MatchedCell m : r.matches()) {
        Set<CellRule> cells = byLetter.get(m.rule().indicationKey() + "=" + m.rule().rating());
        if (cells != null && m.isRating()) {
          cells.add(m.rule());
          seen.add(m.rule().indicationKey() + "=" + m.rule().rating());
        }
      }
      byLetter.keySet().retainAll(seen);
    }
    byLetter
        .values()
        .forEach(cells -> out.add(new MatchedCell(cells.iterator().next(), List.copyOf(cells))));
    out.sort(MatchedCell.ORDER);
    return out;
  }
}
