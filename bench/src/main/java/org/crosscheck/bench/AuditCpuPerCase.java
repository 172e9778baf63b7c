// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.audit.AuditAggregates;
import org.crosscheck.audit.AuditOptions;
import org.crosscheck.audit.AuditRun;
import org.crosscheck.audit.ChunkProcessor;
import org.crosscheck.audit.ProcessedRecord;
import org.crosscheck.audit.input.InputRecord;

/**
 * The work of one audit worker (`crosscheck audit`): chunks of {@link AuditRun#CHUNK} records read,
 * evaluated and encoded by {@link ChunkProcessor} (the audit's evaluator, without what-if), then
 * counted into {@link AuditAggregates}, measured by the thread's CPU time and allocation as {@link
 * CpuPerCase} does. {@code CpuPerCase} measures the engine's batch alone; this adds what the audit
 * does around it (the CSV row's record, the counts): the two together say where a worker's time
 * goes. The counting is also reported on its own. Prints each round; the summary is the median and
 * best of the second half.
 *
 * <pre>java -cp "bench/target/classes:bench/target/lib/*" -Dcrosscheck.bench.cases=FILE.ndjson \
 *     org.crosscheck.bench.AuditCpuPerCase [ROUNDS=16]</pre>
 */
public final class AuditCpuPerCase {

  private AuditCpuPerCase() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    List<byte[]> cases = BenchInputs.cases();
    List<InputRecord> inputs = new ArrayList<>(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      inputs.add(InputRecord.of("bench", i + 1, cases.get(i)));
    }
    ChunkProcessor processor = new ChunkProcessor(AuditOptions.defaults().newEvaluator());
    ThreadMXBean thread = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    double[] cpu = new double[rounds];
    double[] counting = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      AuditAggregates counts = new AuditAggregates();
      long countingNanos = 0;
      long cpu0 = thread.getCurrentThreadCpuTime();
      long bytes0 = thread.getCurrentThreadAllocatedBytes();
      for (int from = 0; from < inputs.size(); from += AuditRun.CHUNK) {
        List<ProcessedRecord> done =
            processor.process(inputs.subList(from, Math.min(from + AuditRun.CHUNK, inputs.size())));
        long counting0 = thread.getCurrentThreadCpuTime();
        done.forEach(counts::add);
        countingNanos += thread.getCurrentThreadCpuTime() - counting0;
      }
      if (counts.evaluated() != inputs.size()) {
        // a benchmark of rejected records would measure the error path, not the audit
        throw new IllegalStateException(
            counts.evaluated()
                + " of "
                + inputs.size()
                + " cases evaluated; rejected: "
                + counts.rejectedByKind());
      }
      cpu[round] = (thread.getCurrentThreadCpuTime() - cpu0) / 1000.0 / inputs.size();
      counting[round] = countingNanos / 1000.0 / inputs.size();
      double allocated =
          (thread.getCurrentThreadAllocatedBytes() - bytes0) / 1024.0 / inputs.size();
      System.out.printf(
          "round %d: %.2f us of CPU per case, of which counting %.2f us; %.1f KB allocated per case"
              + "%n",
          round + 1, cpu[round], counting[round], allocated);
    }
    double[] steady = CpuPerCase.secondHalfSorted(cpu);
    double[] steadyCounting = CpuPerCase.secondHalfSorted(counting);
    System.out.printf(
        "%d cases, rounds %d-%d: median %.2f us (%,.0f cases/s per core), best %.2f us;"
            + " counting median %.2f us, best %.2f us%n",
        inputs.size(),
        rounds / 2 + 1,
        rounds,
        steady[steady.length / 2],
        1e6 / steady[steady.length / 2],
        steady[0],
        steadyCounting[steadyCounting.length / 2],
        steadyCounting[0]);
  }
}
