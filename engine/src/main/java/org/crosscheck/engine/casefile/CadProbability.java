// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** Pretest probability of coronary artery disease (`imaging.cadProbability`). */
public enum CadProbability {
  LOW,
  INTERMEDIATE,
  HIGH
}
