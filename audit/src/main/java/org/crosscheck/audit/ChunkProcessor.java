// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.audit.input.InputRecord;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.FieldError;
import org.crosscheck.engine.casefile.InvalidCaseException;
import org.crosscheck.engine.casefile.ParsedCase;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.engine.json.EvaluationJson;
import org.crosscheck.fhir.FhirBundles;
import org.crosscheck.fhir.FhirCaseMapper;
import org.crosscheck.fhir.FhirMappingException;
import org.crosscheck.fhir.MappedCase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads, validates and evaluates a chunk of input records in one rule session, keeping their order. Every record
 * comes out either evaluated or rejected with its source, line and reasons: a bad record never stops the chunk, and
 * an engine failure on a chunk is retried case by case so that only the failing case is reported.
 * The CLI's audit and the Spark job both use this class, so their evaluations agree record for record.
 */
public final class ChunkProcessor {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Evaluator evaluator;
  private final FhirCaseMapper fhir = new FhirCaseMapper();

  public ChunkProcessor(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  public List<ProcessedRecord> process(List<InputRecord> chunk) {
    ProcessedRecord[] out = new ProcessedRecord[chunk.size()];
    List<ParsedCase> valid = new ArrayList<>(chunk.size());
    List<Integer> positions = new ArrayList<>(chunk.size());
    List<List<String>> mappingWarnings = new ArrayList<>(chunk.size());
    List<List<Evaluation.InterpretationNote>> readings = new ArrayList<>(chunk.size());
    for (int i = 0; i < chunk.size(); i++) {
      InputRecord r = chunk.get(i);
      if (r.readError() != null) {
        out[i] = rejected(r, null, ProcessedRecord.Rejection.UNREADABLE, List.of(new FieldError("", r.readError())));
        continue;
      }
      byte[] json = r.json();
      List<String> warnings = List.of();
      List<Evaluation.InterpretationNote> read = List.of();
      if (r.fhirBundle()) {
        try {
          MappedCase mapped = fhir.map(FhirBundles.parseBundle(new String(json, StandardCharsets.UTF_8)), null);
          json = mapped.toJsonBytes();
          warnings = mapped.warnings().stream()
              .map(w -> "FHIR " + w.resource() + " " + w.element() + ": " + w.message()).toList();
          read = mapped.interpretations().stream()
              .map(n -> new Evaluation.InterpretationNote(n.id(), n.text())).toList();
        } catch (FhirMappingException e) {
          out[i] = rejected(r, null, ProcessedRecord.Rejection.INVALID_FHIR,
              List.of(new FieldError(where(e), e.getMessage())));
          continue;
        } catch (RuntimeException e) {
          out[i] = rejected(r, null, ProcessedRecord.Rejection.INVALID_FHIR, List.of(new FieldError("",
              "the FHIR mapping failed on this bundle (a defect: please report it): " + e)));
          continue;
        }
      }
      try {
        valid.add(CaseReader.read(json));
        positions.add(i);
        mappingWarnings.add(warnings);
        readings.add(read);
      } catch (InvalidCaseException e) {
        out[i] = rejected(r, caseIdOf(json), ProcessedRecord.Rejection.INVALID_CASE, e.errors());
      }
    }
    List<Object> evaluations = evaluate(valid);
    for (int v = 0; v < valid.size(); v++) {
      InputRecord r = chunk.get(positions.get(v));
      if (evaluations.get(v) instanceof Evaluation e
          && (!mappingWarnings.get(v).isEmpty() || !readings.get(v).isEmpty())) {
        evaluations.set(v, withFhirNotes(e, mappingWarnings.get(v), readings.get(v)));
      }
      out[positions.get(v)] = evaluations.get(v) instanceof Evaluation e
          ? new ProcessedRecord(r.source(), r.line(), EvaluationJson.toJsonBytes(e),
              AuditRecord.of(r.source(), r.line(), valid.get(v).caseFile(), e), null, null)
          : rejected(r, valid.get(v).caseFile().caseId(), ProcessedRecord.Rejection.ENGINE_ERROR, List.of(
              new FieldError("", "the engine failed on this valid case (a defect: please report it): "
                  + evaluations.get(v))));
    }
    return List.of(out);
  }

  /**
   * What of a FHIR bundle could not be mapped goes into the evaluation's warnings, and the readings of FHIR data the
   * case relies on into its interpretations, after the engine's: the reader of the evaluation sees both.
   */
  static Evaluation withFhirNotes(Evaluation e, List<String> mapping, List<Evaluation.InterpretationNote> read) {
    List<String> warnings = new ArrayList<>(e.warnings());
    warnings.addAll(mapping);
    List<Evaluation.InterpretationNote> interpretations = new ArrayList<>(e.interpretations());
    interpretations.addAll(read);
    return new Evaluation(e.caseId(), e.evaluatedAt(), e.provenance(), e.derived(), e.findings(), e.decision(),
        e.whatIf(), interpretations, warnings);
  }

  /** All at once; if the chunk fails, case by case: an Evaluation, or the exception of a case that fails alone. */
  private List<Object> evaluate(List<ParsedCase> cases) {
    try {
      return new ArrayList<>(evaluator.evaluateAll(cases));
    } catch (RuntimeException chunkFailure) {
      List<Object> one = new ArrayList<>(cases.size());
      for (ParsedCase c : cases) {
        try {
          one.add(evaluator.evaluate(c));
        } catch (RuntimeException e) {
          one.add(e);
        }
      }
      return one;
    }
  }

  private static ProcessedRecord rejected(
      InputRecord r, String caseId, ProcessedRecord.Rejection kind, List<FieldError> errors) {
    ObjectNode error = JSON.createObjectNode();
    error.put("source", r.source());
    error.put("line", r.line());
    if (caseId != null) {
      error.put("caseId", caseId);
    }
    error.put("rejection", kind.name());
    ArrayNode list = error.putArray("errors");
    for (FieldError f : errors) {
      list.addObject().put("field", f.path()).put("message", f.message());
    }
    return new ProcessedRecord(r.source(), r.line(), null, null, JSON.writeValueAsBytes(error), kind);
  }

  /** Where in the bundle a mapping failed: "Observation/obs-3 code", or "" when it is the bundle as a whole. */
  private static String where(FhirMappingException e) {
    return java.util.stream.Stream.of(e.resource(), e.element()).filter(java.util.Objects::nonNull)
        .collect(java.util.stream.Collectors.joining(" "));
  }

  /** The caseId of a record that did not validate, when it can be read at all (for the error report). */
  private static String caseIdOf(byte[] json) {
    try {
      JsonNode node = JSON.readTree(json);
      JsonNode id = node == null ? null : node.get("caseId");
      return id != null && id.isString() ? id.asString() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
