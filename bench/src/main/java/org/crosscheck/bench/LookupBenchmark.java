// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.derivation.CaseDerivation;
import org.crosscheck.engine.derivation.Completions;
import org.crosscheck.engine.derivation.DerivedCase;
import org.crosscheck.engine.evaluation.CriteriaLookup;
import org.crosscheck.engine.facts.CriterionMatch;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.ruleset.LoadedRuleSet;
import org.crosscheck.engine.ruleset.RuleSetCatalog;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The table lookup alone, on the same 1,000 scenarios: the decision tables in one Drools session
 * versus the hand-coded lookup (the practical limit). Scores are scenarios per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
public class LookupBenchmark {

  static final int SCENARIOS = 1000;

  KieBase kieBase;
  CriteriaLookup lookup;
  List<Scenario> scenarios;

  @Setup
  public void setUp() {
    LoadedRuleSet revasc = RuleSetCatalog.load().criteria().get(0);
    kieBase = revasc.kieBase();
    lookup = new CriteriaLookup(revasc);
    List<Scenario> all = new ArrayList<>();
    for (byte[] input : BenchInputs.cases()) {
      DerivedCase d = CaseDerivation.derive(CaseReader.read(input).caseFile());
      all.addAll(Completions.scenarios(all.size(), d, Completions.of(d, revasc.rows())));
    }
    scenarios = new ArrayList<>(SCENARIOS);
    for (int i = 0; i < SCENARIOS; i++) {
      Scenario s = all.get(i % all.size());
      scenarios.add(
          new Scenario(
              i,
              s.procedure(),
              s.urgency(),
              s.setting(),
              s.column(),
              s.risk(),
              s.therapy(),
              s.lvFunction(),
              s.vessels(),
              s.proximalLad(),
              s.leftMain(),
              s.singleCto(),
              s.vesselsWithBorderline(),
              s.borderlineUnevaluated(),
              s.borderlineFfrSignificant(),
              s.borderlineFfrNotSignificant(),
              s.cadBurden(),
              s.priorCabg(),
              s.svgDisease(),
              s.allGraftsPatent(),
              s.ungraftedNativeDisease(),
              s.stemiTiming(),
              s.instability(),
              s.acsRisk(),
              s.shock(),
              s.reperfusion(),
              s.target(),
              s.targetSpan(),
              s.phase(),
              s.recurrentIschemia(),
              s.imagingSymptoms(),
              s.imagingQuestion(),
              s.cadProbability(),
              s.suspectedCondition(),
              s.acuity(),
              s.acsProbability(),
              s.exclusionOfIschemia(),
              s.heartFailureStatus(),
              s.cabgInterval(),
              s.pciInterval(),
              s.priorRevascularization(),
              s.incompleteRevascularization(),
              s.priorHighRiskPci(),
              s.silentIschemiaRisk(),
              s.targetLesions()));
    }
  }

  @Benchmark
  @OperationsPerInvocation(SCENARIOS)
  public void droolsSessionPer1000(Blackhole blackhole) {
    KieSession session = kieBase.newKieSession();
    try {
      List<CriterionMatch> found = new ArrayList<>();
      session.setGlobal(CriterionMatch.GLOBAL, found);
      for (Scenario s : scenarios) {
        session.insert(s);
      }
      session.fireAllRules();
      blackhole.consume(found.size());
    } finally {
      session.dispose();
    }
  }

  /**
   * The engine's rule step for one criteria rule base ({@link CriteriaLookup}, what {@code
   * RuleRunner} runs): the same session, each group of scenarios alike in the fields the tables
   * test inserted once, its matches given to the scenarios of the group (276 groups of these 1,000;
   * 480 scenarios distinct in every field).
   */
  @Benchmark
  @OperationsPerInvocation(SCENARIOS)
  public void droolsEngineLookup(Blackhole blackhole) {
    blackhole.consume(lookup.matches(scenarios));
  }

  @Benchmark
  @OperationsPerInvocation(SCENARIOS)
  public void handCoded(Blackhole blackhole) {
    for (Scenario s : scenarios) {
      blackhole.consume(HandCodedRevasc2012.cells(s));
    }
  }
}
