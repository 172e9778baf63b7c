// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir.corpus;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.crosscheck.engine.evaluation.Outcome;

/** The figures of issue 13 over a corpus run, as a small markdown table. */
final class CorpusFigures {

  private CorpusFigures() {}

  static String table(List<CorpusRun.Result> results) {
    StringBuilder md = new StringBuilder();
    md.append("| figure | all orders | PCI | imaging |\n|---|---|---|---|\n");
    row(md, "orders", results, r -> String.valueOf(r.size()));
    row(
        md,
        "rated without questions (not PEND)",
        results,
        r -> share(r, x -> x.before() != Outcome.PEND));
    row(
        md,
        "missing items before, mean",
        results,
        r -> mean(r.stream().mapToInt(CorpusRun.Result::missing).toArray()));
    row(
        md,
        "rated after the full form",
        results,
        r -> share(r, x -> x.afterFull() != Outcome.PEND));
    row(
        md,
        "rated after the adaptive form",
        results,
        r -> share(r, x -> x.afterAdaptive() != Outcome.PEND));
    row(
        md,
        "questions, full form, mean (pending orders)",
        results,
        r ->
            mean(
                r.stream()
                    .filter(x -> x.before() == Outcome.PEND)
                    .mapToInt(CorpusRun.Result::fullQuestions)
                    .toArray()));
    row(
        md,
        "questions, adaptive form, mean (pending orders)",
        results,
        r ->
            mean(
                r.stream()
                    .filter(x -> x.before() == Outcome.PEND)
                    .mapToInt(CorpusRun.Result::adaptiveQuestions)
                    .toArray()));
    row(
        md,
        "questions, adaptive form, max",
        results,
        r ->
            String.valueOf(
                r.stream().mapToInt(CorpusRun.Result::adaptiveQuestions).max().orElse(0)));
    row(
        md,
        "pending orders decided within 3 adaptive questions",
        results,
        r ->
            share(
                r.stream().filter(x -> x.before() == Outcome.PEND).toList(),
                x -> x.afterAdaptive() != Outcome.PEND && x.adaptiveQuestions() <= 3));
    row(
        md,
        "warnings per case, median",
        results,
        r -> String.valueOf(median(r.stream().mapToInt(CorpusRun.Result::warnings).toArray())));
    row(
        md,
        "warnings per case, max",
        results,
        r -> String.valueOf(r.stream().mapToInt(CorpusRun.Result::warnings).max().orElse(0)));
    row(
        md,
        "setting read, of records holding chronic coronary disease",
        results,
        r ->
            share(
                r.stream().filter(x -> x.order().chronicCoronary()).toList(),
                x -> x.read("presentation.setting")));
    row(
        md,
        "anti-anginal therapy read, of records holding an active anti-anginal drug",
        results,
        r ->
            share(
                r.stream().filter(x -> x.order().antianginal()).toList(),
                x -> x.read("therapy.antianginalClasses")));
    row(
        md,
        "prior CABG read, of records holding a CABG",
        results,
        r -> share(r.stream().filter(x -> x.order().cabg()).toList(), x -> x.read("priorCabg")));
    row(
        md,
        "prior PCI read, of records holding a PCI",
        results,
        r -> share(r.stream().filter(x -> x.order().pci()).toList(), x -> x.read("priorPci")));
    return md.toString();
  }

  private static void row(
      StringBuilder md,
      String name,
      List<CorpusRun.Result> all,
      java.util.function.Function<List<CorpusRun.Result>, String> f) {
    md.append("| ")
        .append(name)
        .append(" | ")
        .append(f.apply(all))
        .append(" | ")
        .append(f.apply(all.stream().filter(r -> !r.order().imaging()).toList()))
        .append(" | ")
        .append(f.apply(all.stream().filter(r -> r.order().imaging()).toList()))
        .append(" |\n");
  }

  static String share(List<CorpusRun.Result> results, Predicate<CorpusRun.Result> p) {
    if (results.isEmpty()) {
      return "-";
    }
    long n = results.stream().filter(p).count();
    return String.format(
        Locale.ROOT, "%d/%d (%.0f%%)", n, results.size(), 100.0 * n / results.size());
  }

  static String mean(int[] values) {
    return values.length == 0
        ? "-"
        : String.format(Locale.ROOT, "%.2f", java.util.Arrays.stream(values).average().orElse(0));
  }

  static int median(int[] values) {
    int[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
  }
}
