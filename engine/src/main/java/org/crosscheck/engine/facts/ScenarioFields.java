// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields of {@link Scenario} by name, as the criteria tables name them: what lets the engine
 * read the tables' conditions as data (which rows test which field) besides compiling them into
 * rules.
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
   * Reads one field's text from scenarios as a compiled accessor (a lambda made from the record's
   * accessor method), without looking the field up by name or calling a method handle at each read:
   * for callers that read the same fields of many scenarios.
   */
  public static final class Reader {
    private final Function<Scenario, Object> accessor;

    private Reader(Function<Scenario, Object> accessor) {
      this.accessor = accessor;
    }

    public String text(Scenario s) {
      return ScenarioFields.text(accessor.apply(s));
    }
  }

  /** The reader of one field. */
  public static Reader reader(String field) {
    MethodHandle accessor = FIELDS.get(field);
    if (accessor == null) {
      throw new IllegalArgumentException("Scenario has no field '" + field + "'");
    }
    return new Reader(function(accessor));
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
