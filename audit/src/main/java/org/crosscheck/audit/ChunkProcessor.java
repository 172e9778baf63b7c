// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

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
import org.crosscheck.fhir.FhirCaseMapper;
import org.crosscheck.fhir.FhirMappingException;
import org.crosscheck.fhir.FhirRecords;
import org.crosscheck.fhir.MappedCase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads, validates and evaluates a chunk of input records in one rule session, keeping their order.
 * Every record comes out either evaluated or rejected with its source, line and reasons: a bad
 * record never stops the chunk, and an engine failure on a chunk is retried case by case so that
 * only the failing case is reported. The CLI's audit and the Spark job both use this class, so
 * their evaluations agree record for record.
 */
public final class ChunkProcessor {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Evaluator evaluator;

  /**
   * The FHIR mapping (thread-safe), loaded once per JVM on the first FHIR record: runs over cases
   * never load its tables, and Spark's per-partition processors share it.
   */
  private static final class Fhir {
    static final FhirCaseMapper MAPPER = new FhirCaseMapper();
  }

  public ChunkProcessor(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  public List<ProcessedRecord> process(List<InputRecord> chunk) {
    ProcessedRecord[] out = new ProcessedRecord[chunk.size()];
    List<ReadCase> valid = new ArrayList<>(chunk.size());
    for (int i = 0; i < chunk.size(); i++) {
      InputRecord r = chunk.get(i);
      if (r.readError() != null) {
        out[i] =
            rejected(
                r,
                null,
                r.tooLarge()
                    ? ProcessedRecord.Rejection.TOO_LARGE
                    : ProcessedRecord.Rejection.UNREADABLE,
                List.of(new FieldError("", r.readError())));
        continue;
      }
      byte[] json = r.json();
      FhirNotes notes = FhirNotes.NONE;
      if (r.fhirBundle()) {
        try {
          MappedCase mapped = Fhir.MAPPER.map(FhirRecords.read(json), null);
          json = mapped.toJsonBytes();
          notes = FhirNotes.of(mapped);
        } catch (FhirMappingException e) {
          out[i] =
              rejected(
                  r,
                  null,
                  ProcessedRecord.Rejection.INVALID_FHIR,
                  List.of(new FieldError(e.where(), e.getMessage())));
          continue;
        } catch (RuntimeException e) {
          out[i] =
              rejected(
                  r,
                  null,
                  ProcessedRecord.Rejection.INVALID_FHIR,
                  List.of(
                      new FieldError(
                          "",
                          "the FHIR mapping failed on this bundle (a defect: please report it): "
                              + e)));
          continue;
        }
      }
      try {
        valid.add(new ReadCase(i, CaseReader.read(json), notes));
      } catch (InvalidCaseException e) {
        out[i] = rejected(r, caseIdOf(json), ProcessedRecord.Rejection.INVALID_CASE, e.errors());
      }
    }
    List<Object> evaluations = evaluate(valid.stream().map(ReadCase::parsed).toList());
    try (EvaluationJson.Encoder json = new EvaluationJson.Encoder()) {
      for (int v = 0; v < valid.size(); v++) {
        ReadCase c = valid.get(v);
        InputRecord r = chunk.get(c.position());
        out[c.position()] =
            evaluations.get(v) instanceof Evaluation evaluated
                ? evaluatedRecord(json, r, c.parsed(), c.notes().addTo(evaluated))
                : rejected(
                    r,
                    c.parsed().caseFile().caseId(),
                    ProcessedRecord.Rejection.ENGINE_ERROR,
                    List.of(
                        new FieldError(
                            "",
                            "the engine failed on this valid case (a defect: please report it): "
                                + evaluations.get(v))));
      }
    }
    return List.of(out);
  }

  private static ProcessedRecord evaluatedRecord(
      EvaluationJson.Encoder json, InputRecord r, ParsedCase parsed, Evaluation e) {
    return new ProcessedRecord(
        r.source(),
        r.line(),
        json.toJsonBytes(e),
        AuditRecord.of(r.source(), r.line(), parsed.caseFile(), e),
        null,
        null);
  }

  /**
   * A record read as a valid case: its place in the chunk, and what its FHIR mapping (if any)
   * leaves to say.
   */
  private record ReadCase(int position, ParsedCase parsed, FhirNotes notes) {}

  /**
   * What of a FHIR bundle could not be mapped, and the readings of FHIR data the case relies on:
   * they go into the evaluation's warnings and interpretations, after the engine's, so that the
   * reader of the evaluation sees both.
   */
  record FhirNotes(List<String> warnings, List<Evaluation.InterpretationNote> readings) {
    static final FhirNotes NONE = new FhirNotes(List.of(), List.of());

    static FhirNotes of(MappedCase mapped) {
      return new FhirNotes(
          mapped.warnings().stream()
              .map(w -> "FHIR " + w.resource() + " " + w.element() + ": " + w.message())
              .toList(),
          mapped.interpretations().stream()
              .map(n -> new Evaluation.InterpretationNote(n.id(), n.text()))
              .toList());
    }

    Evaluation addTo(Evaluation e) {
      if (warnings.isEmpty() && readings.isEmpty()) {
        return e;
      }
      List<String> allWarnings = new ArrayList<>(e.warnings());
      allWarnings.addAll(warnings);
      List<Evaluation.InterpretationNote> interpretations = new ArrayList<>(e.interpretations());
      interpretations.addAll(readings);
      return new Evaluation(
          e.caseId(),
          e.evaluatedAt(),
          e.provenance(),
          e.derived(),
          e.findings(),
          e.decision(),
          e.whatIf(),
          interpretations,
          allWarnings);
    }
  }

  /**
   * All at once; if the chunk fails, case by case: an Evaluation, or the exception of a case that
   * fails alone.
   */
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
    return new ProcessedRecord(
        r.source(), r.line(), null, null, JSON.writeValueAsBytes(error), kind);
  }

  /**
   * The caseId of a record that did not validate, when it can be read at all (for the error
   * report).
   */
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
