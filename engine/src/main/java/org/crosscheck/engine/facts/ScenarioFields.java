// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of {@link Scenario} by name, as the criteria tables name them: what lets the engine
 * read the tables' conditions as data (which rows test which field) besides compiling them into
 * rules. The fields are numbered in their declaration order (there are fewer than 64), so that a
 * set of fields is a bit mask ({@link FieldSet}), and read by number through {@link #value}.
 */
public final class ScenarioFields {

  /** The code of an absent value (and of a number too large to be coded): no table allows it. */
  public static final int ABSENT = 63;

  private static final Reader[] READERS = readers();
  private static final Map<String, Reader> BY_NAME = byName();

  private ScenarioFields() {}

  public static Set<String> names() {
    return BY_NAME.keySet();
  }

  /** The number of fields: every field number is below it. */
  public static int count() {
    return READERS.length;
  }

  private static String text(Object v) {
    return v == null ? null : v instanceof Enum<?> e ? e.name() : v.toString();
  }

  /**
   * Reads one field from scenarios by its number, without looking the field up by name at each
   * read: for callers that read the same fields of many scenarios. Besides its value and text, a
   * field has a <em>code</em> below 64 (an enum's ordinal, 0/1 for false/true, a number plus one;
   * {@link #ABSENT} for no value), so that the values a table allows are a bit mask.
   */
  public static final class Reader {
    private final String name;
    private final int number;
    private final Class<?> type;

    private Reader(String name, int number, Class<?> type) {
      this.name = name;
      this.number = number;
      this.type = type;
    }

    public String name() {
      return name;
    }

    public int number() {
      return number;
    }

    Object value(Scenario s) {
      return ScenarioFields.value(s, number);
    }

    public String text(Scenario s) {
      return ScenarioFields.text(value(s));
    }

    /** The code of the field's value in {@code s}. */
    public int code(Scenario s) {
      Object v = value(s);
      if (v == null) {
        return ABSENT;
      }
      if (v instanceof Enum<?> e) {
        return e.ordinal();
      }
      if (v instanceof Boolean b) {
        return b ? 1 : 0;
      }
      int n = (Integer) v + 1;
      return n >= 0 && n < ABSENT ? n : ABSENT;
    }

    /**
     * The code of a value as the tables write it.
     *
     * @throws IllegalArgumentException when the text is not a value of the field, or a number too
     *     large to be coded
     */
    public int code(String text) {
      if (type.isEnum()) {
        for (Object constant : type.getEnumConstants()) {
          if (((Enum<?>) constant).name().equals(text)) {
            return ((Enum<?>) constant).ordinal();
          }
        }
      } else if (type == boolean.class || type == Boolean.class) {
        if (text.equals("true") || text.equals("false")) {
          return text.equals("true") ? 1 : 0;
        }
      } else if (type == int.class || type == Integer.class) {
        try {
          int n = Integer.parseInt(text) + 1;
          if (n >= 0 && n < ABSENT) {
            return n;
          }
        } catch (NumberFormatException e) {
          // not a number: said below
        }
      }
      throw new IllegalArgumentException("'" + text + "' is not a value of the field " + name);
    }
  }

  /** The reader of one field. */
  public static Reader reader(String field) {
    Reader reader = BY_NAME.get(field);
    if (reader == null) {
      throw new IllegalArgumentException("Scenario has no field '" + field + "'");
    }
    return reader;
  }

  /** The reader of the field numbered {@code number}. */
  public static Reader reader(int number) {
    return READERS[number];
  }

  public static boolean equal(Scenario a, Scenario b, int number) {
    Reader reader = READERS[number];
    return Objects.equals(reader.value(a), reader.value(b));
  }

  /**
   * The value of the field numbered {@code number} (boxed): one call site for every field, which
   * the compiler can inline, where an accessor object per field would make the hot loops of {@link
   * org.crosscheck.engine.ruleset.CriteriaRows} call through 45 different classes. {@code
   * ScenarioFieldsTest} checks each number against the record's own accessor.
   */
  public static Object value(Scenario s, int number) {
    return switch (number) {
      case 0 -> s.id();
      case 1 -> s.procedure();
      case 2 -> s.urgency();
      case 3 -> s.setting();
      case 4 -> s.column();
      case 5 -> s.risk();
      case 6 -> s.therapy();
      case 7 -> s.lvFunction();
      case 8 -> s.vessels();
      case 9 -> s.proximalLad();
      case 10 -> s.leftMain();
      case 11 -> s.singleCto();
      case 12 -> s.vesselsWithBorderline();
      case 13 -> s.borderlineUnevaluated();
      case 14 -> s.borderlineFfrSignificant();
      case 15 -> s.borderlineFfrNotSignificant();
      case 16 -> s.cadBurden();
      case 17 -> s.priorCabg();
      case 18 -> s.svgDisease();
      case 19 -> s.allGraftsPatent();
      case 20 -> s.ungraftedNativeDisease();
      case 21 -> s.stemiTiming();
      case 22 -> s.instability();
      case 23 -> s.acsRisk();
      case 24 -> s.shock();
      case 25 -> s.reperfusion();
      case 26 -> s.target();
      case 27 -> s.targetSpan();
      case 28 -> s.phase();
      case 29 -> s.recurrentIschemia();
      case 30 -> s.imagingSymptoms();
      case 31 -> s.imagingQuestion();
      case 32 -> s.cadProbability();
      case 33 -> s.suspectedCondition();
      case 34 -> s.acuity();
      case 35 -> s.acsProbability();
      case 36 -> s.exclusionOfIschemia();
      case 37 -> s.heartFailureStatus();
      case 38 -> s.cabgInterval();
      case 39 -> s.pciInterval();
      case 40 -> s.priorRevascularization();
      case 41 -> s.incompleteRevascularization();
      case 42 -> s.priorHighRiskPci();
      case 43 -> s.silentIschemiaRisk();
      case 44 -> s.targetLesions();
      default -> throw new IllegalArgumentException("Scenario has no field number " + number);
    };
  }

  private static Reader[] readers() {
    RecordComponent[] components = Scenario.class.getRecordComponents();
    if (components.length >= Long.SIZE) {
      throw new IllegalStateException("Scenario has more than " + (Long.SIZE - 1) + " fields");
    }
    Reader[] readers = new Reader[components.length];
    for (int i = 0; i < readers.length; i++) {
      RecordComponent c = components[i];
      if (c.getType().isEnum() && c.getType().getEnumConstants().length >= ABSENT) {
        throw new IllegalStateException("Scenario." + c.getName() + " has too many values");
      }
      readers[i] = new Reader(c.getName(), i, c.getType());
    }
    return readers;
  }

  private static Map<String, Reader> byName() {
    Map<String, Reader> byName = new HashMap<>();
    for (Reader r : READERS) {
      byName.put(r.name(), r);
    }
    return Map.copyOf(byName);
  }
}
