// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields of {@link Scenario} by name, as the criteria tables name them: what lets the engine
 * read the tables' conditions as data (which rows test which field) besides compiling them into
 * rules. The fields are numbered in the order of their names (there are fewer than 64), so that a
 * set of fields is a bit mask ({@link FieldSet}).
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

  /** A field's value as the tables write it: enum name, true/false, a number; null when absent. */
  public static String text(Scenario s, String field) {
    return reader(field).text(s);
  }

  private static String text(Object v) {
    return v == null ? null : v instanceof Enum<?> e ? e.name() : v.toString();
  }

  /**
   * Reads one field from scenarios through a compiled accessor (a lambda made once from the
   * record's accessor method), without looking the field up by name at each read: for callers that
   * read the same fields of many scenarios. Besides its value and text, a field has a <em>code</em>
   * below 64 (an enum's ordinal, 0/1 for false/true, a number plus one; {@link #ABSENT} for no
   * value), so that the values a table allows are a bit mask.
   */
  public static final class Reader {
    private final String name;
    private final int number;
    private final Class<?> type;
    private final Function<Scenario, Object> accessor;

    private Reader(String name, int number, Class<?> type, Function<Scenario, Object> accessor) {
      this.name = name;
      this.number = number;
      this.type = type;
      this.accessor = accessor;
    }

    public String name() {
      return name;
    }

    public int number() {
      return number;
    }

    Object value(Scenario s) {
      return accessor.apply(s);
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

  public static boolean equal(Scenario a, Scenario b, String field) {
    return equal(a, b, reader(field).number());
  }

  public static boolean equal(Scenario a, Scenario b, int number) {
    Reader reader = READERS[number];
    return Objects.equals(reader.value(a), reader.value(b));
  }

  @SuppressWarnings("unchecked")
  private static Function<Scenario, Object> function(MethodHandle accessor) {
    Class<?> returned = MethodType.methodType(accessor.type().returnType()).wrap().returnType();
    try {
      CallSite site =
          LambdaMetafactory.metafactory(
              MethodHandles.lookup(),
              "apply",
              MethodType.methodType(Function.class),
              MethodType.methodType(Object.class, Object.class),
              accessor,
              MethodType.methodType(returned, Scenario.class));
      return (Function<Scenario, Object>) site.getTarget().invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("cannot make an accessor of Scenario", e);
    }
  }

  private static Reader[] readers() {
    List<RecordComponent> components =
        Arrays.stream(Scenario.class.getRecordComponents())
            .sorted(Comparator.comparing(RecordComponent::getName))
            .toList();
    if (components.size() >= Long.SIZE) {
      throw new IllegalStateException("Scenario has more than " + (Long.SIZE - 1) + " fields");
    }
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    Reader[] readers = new Reader[components.size()];
    for (int i = 0; i < readers.length; i++) {
      RecordComponent c = components.get(i);
      if (c.getType().isEnum() && c.getType().getEnumConstants().length >= ABSENT) {
        throw new IllegalStateException("Scenario." + c.getName() + " has too many values");
      }
      try {
        readers[i] =
            new Reader(c.getName(), i, c.getType(), function(lookup.unreflect(c.getAccessor())));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
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
