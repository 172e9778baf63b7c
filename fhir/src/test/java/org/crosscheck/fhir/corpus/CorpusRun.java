// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Outcome;
import org.crosscheck.fhir.FhirCaseMapper;
import org.crosscheck.fhir.FhirRecords;
import org.crosscheck.fhir.MappedCase;
import org.crosscheck.fhir.dtr.DocumentationForms;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a corpus of order bundles (bench/synthea/generate.sh) through the mapping, the engine and
 * both documentation forms, answered by a {@link SimulatedClinician}: one {@link Result} per order.
 */
final class CorpusRun {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One order: what its record holds, what was read, and what the forms asked. */
  record Result(
      CorpusOrder order,
      ObjectNode mapped,
      int warnings,
      Outcome before,
      int missing,
      Outcome afterFull,
      int fullQuestions,
      Outcome afterAdaptive,
      int adaptiveQuestions) {

    boolean read(String path) {
      JsonNode node = mapped;
      for (String step : path.split("\\.")) {
        node = node == null ? null : node.get(step);
      }
      return node != null && !(node.isArray() && node.isEmpty());
    }
  }

  private final FhirCaseMapper mapper = new FhirCaseMapper();
  private final DocumentationForms forms;
  private final SimulatedClinician clinician;

  CorpusRun(DocumentationForms forms) {
    this.forms = forms;
    this.clinician = new SimulatedClinician(forms.catalog(), 13);
  }

  List<Result> run(Path corpus, int limit) throws IOException {
    List<Result> out = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(corpus);
        InputStream in =
            corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = lines.readLine()) != null && out.size() < limit) {
        if (!line.isBlank()) {
          out.add(one(line));
        }
      }
    }
    return out;
  }

  Result one(String line) {
    CorpusOrder order = CorpusOrder.of(JSON.readTree(line));
    MappedCase mapped = mapper.map(FhirRecords.read(line.getBytes(StandardCharsets.UTF_8)), null);
    ObjectNode c = mapped.caseJson();
    String context = mapped.orderId();
    Evaluation before = forms.rate(c, null).evaluation();

    ObjectNode full = c;
    int fullQuestions = 0;
    for (int round = 0; round < 5; round++) {
      DocumentationForms.Package p =
          forms.questionnairePackage(context, order.procedure(), full, null);
      if (p.evaluation().decision().outcome() != Outcome.PEND || p.response().getItem().isEmpty()) {
        break;
      }
      fullQuestions += clinician.answer(p.response(), context, order.asOf());
      full = forms.rate(full, p.response()).caseJson();
    }
    Outcome afterFull = forms.rate(full, null).evaluation().decision().outcome();

    QuestionnaireResponse response = null;
    DocumentationForms.Step step;
    int guard = 0;
    while (true) {
      step = forms.nextQuestion(context, order.procedure(), c, response, null);
      response = step.response();
      if (response.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
          || ++guard > 40) {
        break;
      }
      clinician.answer(response, context, order.asOf());
    }
    return new Result(
        order,
        c,
        mapped.warnings().size(),
        before.decision().outcome(),
        before.decision().missingData().size(),
        afterFull,
        fullQuestions,
        step.rated().evaluation().decision().outcome(),
        step.asked());
  }
}
