// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.ParsedCase;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.json.EvaluationJson;
import org.crosscheck.testcases.VignetteCheck;
import org.crosscheck.testcases.Vignettes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code crosscheck evaluate} as a user runs it: exit codes, JSON Lines order, field-naming errors.
 */
class EvaluateCommandTest {

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CrosscheckCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void reproducesEveryVignettesExpectedResultInInputOrder() throws IOException {
    List<Path> files = Vignettes.all();
    List<String> args = new ArrayList<>(List.of("evaluate", "--format", "json"));
    files.forEach(f -> args.add(f.toString()));
    Run run = run(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSameSizeAs(files);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      ParsedCase vignette = CaseReader.read(Files.readAllBytes(files.get(i)));
      Evaluation evaluation = EvaluationJson.mapper().readValue(lines.get(i), Evaluation.class);
      assertThat(evaluation.caseId()).isEqualTo(vignette.caseFile().caseId());
      String name = files.get(i).getFileName().toString();
      VignetteCheck.mismatches(evaluation, vignette.caseFile())
          .forEach(m -> failures.add(name + ": " + m));
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void invalidInputExitsTwoNamingFileAndFieldWhileValidFilesAreStillEvaluated(@TempDir Path dir)
      throws IOException {
    Path good = Path.of("../docs/examples/pci-stable-two-vessel.json");
    Path badEnum =
        write(dir, "bad-enum.json", Files.readString(good).replace("\"STABLE\"", "\"CHRONIC\""));
    Path badRange =
        write(
            dir,
            "bad-range.json",
            Files.readString(good).replace("\"ccsClass\": 2", "\"ccsClass\": 7"));
    Path malformed = write(dir, "malformed.json", "{\"caseId\": \"x\", ");
    Path wrongType =
        write(
            dir,
            "wrong-type.json",
            Files.readString(good).replace("\"lvef\": 55", "\"lvef\": \"55\""));
    Run run =
        run(
            "evaluate",
            "--format",
            "json",
            badEnum.toString(),
            good.toString(),
            badRange.toString(),
            malformed.toString(),
            wrongType.toString(),
            dir.resolve("missing.json").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out().lines()).hasSize(1).allMatch(l -> l.contains("\"caseId\":\"example-1\""));
    assertThat(run.err())
        .contains(
            "bad-enum.json: presentation.setting: 'CHRONIC' is not one of STABLE, UNSTABLE_ANGINA, NSTEMI, STEMI")
        .contains("bad-range.json: presentation.ccsClass: must be between 0 and 4, got 7")
        .contains("malformed.json: malformed JSON")
        .contains("wrong-type.json: lvef: expected an integer")
        .contains("missing.json: cannot read the file");
  }

  @Test
  void textFormatIsASummaryForPeople() {
    Run run = run("evaluate", "../docs/examples/pci-stable-two-vessel.json");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("Decision: CLEAR")
        .contains("revasc-auc-2012 41 / CCS_I_II (PCI): A (9) APPROPRIATE")
        .contains("Table 2, indication 41");
  }

  @Test
  void sameInputGivesByteIdenticalOutput() {
    Run first = run("evaluate", "--format", "json", "../docs/examples/design-sample.json");
    Run second = run("evaluate", "--format", "json", "../docs/examples/design-sample.json");
    assertThat(first.out()).isNotEmpty().isEqualTo(second.out());
  }

  @Test
  void ndjsonInputIsOneCasePerLineAndErrorsNameTheLine(@TempDir Path dir) throws IOException {
    String good =
        Files.readString(Path.of("../docs/examples/pci-stable-two-vessel.json"))
            .replaceAll("\\s*\\n\\s*", " ");
    Path ndjson = write(dir, "cases.ndjson", good + "\n{\"caseId\":\"y\"}\n" + good + "\n");
    Run run = run("evaluate", "--format", "json", ndjson.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.err())
        .contains("cases.ndjson:2: asOf: required")
        .contains("cases.ndjson:2: request: required");
  }

  @Test
  void aPayerPolicyFileChangesTheDecision(@TempDir Path dir) throws IOException {
    Path vignette =
        Vignettes.root().resolve("revasc-2012/policy/POL-REVIEW-may-be-appropriate-elective.json");
    Path lenient = write(dir, "payer.json", "{\"reviewMayBeAppropriateElective\": false}");
    assertThat(run("evaluate", "--format", "json", vignette.toString()).out())
        .contains("\"outcome\":\"SECOND_REVIEW\"");
    assertThat(
            run("evaluate", "--format", "json", "--policy", lenient.toString(), vignette.toString())
                .out())
        .contains("\"outcome\":\"CLEAR\"");
    Path broken = write(dir, "broken.json", "{\"reviewEverything\": true}");
    Run bad = run("evaluate", "--policy", broken.toString(), vignette.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err())
        .contains(
            "broken.json: not a valid policy settings file: unknown field 'reviewEverything'");
  }

  @Test
  void rulesListsTheRuleSetsWithTheirSourceAttributes() {
    Run run = run("rules");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("revasc-auc-2012 1.1.2")
        .contains("163 rules")
        .contains("Patel MR et al. J Am Coll Cardiol 2012;59:857-81")
        .contains("review-policy-default")
        .contains("not encoded (no rating): 68/ANY, 69/ANY")
        .contains("imaging-ccd-auc-2023 1.0.2")
        .contains("63 rules")
        .contains("acr-cardiac 1.0.2")
        .contains("139 rules")
        .contains("unmapped procedures/columns (no request type)")
        .contains("US echocardiography transthoracic resting");
  }

  private static Path write(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
