// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** Size of a stress-induced perfusion defect (`stressTests[].findings.perfusionDefect`). */
public enum PerfusionDefect {
  NONE,
  SMALL,
  MODERATE,
  LARGE
}
