// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.ParsedCase;
import org.crosscheck.engine.evaluation.EngineOptions;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.engine.json.EvaluationJson;

/**
 * The work of {@code EvaluationBenchmark.batch} (read, evaluate and write chunks of 1,000 cases on
 * one thread), measured by that thread's own CPU time and allocation rather than the wall clock: on
 * a shared two-core machine the wall clock also counts the time the thread waits for a core (the
 * JIT's threads, the garbage collector's, other processes), which gives JMH's scores here errors of
 * 10-30%. Prints each round; the summary is the median and best of the second half.
 *
 * <pre>java -cp "bench/target/classes:bench/target/lib/*" -Dcrosscheck.bench.cases=FILE.ndjson \
 *     org.crosscheck.bench.CpuPerCase [ROUNDS=16] [WHATIF=false]</pre>
 */
public final class CpuPerCase {

  private CpuPerCase() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    boolean whatIf = args.length > 1 && Boolean.parseBoolean(args[1]);
    List<byte[]> inputs = BenchInputs.cases();
    Evaluator evaluator = Evaluator.load(EngineOptions.defaults().withWhatIf(whatIf));
    ThreadMXBean thread = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    double[] cpu = new double[rounds];
    long written = 0;
    for (int round = 0; round < rounds; round++) {
      long wall0 = System.nanoTime();
      long cpu0 = thread.getCurrentThreadCpuTime();
      long bytes0 = thread.getCurrentThreadAllocatedBytes();
      for (int from = 0; from < inputs.size(); from += EvaluationBenchmark.BATCH) {
        int to = Math.min(from + EvaluationBenchmark.BATCH, inputs.size());
        List<ParsedCase> chunk = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
          chunk.add(CaseReader.read(inputs.get(i)));
        }
        try (EvaluationJson.Encoder json = new EvaluationJson.Encoder()) {
          for (Evaluation e : evaluator.evaluateAll(chunk)) {
            written += json.toJsonBytes(e).length;
          }
        }
      }
      cpu[round] = (thread.getCurrentThreadCpuTime() - cpu0) / 1000.0 / inputs.size();
      double allocated =
          (thread.getCurrentThreadAllocatedBytes() - bytes0) / 1024.0 / inputs.size();
      System.out.printf(
          "round %d: %.2f us of CPU per case (%.2f us of wall time), %.1f KB allocated per case%n",
          round + 1, cpu[round], (System.nanoTime() - wall0) / 1000.0 / inputs.size(), allocated);
    }
    double[] steady = secondHalfSorted(cpu);
    double median = steady[steady.length / 2];
    System.out.printf(
        "%d cases, whatIf %s, rounds %d-%d: median %.2f us (%,.0f cases/s per core), best %.2f us"
            + " (%,.0f); %,d bytes written%n",
        inputs.size(),
        whatIf,
        rounds / 2 + 1,
        rounds,
        median,
        1e6 / median,
        steady[0],
        1e6 / steady[0],
        written);
  }

  /** The rounds after the warm-up (the second half), sorted: median and best are read from it. */
  static double[] secondHalfSorted(double[] rounds) {
    double[] half = Arrays.copyOfRange(rounds, rounds.length / 2, rounds.length);
    Arrays.sort(half);
    return half;
  }
}
