// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;
import tools.jackson.databind.JsonNode;

/**
 * FHIR values to case JSON values, by the type a case field takes (boolean, integer, number, date,
 * code:&lt;enum&gt;). A value of the wrong FHIR type, a unit other than the expected one or an
 * unknown code gives a reason instead of a value, which the caller turns into a warning.
 */
final class FhirValues {

  /**
   * A converted value, or the reason there is none; {@code caution} is a warning about a value that
   * is used anyway (e.g. it was rounded).
   */
  record Result(JsonNode value, String problem, String caution) {
    Result(JsonNode value, String problem) {
      this(value, problem, null);
    }

    static Result problem(String text) {
      return new Result(null, text);
    }
  }

  private FhirValues() {}

  static Result convert(Type value, String type, String unit) {
    if (value == null || value.isEmpty()) {
      return Result.problem("no value");
    }
    if (type.startsWith("code:")) {
      return code(value, type.substring(5));
    }
    return switch (type) {
      case "boolean" ->
          value instanceof BooleanType b && b.getValue() != null
              ? new Result(MappingContext.NODES.booleanNode(b.getValue()), null)
              : Result.problem("expected valueBoolean, got " + value.fhirType());
      case "integer", "number" -> number(value, type.equals("integer"), unit);
      case "date" -> {
        LocalDate d = date(value);
        yield d == null
            ? Result.problem("expected a date (YYYY-MM-DD or a dateTime), got " + describe(value))
            : new Result(MappingContext.NODES.stringNode(d.toString()), null);
      }
      default -> throw new IllegalStateException("unknown value type " + type);
    };
  }

  private static Result number(Type value, boolean integer, String unit) {
    BigDecimal n;
    if (value instanceof IntegerType i && i.getValue() != null) {
      n = BigDecimal.valueOf(i.getValue());
    } else if (value instanceof DecimalType d && d.getValue() != null) {
      n = d.getValue();
    } else if (value instanceof Quantity q && q.getValue() != null) {
      String u = q.hasCode() ? q.getCode() : q.getUnit();
      if (unit == null || !unit.equals(u)) {
        return Result.problem(
            "unit '"
                + u
                + "' is not "
                + (unit == null ? "expected (a plain number)" : "'" + unit + "'"));
      }
      n = q.getValue();
    } else {
      return Result.problem(
          "expected "
              + (unit != null ? "valueQuantity in " + unit : "valueInteger or valueDecimal")
              + ", got "
              + value.fhirType());
    }
    if ("%".equals(unit) && n.signum() > 0 && n.compareTo(BigDecimal.ONE) < 0) {
      return Result.problem(
          n.toPlainString() + " % looks like a fraction (0.35 for 35 %?): not used");
    }
    if (integer) {
      BigDecimal rounded = n.setScale(0, RoundingMode.HALF_UP);
      int whole;
      try {
        whole = rounded.intValueExact();
      } catch (ArithmeticException e) {
        return Result.problem(n.toPlainString() + " is too large for a whole number: not used");
      }
      String caution =
          rounded.compareTo(n) == 0
              ? null
              : n.toPlainString()
                  + (unit == null ? "" : " " + unit)
                  + " rounded half up to "
                  + whole
                  + ": a threshold between the two values may be read differently";
      return new Result(MappingContext.NODES.numberNode(whole), null, caution);
    }
    return new Result(MappingContext.NODES.numberNode(n), null);
  }

  private static Result code(Type value, String enumName) {
    if (!(value instanceof CodeableConcept cc)) {
      return Result.problem("expected valueCodeableConcept, got " + value.fhirType());
    }
    String[] allowed = enumValues(enumName);
    for (Coding c : cc.getCoding()) {
      if (CodeSystems.CASE_FINDING.equals(c.getSystem())
          && Arrays.asList(allowed).contains(c.getCode())) {
        return new Result(MappingContext.NODES.stringNode(c.getCode()), null);
      }
    }
    return Result.problem(
        "no " + CodeSystems.CASE_FINDING + " coding with one of " + Arrays.toString(allowed));
  }

  static String[] enumValues(String simpleName) {
    try {
      Object[] constants =
          Class.forName("org.crosscheck.engine.casefile." + simpleName).getEnumConstants();
      return Arrays.stream(constants).map(Object::toString).toArray(String[]::new);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("case-findings.csv names unknown enum " + simpleName, e);
    }
  }

  /**
   * The calendar date of a date/dateTime (or a Period's start) as written, or null when it has no
   * day.
   */
  static LocalDate date(Type value) {
    Type v = value instanceof Period p ? p.getStartElement() : value;
    if (!(v instanceof BaseDateTimeType dt)
        || dt.getValueAsString() == null
        || dt.getValueAsString().length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(dt.getValueAsString().substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String describe(Type value) {
    return value instanceof BaseDateTimeType dt
        ? "'" + dt.getValueAsString() + "'"
        : value.fhirType();
  }
}
