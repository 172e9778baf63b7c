// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.json;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Finding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes evaluation output v1. Properties keep the declaration order of the output records (Jackson
 * 3 would sort them alphabetically): the order is part of the contract and the bytes are
 * reproducible.
 *
 * <p>The parts that repeat from one evaluation to the next (a finding, which is a criterion cell of
 * a published table; an interpretation's wording; a rule set's reference) are about two thirds of
 * an evaluation's bytes: each distinct one is encoded once, by the same mapper without this
 * shortcut, and then copied as bytes (an audit writes ~2.7 GB of evaluations per million cases).
 * The output is byte for byte what the plain mapper writes ({@code EvaluationBytesTest} in
 * test-cases compares the two on every vignette).
 */
public final class EvaluationJson {

  private static final JsonMapper PLAIN = builder().build();

  private static final JsonMapper MAPPER =
      builder()
          .addModule(
              new SimpleModule("repeated-parts")
                  .addSerializer(Finding.class, new EncodedOnce<>())
                  .addSerializer(Evaluation.InterpretationNote.class, new EncodedOnce<>())
                  .addSerializer(Evaluation.RuleSetRef.class, new EncodedOnce<>())
                  .addSerializer(Evaluation.Reason.class, new EncodedOnce<>()))
          .build();

  private static final ObjectWriter COMPACT = MAPPER.writerFor(Evaluation.class);

  private EvaluationJson() {}

  private static JsonMapper.Builder builder() {
    return JsonMapper.builder()
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(SerializationFeature.INDENT_OUTPUT);
  }

  /** One line of JSON (for JSON Lines). */
  public static String toJson(Evaluation evaluation) {
    return COMPACT.writeValueAsString(evaluation);
  }

  public static byte[] toJsonBytes(Evaluation evaluation) {
    return COMPACT.writeValueAsBytes(evaluation);
  }

  /**
   * Encodes evaluations one after another, each to bytes of its own, as {@link #toJsonBytes} does,
   * with one generator and one output buffer for all of them: a call of {@code toJsonBytes} sets
   * both up and takes them down again, a third of its time on a batch's evaluations. Not
   * thread-safe: one per chunk of a batch.
   */
  public static final class Encoder implements AutoCloseable {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private final SequenceWriter writer = COMPACT.withRootValueSeparator("").writeValues(buffer);

    public byte[] toJsonBytes(Evaluation evaluation) {
      writer.write(evaluation);
      writer.flush();
      byte[] bytes = buffer.toByteArray();
      buffer.reset();
      return bytes;
    }

    @Override
    public void close() {
      writer.close();
    }
  }

  /** The mapper, for callers that embed evaluations in other documents. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Writes a value of a record whose distinct values are few (equal records, equal JSON) from its
   * JSON encoded once by the plain mapper. The cache is bounded: past {@link #LIMIT} distinct
   * values the others are encoded each time, with the same bytes.
   */
  private static final class EncodedOnce<T> extends ValueSerializer<T> {
    static final int LIMIT = 20_000;
    private final Map<T, SerializedString> encoded = new ConcurrentHashMap<>();

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext context) {
      SerializedString json = encoded.get(value);
      if (json == null) {
        json = new SerializedString(PLAIN.writeValueAsString(value));
        if (encoded.size() < LIMIT) {
          encoded.put(value, json);
        }
      }
      gen.writeRawValue(json);
    }
  }
}
