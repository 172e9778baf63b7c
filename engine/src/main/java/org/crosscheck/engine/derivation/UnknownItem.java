// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.List;

/**
 * A category the case leaves unknown, the case fields whose documentation would settle it, and the
 * values it can still take (the category's whole domain, or fewer where the case narrows them: a
 * stress test that was performed is never "no test"; an anatomy with one lesion of unknown severity
 * has only the variants that lesion allows).
 */
public record UnknownItem(Category category, List<String> fieldPaths, List<Object> domain) {

  public UnknownItem {
    fieldPaths = List.copyOf(fieldPaths);
    domain = List.copyOf(domain);
    if (domain.size() < 2) {
      throw new IllegalArgumentException(
          category + ": an unknown needs at least two possible values");
    }
  }

  /** An unknown that may take any value of its category, documented by the category's own field. */
  public static UnknownItem of(Category category) {
    return new UnknownItem(category, List.of(category.fieldPath()), category.domain());
  }

  public static UnknownItem of(Category category, List<String> fieldPaths) {
    return new UnknownItem(category, fieldPaths, category.domain());
  }
}
