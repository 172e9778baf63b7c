// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import java.util.List;

/** `therapy`: anti-anginal drug classes the patient receives; an empty list means none. */
public record Therapy(List<AntianginalClass> antianginalClasses) {
  public Therapy {
    antianginalClasses = CaseFile.copy(antianginalClasses);
  }
}
