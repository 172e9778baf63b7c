// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * Coronary disease burden for the method rows 62-67: HIGH with a CTO or SYNTAX >= 23, LOW with
 * SYNTAX <= 22 and no CTO.
 */
public enum CadBurden {
  LOW,
  HIGH
}
