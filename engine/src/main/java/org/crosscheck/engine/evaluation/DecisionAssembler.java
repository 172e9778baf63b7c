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
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.derivation.Completion;
import org.crosscheck.engine.derivation.DerivedCase;
import org.crosscheck.engine.derivation.Dimension;
import org.crosscheck.engine.derivation.UnknownItem;
import org.crosscheck.engine.evaluation.Evaluation.Reason;
import org.crosscheck.engine.evaluation.Evaluation.WhatIf;
import org.crosscheck.engine.evaluation.Evaluation.WouldBe;
import org.crosscheck.engine.facts.ReviewTrigger;
import org.crosscheck.engine.facts.Tier;

/**
 * Decides a case from the results of its completions (definitions.md, "Unknown, none and not documented"):
 * NO_DELAY only when every completion is an emergency (documented facts decide it); the common outcome when the
 * unknowns change neither the outcome nor the criterion row; otherwise PEND, with the unknowns that matter as
 * missing data and the outcome for each of their possible values as what-if.
 */
final class DecisionAssembler {

  static final String MISSING_DATA = "MISSING_DATA";

  private DecisionAssembler() {}

  static CaseDecision decide(DerivedCase d, List<Completion> completions, List<ScenarioResult> results,
      boolean enumerated) {
    Set<Dimension> unknown = enumerated ? enumeratedDimensions(completions) : allRelevantUnknowns(d);
    List<String> warnings = new ArrayList<>();
    ScenarioResult first = results.get(0);
    if (!enumerated) {
      List<String> paths = paths(d, unknown);
      warnings.add("Too many unknown items to consider every combination (more than "
          + org.crosscheck.engine.derivation.Completions.MAX_COMPLETIONS + "); document the missing data");
      if (first.outcome() == Outcome.NO_DELAY) {
        return new CaseDecision(Outcome.NO_DELAY, null, first, first.matches(), reasons(results), List.of(), paths,
            List.of(), warnings);
      }
      return pend(List.of(), paths, List.of(), List.of(), warnings);
    }
    boolean allNoDelay = results.stream().allMatch(r -> r.outcome() == Outcome.NO_DELAY);
    boolean same = results.stream().allMatch(r -> r.signature().equals(first.signature()));
    if (allNoDelay || same) {
      List<String> unresolved = paths(d, unknown);
      if (!unresolved.isEmpty()) {
        warnings.add("Unknown, but the same rating and outcome for every possible value: "
            + String.join(", ", unresolved));
      }
      boolean sameTier = results.stream().allMatch(r -> r.tier() == first.tier());
      return new CaseDecision(first.outcome(), sameTier ? first.tier() : null, first, union(results),
          reasons(results), List.of(), unresolved, List.of(), warnings);
    }
    Set<Dimension> missing = missing(completions, results, unknown);
    Set<Dimension> rest = EnumSet.copyOf(unknown);
    rest.removeAll(missing);
    return pend(intersection(results), paths(d, missing), paths(d, rest), whatIf(d, completions, results, missing),
        warnings);
  }

  private static CaseDecision pend(List<MatchedCell> findings, List<String> missing, List<String> unresolved,
      List<WhatIf> whatIf, List<String> warnings) {
    Reason reason = new Reason(MISSING_DATA,
        "Data that could change the criterion row or the outcome is missing: " + String.join(", ", missing));
    return new CaseDecision(Outcome.PEND, null, null, findings, List.of(reason), missing, unresolved, whatIf,
        warnings);
  }

  private static Set<Dimension> enumeratedDimensions(List<Completion> completions) {
    Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
    completions.forEach(c -> dims.addAll(c.values().keySet()));
    return dims;
  }

  private static Set<Dimension> allRelevantUnknowns(DerivedCase d) {
    Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
    List<Setting> settings = d.setting() != null ? List.of(d.setting()) : List.of(Setting.values());
    if (d.setting() == null) {
      dims.add(Dimension.SETTING);
    }
    for (Setting s : settings) {
      for (Dimension dim : Dimension.relevantFor(d.procedure(), s)) {
        if (d.unknown(dim) != null) {
          dims.add(dim);
        }
      }
    }
    return dims;
  }

  private static List<String> paths(DerivedCase d, Set<Dimension> dims) {
    Set<String> paths = new LinkedHashSet<>();
    for (Dimension dim : dims) {
      UnknownItem item = d.unknown(dim);
      if (item != null) {
        paths.addAll(item.fieldPaths());
      }
    }
    return List.copyOf(paths);
  }

  /**
   * The unknowns that matter: a dimension whose values lead to different sets of possible results, or that changes
   * the result of two completions differing in it alone. When the results vary but neither test singles out a
   * dimension (they matter only together), all of them are missing.
   */
  private static Set<Dimension> missing(List<Completion> completions, List<ScenarioResult> results,
      Set<Dimension> unknown) {
    Set<Dimension> missing = EnumSet.noneOf(Dimension.class);
    for (Dimension dim : unknown) {
      Map<Object, Set<String>> byValue = new HashMap<>();
      Map<Map<Dimension, Object>, Set<String>> byRest = new HashMap<>();
      for (int i = 0; i < completions.size(); i++) {
        Completion c = completions.get(i);
        if (!c.values().containsKey(dim)) {
          continue;
        }
        String sig = results.get(i).signature();
        byValue.computeIfAbsent(c.values().get(dim), k -> new HashSet<>()).add(sig);
        byRest.computeIfAbsent(c.without(dim), k -> new HashSet<>()).add(sig);
      }
      boolean valuesDiffer = byValue.values().stream().distinct().count() > 1;
      boolean changesAlone = byRest.values().stream().anyMatch(s -> s.size() > 1);
      if (valuesDiffer || changesAlone) {
        missing.add(dim);
      }
    }
    return missing.isEmpty() ? EnumSet.copyOf(unknown) : missing;
  }

  private static List<WhatIf> whatIf(DerivedCase d, List<Completion> completions, List<ScenarioResult> results,
      Set<Dimension> missing) {
    List<WhatIf> out = new ArrayList<>();
    for (Dimension dim : missing) {
      String field = String.join(", ", d.unknown(dim).fieldPaths());
      for (Object value : dim.domain()) {
        List<ScenarioResult> matching = new ArrayList<>();
        for (int i = 0; i < completions.size(); i++) {
          if (value.equals(completions.get(i).values().get(dim))) {
            matching.add(results.get(i));
          }
        }
        if (matching.isEmpty()) {
          continue;
        }
        ScenarioResult r = matching.get(0);
        boolean settled = matching.stream().allMatch(m -> m.signature().equals(r.signature()));
        WouldBe wouldBe = settled ? new WouldBe(r.tier().name(), r.outcome(), r.decidingCriteria())
            : new WouldBe(null, Outcome.PEND, List.of());
        out.add(new WhatIf(field + ": " + Dimension.describe(value), field, null, wouldBe));
      }
    }
    return out;
  }

  /** The reasons every completion shares (for one completion: all its reasons). */
  private static List<Reason> reasons(List<ScenarioResult> results) {
    Map<String, Reason> reasons = new LinkedHashMap<>();
    for (ReviewTrigger t : results.get(0).triggers()) {
      reasons.putIfAbsent(t.code() + "\n" + t.text(), new Reason(t.code(), t.text()));
    }
    for (ScenarioResult r : results.subList(1, results.size())) {
      Set<String> codes = new HashSet<>();
      r.triggers().forEach(t -> codes.add(t.code()));
      reasons.values().removeIf(reason -> !codes.contains(reason.code()));
    }
    return List.copyOf(reasons.values());
  }

  private static List<MatchedCell> union(List<ScenarioResult> results) {
    Map<String, MatchedCell> cells = new LinkedHashMap<>();
    results.forEach(r -> r.matches().forEach(m -> cells.putIfAbsent(m.key(), m)));
    List<MatchedCell> out = new ArrayList<>(cells.values());
    out.sort(MatchedCell.ORDER);
    return out;
  }

  private static List<MatchedCell> intersection(List<ScenarioResult> results) {
    List<MatchedCell> out = new ArrayList<>();
    for (MatchedCell m : results.get(0).matches()) {
      boolean everywhere = results.stream()
          .allMatch(r -> r.matches().contains(m));
      if (everywhere) {
        out.add(m);
      }
    }
    return out;
  }
}
