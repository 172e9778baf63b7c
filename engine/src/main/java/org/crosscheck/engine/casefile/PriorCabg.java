// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * `priorCabg`: present when the patient had bypass surgery; {@code grafts} absent means graft
 * status unknown.
 */
public record PriorCabg(LocalDate date, List<Graft> grafts) {
  public PriorCabg {
    grafts = CaseFile.copy(grafts);
  }
}
