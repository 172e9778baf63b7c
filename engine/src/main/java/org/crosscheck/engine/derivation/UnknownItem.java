// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.List;

/** A category the case leaves unknown, and the case fields whose documentation would settle it. */
public record UnknownItem(Dimension dimension, List<String> fieldPaths) {
  public UnknownItem {
    fieldPaths = List.copyOf(fieldPaths);
  }
}
