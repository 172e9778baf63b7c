// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * `anatomy`: the coronary lesions found and the SYNTAX score. An empty lesion list means no lesion.
 */
public record Anatomy(
    AnatomySource source, LocalDate date, List<Lesion> lesions, Integer syntaxScore) {
  public Anatomy {
    lesions = CaseFile.copy(lesions);
  }
}
