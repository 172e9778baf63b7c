// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.engine.json.IsoDates;
import org.crosscheck.engine.json.RecordCreators;
import org.crosscheck.engine.json.StrictStrings;
import org.crosscheck.engine.terminology.ProcedureCodes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads case format v1 from JSON: strict binding (unknown fields, wrong types, unknown enum values,
 * duplicate keys and trailing content are errors), then {@link CaseValidator}. Every error names
 * the field path and, for enums, the allowed values.
 */
public final class CaseReader {

  private static final ObjectReader READER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .addModule(StrictStrings.module())
          .addModule(RecordCreators.module())
          .addModule(IsoDates.module())
          .build()
          .readerFor(CaseFile.class);

  private CaseReader() {}

  /**
   * Parses and validates one case; throws {@link InvalidCaseException} with every problem found.
   */
  public static ParsedCase read(byte[] json) {
    CaseFile c;
    try {
      c = READER.readValue(json);
    } catch (JacksonException e) {
      throw new InvalidCaseException(List.of(describe(e)));
    }
    if (c == null) {
      throw new InvalidCaseException(
          List.of(new FieldError("", "expected a JSON object, got null")));
    }
    c = procedureFromCodes(c);
    List<FieldError> errors = CaseValidator.validate(c);
    if (!errors.isEmpty()) {
      throw new InvalidCaseException(errors);
    }
    return new ParsedCase(c, sha256(json));
  }

  /**
   * A request without {@code procedure} takes the one its known codes name (DESIGN.md: codes map to
   * procedures).
   */
  private static CaseFile procedureFromCodes(CaseFile c) {
    ProcedureRequest r = c.request();
    if (r == null || r.procedure() != null || r.codes() == null) {
      return c;
    }
    Procedure found = null;
    for (Coding coding : r.codes()) {
      Procedure p = ProcedureCodes.procedureOf(coding);
      if (p != null && found != null && p != found) {
        return c;
      }
      found = p != null ? p : found;
    }
    return found == null ? c : c.withRequest(r.withProcedure(found));
  }

  /**
   * The field path and a message for a JSON binding error, in the words of the case format, never
   * naming a Java class or library (the API describes its other JSON bodies with it too).
   */
  public static FieldError describe(JacksonException e) {
    String path = path(e);
    if (e instanceof UnrecognizedPropertyException u) {
      String field = u.getPropertyName();
      return new FieldError(
          join(path, field),
          "unknown field '" + field + "'; allowed here: " + names(u.getKnownPropertyIds()));
    }
    if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      return new FieldError(
          path, "'" + f.getValue() + "' is not one of " + enumValues(f.getTargetType()));
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() == String.class) {
      return new FieldError(
          path, f.getOriginalMessage()); // StrictStrings: NUL or an unpaired surrogate
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() == LocalDate.class) {
      return new FieldError(path, "'" + f.getValue() + "' is not a date (YYYY-MM-DD)");
    }
    if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
      return new FieldError(
          "", "malformed JSON: more content after the case object (one case per document)");
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return new FieldError(path, "expected " + expected(m.getTargetType()));
    }
    if (e instanceof StreamConstraintsException c) {
      // Jackson's limits (number length, nesting depth): its message names the Java method that
      // sets the limit
      return new FieldError(path, firstLine(c));
    }
    if (e instanceof StreamReadException r) {
      String where =
          r.getLocation() == null
              ? ""
              : " at line "
                  + r.getLocation().getLineNr()
                  + ", column "
                  + r.getLocation().getColumnNr();
      return new FieldError(path, "malformed JSON" + where + ": " + firstLine(r));
    }
    // anything else (a value no constructor accepts) would describe Java types: say what it is in
    // our words
    return new FieldError(path, "invalid value");
  }

  /**
   * The parser's own words, without its references to its Java API ({@code
   * `StreamReadFeature...`}).
   */
  private static String firstLine(JacksonException e) {
    String message =
        e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
    return message
        .replaceAll("\\s*\\(start marker at \\[Source:.*$", "")
        .replaceAll("\\s*\\[Source:.*$", "")
        .replaceAll(",? ?(from )?`[^`]*`", "");
  }

  private static String path(JacksonException e) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String join(String path, String field) {
    if (path.endsWith(field)) {
      return path;
    }
    return path.isEmpty() ? field : path + "." + field;
  }

  private static String names(Collection<Object> ids) {
    return ids == null
        ? ""
        : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  private static String enumValues(Class<?> type) {
    if (type == Sex.class) {
      return "male, female, other, unknown";
    }
    return Arrays.stream(type.getEnumConstants())
        .map(v -> ((Enum<?>) v).name())
        .collect(Collectors.joining(", "));
  }

  private static String expected(Class<?> type) {
    if (type.isEnum()) {
      return "one of " + enumValues(type);
    }
    if (type == Integer.class || type == int.class) {
      return "an integer";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException(e);
            }
          });

  static String sha256(byte[] bytes) {
    MessageDigest digest = SHA256.get();
    digest.reset();
    return HexFormat.of().formatHex(digest.digest(bytes));
  }
}
