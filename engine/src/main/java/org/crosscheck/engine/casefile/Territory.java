// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * A major epicardial territory: the unit in which the criteria count diseased vessels. The left
 * main is its own category (it supplies both the LAD and the circumflex territories).
 */
public enum Territory {
  LEFT_MAIN,
  LAD,
  LCX,
  RCA
}
