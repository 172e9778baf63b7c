// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.audit.AuditOptions;
import org.crosscheck.audit.AuditRun;
import org.crosscheck.audit.AuditSummary;
import org.crosscheck.audit.output.AuditFiles;
import org.crosscheck.engine.evaluation.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck audit}: evaluate a year of historical cases on this machine and write the
 * audit's outputs.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Audit historical cases: evaluate every record (NDJSON, CSV or FHIR bundles; gzip accepted) on all cores and"
          + " write evaluations.ndjson, evaluations.csv, errors.ndjson, summary.json and report.html.",
      "A bad record goes to errors.ndjson with its line and reason; the run goes on. Records = evaluated +"
          + " rejected, always."
    })
final class AuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--in",
      required = true,
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Input files: *.ndjson, *.jsonl, *.json (one case per line), *.csv, or *.fhir.ndjson (one FHIR R4"
              + " Bundle per line), optionally .gz")
  List<Path> inputs;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output directory (created)")
  Path out;

  @Option(
      names = "--rulesets",
      split = ",",
      paramLabel = "ID",
      description = "Criteria rule sets to apply (default: all), e.g. revasc-auc-2012")
  List<String> ruleSets;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "A payer's review policy settings (JSON)")
  Path policy;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores)")
  Integer threads;

  @Option(
      names = "--max-record-bytes",
      paramLabel = "BYTES",
      defaultValue = "67108864",
      description =
          "A record larger than this is rejected as TOO_LARGE with its line, the run goes on "
              + "(default: ${DEFAULT-VALUE}, 64 MiB)")
  long maxRecordBytes;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Evaluator evaluator;
    try {
      for (Path in : inputs) {
        if (!Files.isRegularFile(in)) {
          throw new IllegalArgumentException("input " + in + ": no such file");
        }
      }
      byte[] settings = policy == null ? null : Files.readAllBytes(policy);
      evaluator =
          new AuditOptions(ruleSets, policy == null ? null : policy.toString(), settings)
              .newEvaluator();
    } catch (IllegalArgumentException | IOException e) {
      err.println("crosscheck audit: " + e.getMessage());
      err.flush();
      return CrosscheckCommand.INVALID_INPUT;
    }
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    ProgressLine progress = new ProgressLine(err, System.console() != null);
    AuditSummary summary;
    try {
      summary = new AuditRun(evaluator, workers, maxRecordBytes).run(inputs, out, progress);
    } catch (IllegalArgumentException e) {
      err.println("crosscheck audit: " + e.getMessage());
      err.flush();
      return CrosscheckCommand.INVALID_INPUT;
    }
    progress.finish();
    AuditSummary.Run run = summary.run();
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        "%d records = %d evaluated + %d rejected (%s)%n",
        run.records(),
        run.evaluated(),
        run.rejected(),
        run.rejected() == 0 ? "none rejected" : "see " + out.resolve(AuditFiles.ERRORS));
    stdout.printf(
        "%d of %d providers flagged; report: %s%n",
        summary.providerOutliers().flagged(),
        summary.providerOutliers().tested(),
        out.resolve(AuditFiles.REPORT));
    stdout.flush();
    return 0;
  }
}
