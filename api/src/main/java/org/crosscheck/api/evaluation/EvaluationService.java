// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.evaluation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.ParsedCase;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.engine.evaluation.Outcome;
import org.springframework.stereotype.Service;

/**
 * Reads and evaluates a case (the engine), counting evaluations by outcome and timing them (latency
 * histogram {@code crosscheck.evaluation}). Invalid input raises the engine's InvalidCaseException
 * (400 with field paths).
 */
@Service
public class EvaluationService {

  private final Evaluator evaluator;
  private final Timer latency;
  private final Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);

  EvaluationService(Evaluator evaluator, MeterRegistry registry) {
    this.evaluator = evaluator;
    this.latency =
        Timer.builder("crosscheck.evaluation")
            .description("Time to parse, derive, rate and decide a case")
            .register(registry);
    for (Outcome outcome : Outcome.values()) {
      byOutcome.put(
          outcome,
          Counter.builder("crosscheck.evaluations")
              .tag("outcome", outcome.name())
              .description("Evaluations by decision outcome")
              .register(registry));
    }
  }

  /** A case read from request bytes and its evaluation. */
  public record Evaluated(ParsedCase parsed, Evaluation evaluation) {}

  public Evaluated evaluate(byte[] body) {
    return latency.record(
        () -> {
          ParsedCase parsed = CaseReader.read(body);
          Evaluation evaluation = evaluator.evaluate(parsed);
          byOutcome.get(evaluation.decision().outcome()).increment();
          return new Evaluated(parsed, evaluation);
        });
  }
}
