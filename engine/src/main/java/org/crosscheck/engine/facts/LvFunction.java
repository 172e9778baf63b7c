// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/** Left ventricular systolic function: NORMAL when LVEF >= 50%. */
public enum LvFunction {
  NORMAL,
  DEPRESSED
}
