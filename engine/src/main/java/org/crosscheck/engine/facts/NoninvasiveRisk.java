// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * Result of noninvasive testing as the criteria use it (JACC 2012 Table A2); NONE_PERFORMED when no
 * test was done.
 */
public enum NoninvasiveRisk {
  NONE_PERFORMED,
  LOW,
  INTERMEDIATE,
  HIGH,
  EQUIVOCAL
}
