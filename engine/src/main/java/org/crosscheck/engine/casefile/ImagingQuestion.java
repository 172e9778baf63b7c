// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** Clinical question of an imaging request (`imaging.question`). */
public enum ImagingQuestion {
  CHEST_PAIN_EVALUATION,
  SURVEILLANCE,
  VIABILITY,
  GRAFT_PATENCY,
  PREOPERATIVE,
  OTHER
}
