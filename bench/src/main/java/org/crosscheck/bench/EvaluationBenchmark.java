// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.ParsedCase;
import org.crosscheck.engine.evaluation.EngineOptions;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.engine.json.EvaluationJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * End to end, as a caller sees it: bytes in, parse + validate + derive + rules + policy +
 * explanation + JSON out. {@code singleCase}: one case per call (a service request). {@code batch}:
 * 1,000 cases per call in one rule session per rule base (an audit chunk). {@code jsonRoundTrip}:
 * the floor under {@code batch}, the JSON work alone on the same 1,000 cases: Jackson binds each
 * input to the case record (no validation) and writes the evaluation {@code batch} makes of it
 * (evaluated once, before the measurement) with the same writer. {@code evaluationJson}: that
 * writer alone. Scores are cases per second; {@code batch / jsonRoundTrip} is how far the engine's
 * own work takes a case above the cost of its JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
public class EvaluationBenchmark {

  static final int BATCH = 1000;

  @Param({"true", "false"})
  boolean whatIf;

  /**
   * Jackson with its defaults: the floor reads the case without the strict binding and validation.
   */
  static final ObjectReader PLAIN_CASE_READER =
      JsonMapper.builder().build().readerFor(CaseFile.class);

  Evaluator evaluator;
  byte[][] inputs;
  Evaluation[] evaluations;

  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup
  public void setUp() {
    evaluator = Evaluator.load(EngineOptions.defaults().withWhatIf(whatIf));
    inputs = BenchInputs.cases().toArray(byte[][]::new);
    List<Evaluation> all = new ArrayList<>(inputs.length);
    for (int from = 0; from < inputs.length; from += BATCH) {
      List<ParsedCase> chunk = new ArrayList<>(BATCH);
      for (int i = from; i < Math.min(from + BATCH, inputs.length); i++) {
        chunk.add(CaseReader.read(inputs[i]));
      }
      all.addAll(evaluator.evaluateAll(chunk));
    }
    evaluations = all.toArray(Evaluation[]::new);
  }

  @Benchmark
  public byte[] singleCase(Cursor cursor) {
    byte[] input = inputs[cursor.next++ % inputs.length];
    return EvaluationJson.toJsonBytes(evaluator.evaluate(CaseReader.read(input)));
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void batch(Cursor cursor, Blackhole blackhole) {
    List<ParsedCase> chunk = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      chunk.add(CaseReader.read(inputs[cursor.next++ % inputs.length]));
    }
    try (EvaluationJson.Encoder json = new EvaluationJson.Encoder()) {
      for (Evaluation e : evaluator.evaluateAll(chunk)) {
        blackhole.consume(json.toJsonBytes(e));
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void jsonRoundTrip(Cursor cursor, Blackhole blackhole) {
    try (EvaluationJson.Encoder json = new EvaluationJson.Encoder()) {
      for (int i = 0; i < BATCH; i++) {
        int n = cursor.next++ % inputs.length;
        blackhole.consume(PLAIN_CASE_READER.<CaseFile>readValue(inputs[n]));
        blackhole.consume(json.toJsonBytes(evaluations[n]));
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void evaluationJson(Cursor cursor, Blackhole blackhole) {
    for (int i = 0; i < BATCH; i++) {
      blackhole.consume(EvaluationJson.toJsonBytes(evaluations[cursor.next++ % inputs.length]));
    }
  }
}
