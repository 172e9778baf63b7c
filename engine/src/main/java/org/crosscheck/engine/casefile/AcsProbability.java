// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * Clinical probability that the current episode is an acute coronary syndrome
 * (`imaging.acsProbability`, optional, added in v1); not the pretest probability of CAD.
 */
public enum AcsProbability {
  LOW,
  INTERMEDIATE,
  HIGH
}
