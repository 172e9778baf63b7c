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

  private static final Map<String, Reader> READERS = readers();

  private ScenarioFields() {}

  public static Set<String> names() {
    return READERS.keySet();
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
   * record's accessor method), without looking the field up by name or calling a method handle at
   * each read: for callers that read the same fields of many scenarios.
   */
  public static final class Reader {
    private final Function<Scenario, Object> accessor;

    private Reader(Function<Scenario, Object> accessor) {
      this.accessor = accessor;
    }

    Object value(Scenario s) {
      return accessor.apply(s);
    }

    public String text(Scenario s) {
      return ScenarioFields.text(value(s));
    }
  }

  /** The reader of one field. */
  public static Reader reader(String field) {
    Reader reader = READERS.get(field);
    if (reader == null) {
      throw new IllegalArgumentException("Scenario has no field '" + field + "'");
    }
    return reader;
  }

  public static boolean equal(Scenario a, Scenario b, String field) {
    Reader reader = reader(field);
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

  private static Map<String, Reader> readers() {
    Map<String, Reader> readers = new HashMap<>();
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    for (RecordComponent c : Scenario.class.getRecordComponents()) {
      try {
        readers.put(c.getName(), new Reader(function(lookup.unreflect(c.getAccessor()))));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return Map.copyOf(readers);
  }
}
