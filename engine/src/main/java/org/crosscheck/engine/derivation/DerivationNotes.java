// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Collects the interpretations a derivation used and the warnings it raised, in a deterministic order. */
final class DerivationNotes {
  private final Set<Interpretation> interpretations = EnumSet.noneOf(Interpretation.class);
  private final List<String> warnings = new ArrayList<>();

  void use(Interpretation interpretation) {
    interpretations.add(interpretation);
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  List<Interpretation> interpretations() {
    return List.copyOf(interpretations);
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }
}
