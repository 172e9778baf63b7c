// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the interpretations a derivation used and the warnings it raised, in a deterministic
 * order.
 */
final class DerivationNotes {

  /**
   * Notes that are dropped: for values assumed in place of unknown ones, which the case did not
   * document.
   */
  static final DerivationNotes DISCARDED = new DerivationNotes(true);

  private final Set<Interpretation> interpretations = EnumSet.noneOf(Interpretation.class);
  private final List<String> warnings = new ArrayList<>();
  private final boolean discarded;

  DerivationNotes() {
    this(false);
  }

  private DerivationNotes(boolean discarded) {
    this.discarded = discarded;
  }

  void use(Interpretation interpretation) {
    if (!discarded) {
      interpretations.add(interpretation);
    }
  }

  void warn(String warning) {
    if (!discarded) {
      warnings.add(warning);
    }
  }

  List<Interpretation> interpretations() {
    return List.copyOf(interpretations);
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }
}
