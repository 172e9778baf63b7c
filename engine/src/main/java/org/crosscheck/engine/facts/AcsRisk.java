// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * Short-term risk of UA/NSTEMI (TIMI 0-2 low, 3-4 intermediate, 5-7 high; instability makes it
 * high).
 */
public enum AcsRisk {
  LOW,
  INTERMEDIATE,
  HIGH
}
