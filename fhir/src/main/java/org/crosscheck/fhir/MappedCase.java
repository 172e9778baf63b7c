// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result of a mapping: the case (format v1, not yet validated: {@code CaseReader.read(toJsonBytes())} validates
 * it), every warning about input that could not be used, the id of the ServiceRequest that was rated, and the
 * readings of FHIR data ({@link Interpretations}) the case relies on, for the output to name. The case is JSON rather
 * than a {@code CaseFile} so that the engine's reader stays the one place that validates cases.
 */
public record MappedCase(ObjectNode caseJson, List<MappingWarning> warnings, String orderId,
    List<Interpretations.Note> interpretations) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public MappedCase {
    warnings = List.copyOf(warnings);
    interpretations = List.copyOf(interpretations);
  }

  /** The case as UTF-8 JSON bytes, for {@code CaseReader.read}. */
  public byte[] toJsonBytes() {
    return JSON.writeValueAsBytes(caseJson);
  }
}
