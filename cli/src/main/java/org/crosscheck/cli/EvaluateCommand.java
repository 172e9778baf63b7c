// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.FieldError;
import org.crosscheck.engine.casefile.InvalidCaseException;
import org.crosscheck.engine.casefile.ParsedCase;
import org.crosscheck.engine.evaluation.EngineOptions;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.engine.json.EvaluationJson;
import org.crosscheck.engine.ruleset.PolicySettingsFiles;
import org.crosscheck.engine.ruleset.RuleSetCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck evaluate}: one evaluation per input, in input order. Exit 0 when every input
 * was evaluated; exit 2 when an input is invalid (a message on standard error names the file and
 * the field), the others being evaluated all the same.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Evaluate cases (case format v1). A .ndjson/.jsonl file holds one case per line; - reads one case"
            + " from standard input.")
final class EvaluateCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  private static final int CHUNK = 256;

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (for people, default) or json (JSON Lines)")
  Format format;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "A payer's review policy settings (JSON)")
  Path policy;

  @Option(names = "--no-what-if", description = "Skip the what-if alternatives")
  boolean noWhatIf;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Case files (JSON), .ndjson/.jsonl files, or -")
  List<String> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EngineOptions options = EngineOptions.defaults().withWhatIf(!noWhatIf);
    if (policy != null) {
      try {
        String defaults = RuleSetCatalog.load().policy(options.policyId()).info().settings();
        options = options.withPolicySettings(PolicySettingsFiles.read(policy, defaults));
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage());
        err.flush();
        return CrosscheckCommand.INVALID_INPUT;
      }
    }
    Evaluator evaluator = Evaluator.load(options);
    boolean invalid = false;
    List<CaseInputs.Input> inputs = CaseInputs.read(files, System.in);
    for (int start = 0; start < inputs.size(); start += CHUNK) {
      List<CaseInputs.Input> chunk = inputs.subList(start, Math.min(inputs.size(), start + CHUNK));
      List<ParsedCase> valid = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      for (CaseInputs.Input input : chunk) {
        if (input.readError() != null) {
          err.println(input.source() + ": " + input.readError());
          invalid = true;
          continue;
        }
        try {
          valid.add(CaseReader.read(input.bytes()));
          sources.add(input.source());
        } catch (InvalidCaseException e) {
          for (FieldError error : e.errors()) {
            err.println(input.source() + ": " + error);
          }
          invalid = true;
        }
      }
      List<Evaluation> evaluations = evaluator.evaluateAll(valid);
      for (int i = 0; i < evaluations.size(); i++) {
        out.println(
            format == Format.json
                ? EvaluationJson.toJson(evaluations.get(i))
                : TextReport.render(sources.get(i), evaluations.get(i)));
      }
      out.flush();
    }
    err.flush();
    return invalid ? CrosscheckCommand.INVALID_INPUT : 0;
  }
}
