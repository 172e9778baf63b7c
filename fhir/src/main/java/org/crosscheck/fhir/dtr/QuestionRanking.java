// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir.dtr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Outcome;

/**
 * Which missing item to ask first. The engine decides which unknowns matter (a pending case's
 * {@code decision.missingData}) and says, for each possible value of each of them, what the order
 * would then be (its what-ifs). An item whose values decide the order most often is asked first:
 * the ranking is by the share of its values whose what-if is decided (not pending), then by how
 * many different outcomes its values lead to (the entropy of the outcomes over its values), then by
 * fewer fields to answer, then in the engine's order. An item is the fields of one what-if (one
 * criteria category, e.g. the instability flags together); a missing field with no what-if (a case
 * with too many unknowns to enumerate) comes last, one field at a time.
 */
public final class QuestionRanking {

  private QuestionRanking() {}

  /**
   * One thing to ask: the case fields of one criteria category and how well its answer decides the
   * order.
   */
  public record Item(List<String> paths, double decidedShare, double entropy) {}

  /**
   * The items of a pending evaluation, best first, without those whose fields were all asked
   * already.
   */
  public static List<Item> rank(Evaluation e, Set<String> asked) {
    List<String> missing = e.decision().missingData();
    Map<String, List<Evaluation.WhatIf>> byField = new LinkedHashMap<>();
    for (Evaluation.WhatIf w : e.whatIf()) {
      if (w.value() == null && w.field() != null) {
        byField.computeIfAbsent(w.field(), k -> new ArrayList<>()).add(w);
      }
    }
    List<Item> items = new ArrayList<>();
    List<String> covered = new ArrayList<>();
    byField.forEach(
        (field, whatIfs) -> {
          List<String> paths = new ArrayList<>();
          for (String p : field.split(", ")) {
            if (missing.contains(p) && !asked.contains(p)) {
              paths.add(p);
            }
            covered.add(p);
          }
          if (!paths.isEmpty()) {
            items.add(new Item(paths, decidedShare(whatIfs), entropy(whatIfs)));
          }
        });
    for (String p : missing) {
      if (!covered.contains(p) && !asked.contains(p)) {
        items.add(new Item(List.of(p), 0, 0));
      }
    }
    Map<Item, Integer> order = new HashMap<>();
    items.forEach(i -> order.put(i, order.size()));
    items.sort(
        Comparator.comparingDouble(Item::decidedShare)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Item::entropy).reversed())
            .thenComparingInt(i -> i.paths().size())
            .thenComparingInt(order::get));
    return items;
  }

  private static double decidedShare(List<Evaluation.WhatIf> whatIfs) {
    long decided =
        whatIfs.stream()
            .filter(w -> w.wouldBe().outcome() != null && w.wouldBe().outcome() != Outcome.PEND)
            .count();
    return (double) decided / whatIfs.size();
  }

  /**
   * Shannon entropy (bits) of the outcomes over the values (a pending what-if is an outcome of its
   * own).
   */
  private static double entropy(List<Evaluation.WhatIf> whatIfs) {
    Map<String, Integer> counts = new HashMap<>();
    whatIfs.forEach(
        w ->
            counts.merge(
                Objects.toString(w.wouldBe().outcome()) + "/" + w.wouldBe().tier(),
                1,
                Integer::sum));
    double h = 0;
    for (int c : counts.values()) {
      double p = (double) c / whatIfs.size();
      h -= p * Math.log(p) / Math.log(2);
    }
    return h;
  }
}
