// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.ParsedCase;
import org.crosscheck.engine.derivation.CaseDerivation;
import org.crosscheck.engine.derivation.Completion;
import org.crosscheck.engine.derivation.Completions;
import org.crosscheck.engine.derivation.DerivedCase;
import org.crosscheck.engine.derivation.Relevance;
import org.crosscheck.engine.evaluation.Evaluation.Decision;
import org.crosscheck.engine.evaluation.Evaluation.Provenance;
import org.crosscheck.engine.evaluation.Evaluation.RuleSetRef;
import org.crosscheck.engine.evaluation.Evaluation.WhatIf;
import org.crosscheck.engine.evaluation.Evaluation.WouldBe;
import org.crosscheck.engine.facts.PolicySettings;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.facts.Tier;
import org.crosscheck.engine.ruleset.CriteriaCell;
import org.crosscheck.engine.ruleset.CriteriaRows;
import org.crosscheck.engine.ruleset.LoadedRuleSet;
import org.crosscheck.engine.ruleset.RuleSetCatalog;

/**
 * Evaluates cases: derive the criteria categories, rate every completion of the unknowns with the
 * criteria rule bases, apply the review policy, decide, explain. Thread-safe: build one per JVM and
 * share it; each call opens its own rule sessions. Deterministic: the output depends only on the
 * case (its {@code asOf} included) and the rule sets.
 */
public final class Evaluator {

  private static final String NO_TEST = "no test";

  private final RuleSetCatalog catalog;
  private final RuleRunner runner;
  private final Relevance relevance;
  private final Provenance provenanceTemplate;
  private final boolean whatIf;

  private Evaluator(RuleSetCatalog catalog, EngineOptions options) {
    this.catalog = catalog;
    LoadedRuleSet policy = catalog.policy(options.policyId());
    PolicySettings settings =
        options.policySettings() != null
            ? options.policySettings()
            : RuleSetCatalog.readResource(policy.info().settings(), PolicySettings.class);
    List<LoadedRuleSet> criteria = criteria(catalog, options.ruleSets());
    this.runner = new RuleRunner(criteria, policy, settings);
    this.relevance = CriteriaRows.of(criteria.stream().map(LoadedRuleSet::rows).toList());
    List<RuleSetRef> refs = new ArrayList<>();
    criteria.forEach(
        r -> refs.add(new RuleSetRef(r.info().id(), r.info().version(), r.info().sha256())));
    refs.add(new RuleSetRef(policy.info().id(), policy.info().version(), policy.info().sha256()));
    this.provenanceTemplate = new Provenance(engineVersion(), refs, null);
    this.whatIf = options.whatIf();
  }

  private static List<LoadedRuleSet> criteria(RuleSetCatalog catalog, List<String> ids) {
    if (ids == null) {
      return catalog.criteria();
    }
    List<LoadedRuleSet> chosen = new ArrayList<>();
    for (String id : ids) {
      chosen.add(
          catalog.criteria().stream()
              .filter(r -> r.info().id().equals(id))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no criteria rule set '"
                              + id
                              + "'; loaded: "
                              + catalog.criteria().stream().map(r -> r.info().id()).toList())));
    }
    return chosen;
  }

  /**
   * An evaluator over the rule sets found on the classpath; fails fast when a rule base does not
   * load whole.
   */
  public static Evaluator load(EngineOptions options) {
    return new Evaluator(RuleSetCatalog.load(), options);
  }

  public static Evaluator create(RuleSetCatalog catalog, EngineOptions options) {
    return new Evaluator(catalog, options);
  }

  public RuleSetCatalog catalog() {
    return catalog;
  }

  /**
   * The engine version and the rule sets (id, version, SHA-256) every evaluation of this evaluator
   * cites.
   */
  public Provenance provenance() {
    return provenanceTemplate;
  }

  public Evaluation evaluate(ParsedCase parsed) {
    return evaluateAll(List.of(parsed)).get(0);
  }

  /** Evaluates a chunk of cases in one rule session per rule base; results in input order. */
  public List<Evaluation> evaluateAll(List<ParsedCase> cases) {
    List<CaseWork> work = new ArrayList<>(cases.size());
    cases.forEach(p -> work.add(new CaseWork(p.caseFile(), relevance)));
    run(work);
    List<List<WhatIf>> whatIfs = whatIf ? reviewWhatIfs(work) : null;
    List<Evaluation> out = new ArrayList<>(cases.size());
    for (int i = 0; i < work.size(); i++) {
      CaseWork w = work.get(i);
      AssembledDecision decision = w.decision;
      List<WhatIf> whatIf = new ArrayList<>(this.whatIf ? decision.whatIf() : List.of());
      if (whatIfs != null) {
        whatIf.addAll(whatIfs.get(i));
      }
      List<String> warnings = new ArrayList<>(w.derived.warnings());
      warnings.addAll(decision.warnings());
      List<Finding> findings = Findings.of(decision.findings(), w.derived);
      out.add(
          new Evaluation(
              w.caseFile.caseId(),
              w.caseFile.asOf(),
              new Provenance(
                  provenanceTemplate.engineVersion(),
                  provenanceTemplate.ruleSets(),
                  cases.get(i).inputSha256()),
              DerivedViews.of(w.derived),
              findings,
              new Decision(
                  decision.outcome(),
                  decision.tier() == null ? null : decision.tier().name(),
                  decision.reasons(),
                  decision.missingData(),
                  decision.unresolvedData()),
              whatIf,
              Findings.notes(findings),
              warnings));
    }
    return out;
  }

  /** Derives, rates and decides each case (all scenarios of all cases in one run). */
  private void run(List<CaseWork> work) {
    int count = 0;
    for (CaseWork w : work) {
      count += w.completions.size();
    }
    List<Scenario> scenarios = new ArrayList<>(count);
    List<RuleRunner.PolicyContext> contexts = new ArrayList<>(count);
    for (CaseWork w : work) {
      w.first = scenarios.size();
      RuleRunner.PolicyContext context =
          new RuleRunner.PolicyContext(
              w.derived.imaging().daysSinceSameTest(),
              w.derived.imaging().newOrWorseningSymptoms(),
              w.derived.targetsWithoutLesion());
      scenarios.addAll(Completions.scenarios(w.first, w.derived, w.completions));
      for (int i = 0; i < w.completions.size(); i++) {
        contexts.add(context);
      }
    }
    List<ScenarioResult> results = runner.run(scenarios, contexts);
    for (CaseWork w : work) {
      w.decision =
          DecisionAssembler.decide(
              w.derived,
              w.completions,
              results.subList(w.first, w.first + w.completions.size()),
              w.enumerated);
    }
  }

  /** For requests held for review: the single documented changes that would change the outcome. */
  private List<List<WhatIf>> reviewWhatIfs(List<CaseWork> work) {
    List<CaseWork> variants = new ArrayList<>();
    List<List<WhatIfChanges.Change>> changes = new ArrayList<>();
    for (CaseWork w : work) {
      List<WhatIfChanges.Change> cs =
          w.decision.outcome() == Outcome.SECOND_REVIEW && w.enumerated
              ? WhatIfChanges.of(w.caseFile, w.derived)
              : List.of();
      changes.add(cs);
      cs.forEach(c -> variants.add(new CaseWork(c.variant(), relevance)));
    }
    if (!variants.isEmpty()) {
      run(variants);
    }
    List<List<WhatIf>> out = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < work.size(); i++) {
      List<WhatIf> list = new ArrayList<>();
      for (WhatIfChanges.Change change : changes.get(i)) {
        AssembledDecision d = variants.get(next++).decision;
        if (d.outcome() != work.get(i).decision.outcome()) {
          list.add(
              new WhatIf(
                  change.text(),
                  change.field(),
                  change.value(),
                  change.kind(),
                  change.valueCode(),
                  change.text(),
                  new WouldBe(
                      d.tier() == null ? null : d.tier().name(),
                      d.outcome(),
                      d.decidingCriteria())));
        }
      }
      if (!changes.get(i).isEmpty()) {
        list.addAll(noTest(work.get(i).decision));
      }
      out.add(list);
    }
    return out;
  }

  /**
   * Where the criteria rate not testing (the 2023 imaging table's "no test" column) appropriate for
   * the scenario of a reviewed imaging request, the what-if says so: there is no request to
   * evaluate, only the published cell.
   */
  private static List<WhatIf> noTest(AssembledDecision decision) {
    List<WhatIf> out = new ArrayList<>();
    for (MatchedCell m : decision.findings()) {
      CriteriaCell cell = m.rule().ruleSet().cell(m.rule().indication(), NO_TEST);
      String key = m.rule().indicationKey() + "/" + NO_TEST;
      if (cell != null && out.stream().noneMatch(w -> w.wouldBe().criteria().contains(key))) {
        if (cell.rating() != null && Tier.ofRating(cell.rating()) == Tier.APPROPRIATE) {
          out.add(
              new WhatIf(
                  "no test: "
                      + m.rule().ruleSet().info().id()
                      + " rates not testing "
                      + cell.rating()
                      + (cell.score() == null ? "" : " (" + cell.score() + ")")
                      + " for "
                      + m.rule().ruleSet().info().itemName()
                      + " "
                      + m.rule().indication(),
                  "request.procedure",
                  null,
                  "NO_TEST",
                  "NO_TEST",
                  "not testing (rated " + cell.rating() + " by the source for this scenario)",
                  new WouldBe(Tier.APPROPRIATE.name(), null, List.of(key))));
        }
      }
    }
    return out;
  }

  private static final class CaseWork {
    final CaseFile caseFile;
    final DerivedCase derived;
    final List<Completion> completions;
    final boolean enumerated;
    int first;
    AssembledDecision decision;

    CaseWork(CaseFile caseFile, Relevance relevance) {
      this.caseFile = caseFile;
      this.derived = CaseDerivation.derive(caseFile);
      List<Completion> all = Completions.of(derived, relevance);
      this.enumerated = !all.isEmpty();
      this.completions = enumerated ? all : List.of(Completion.NONE);
    }
  }

  static String engineVersion() {
    Properties p = new Properties();
    try (InputStream in =
        Evaluator.class.getResourceAsStream("/org/crosscheck/engine/engine.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the engine version", e);
    }
    return p.getProperty("version", "unknown");
  }
}
