// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** Risk category reported by the reading physician (`stressTests[].riskCategory`). */
public enum RiskCategory {
  LOW,
  INTERMEDIATE,
  HIGH,
  EQUIVOCAL
}
