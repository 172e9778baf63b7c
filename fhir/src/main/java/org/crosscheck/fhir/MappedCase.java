// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result of a mapping: the case (format v1, not yet validated: {@code
 * CaseReader.read(toJsonBytes())} validates it), every warning about input that could not be used,
 * the id of the ServiceRequest that was rated, and the readings of FHIR data ({@link
 * Interpretations}) the case relies on, for the output to name. The case is JSON rather than a
 * {@code CaseFile} so that the engine's reader stays the one place that validates cases. {@code
 * notUsedByType} counts the resources that were not used for an aggregated reason (a code no table
 * has, a type the mapping does not read), by resource type, so that an output can say what was not
 * used by kind without listing thousands.
 */
public record MappedCase(
    ObjectNode caseJson,
    List<MappingWarning> warnings,
    String orderId,
    List<Interpretations.Note> interpretations,
    Map<String, Integer> notUsedByType) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public MappedCase {
    warnings = List.copyOf(warnings);
    interpretations = List.copyOf(interpretations);
    notUsedByType = Collections.unmodifiableMap(new TreeMap<>(notUsedByType));
  }

  /** The case as UTF-8 JSON bytes, for {@code CaseReader.read}. */
  public byte[] toJsonBytes() {
    return JSON.writeValueAsBytes(caseJson);
  }
}
