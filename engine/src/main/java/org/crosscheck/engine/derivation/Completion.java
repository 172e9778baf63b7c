// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One combination of values for a case's unknown categories (empty when nothing relevant is unknown). */
public record Completion(Map<Dimension, Object> values) {

  public static final Completion NONE = new Completion(Map.of());

  public Completion {
    EnumMap<Dimension, Object> copy = new EnumMap<>(Dimension.class);
    copy.putAll(values);
    values = Collections.unmodifiableMap(copy);
  }

  @SuppressWarnings("unchecked")
  <T> T get(Dimension dimension, T known) {
    Object value = values.get(dimension);
    return value == null ? known : (T) value;
  }

  /** This completion without one dimension: the key that groups completions differing only in it. */
  public Map<Dimension, Object> without(Dimension dimension) {
    EnumMap<Dimension, Object> copy = new EnumMap<>(Dimension.class);
    copy.putAll(values);
    copy.remove(dimension);
    return copy;
  }
}
