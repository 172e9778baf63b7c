// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One combination of values for a case's unknown categories (empty when nothing relevant is
 * unknown).
 */
public record Completion(Map<Category, Object> values) {

  public static final Completion NONE = new Completion(Map.of());

  public Completion {
    EnumMap<Category, Object> copy = new EnumMap<>(Category.class);
    copy.putAll(values);
    values = Collections.unmodifiableMap(copy);
  }

  @SuppressWarnings("unchecked")
  <T> T get(Category category, T known) {
    Object value = values.get(category);
    return value == null ? known : (T) value;
  }

  /** This completion without one category: the key that groups completions differing only in it. */
  public Map<Category, Object> without(Category category) {
    EnumMap<Category, Object> copy = new EnumMap<>(Category.class);
    copy.putAll(values);
    copy.remove(category);
    return copy;
  }
}
