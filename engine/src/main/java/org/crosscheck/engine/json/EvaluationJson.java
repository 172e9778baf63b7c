// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.json;

import org.crosscheck.engine.evaluation.Evaluation;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes evaluation output v1. Properties keep the declaration order of the output records (Jackson
 * 3 would sort them alphabetically): the order is part of the contract and the bytes are
 * reproducible.
 */
public final class EvaluationJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(SerializationFeature.INDENT_OUTPUT)
          .build();
  private static final ObjectWriter COMPACT = MAPPER.writerFor(Evaluation.class);

  private EvaluationJson() {}

  /** One line of JSON (for JSON Lines). */
  public static String toJson(Evaluation evaluation) {
    return COMPACT.writeValueAsString(evaluation);
  }

  public static byte[] toJsonBytes(Evaluation evaluation) {
    return COMPACT.writeValueAsBytes(evaluation);
  }

  /** The mapper, for callers that embed evaluations in other documents. */
  public static JsonMapper mapper() {
    return MAPPER;
  }
}
