// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import org.crosscheck.engine.casefile.Segment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * Coronary segments from bodySite, by the project code system {@code coronary-segment} whose codes
 * are the case's segment names (and, for graft targets, the territories LAD, LCX, RCA). No SNOMED
 * CT body structure codes are read: none was chosen with enough certainty for segment-level detail.
 */
final class Segments {

  private Segments() {}

  static Segment segment(CodeableConcept cc) {
    String code = code(cc);
    if (code == null) {
      return null;
    }
    for (Segment s : Segment.values()) {
      if (s.name().equals(code)) {
        return s;
      }
    }
    return null;
  }

  /** A graft target: a segment other than the left main, or a territory LAD, LCX or RCA. */
  static String graftTarget(CodeableConcept cc) {
    String code = code(cc);
    if (code == null) {
      return null;
    }
    if (code.equals("LAD") || code.equals("LCX") || code.equals("RCA")) {
      return code;
    }
    Segment s = segment(cc);
    return s == null || s == Segment.LEFT_MAIN ? null : s.name();
  }

  private static String code(CodeableConcept cc) {
    for (Coding c : cc.getCoding()) {
      if (CodeSystems.CORONARY_SEGMENT.equals(c.getSystem()) && c.hasCode()) {
        return c.getCode();
      }
    }
    return null;
  }
}
