// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of {@link Scenario} by name, as the criteria tables name them: what lets the engine read the tables'
 * conditions as data (which rows test which field) besides compiling them into rules.
 */
public final class ScenarioFields {

  private static final Map<String, MethodHandle> FIELDS = accessors();

  private ScenarioFields() {}

  public static Set<String> names() {
    return FIELDS.keySet();
  }

  /** A field's value as the tables write it: enum name, true/false, a number; null when absent. */
  public static String text(Scenario s, String field) {
    return text(value(s, field));
  }

  private static String text(Object v) {
    return v == null ? null : v instanceof Enum<?> e ? e.name() : v.toString();
  }

  /**
   * Reads one field's text from scenarios without looking the field up by name at each read (for callers that read
   * the same fields of many scenarios).
   */
  public static final class Reader {
    private final String field;
    private final MethodHandle accessor;

    private Reader(String field, MethodHandle accessor) {
      this.field = field;
      this.accessor = accessor.asType(MethodType.methodType(Object.class, Scenario.class));
    }

    public String text(Scenario s) {
      try {
        return ScenarioFields.text((Object) accessor.invokeExact(s));
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read Scenario." + field, e);
      }
    }
  }

  /** The reader of one field. */
  public static Reader reader(String field) {
    MethodHandle accessor = FIELDS.get(field);
    if (accessor == null) {
      throw new IllegalArgumentException("Scenario has no field '" + field + "'");
    }
    return new Reader(field, accessor);
  }

  public static boolean equal(Scenario a, Scenario b, String field) {
    return Objects.equals(value(a, field), value(b, field));
  }

  private static Object value(Scenario s, String field) {
    MethodHandle accessor = FIELDS.get(field);
    if (accessor == null) {
      throw new IllegalArgumentException("Scenario has no field '" + field + "'");
    }
    try {
      return accessor.invoke(s);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read Scenario." + field, e);
    }
  }

  private static Map<String, MethodHandle> accessors() {
    Map<String, MethodHandle> fields = new HashMap<>();
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    for (RecordComponent c : Scenario.class.getRecordComponents()) {
      try {
        fields.put(c.getName(), lookup.unreflect(c.getAccessor()));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return Map.copyOf(fields);
  }
}
