// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * Whether ischemia has already been excluded as the cause (ACR variants; {@code
 * imaging.ischemiaExcluded}).
 */
public enum IschemiaStatus {
  EXCLUDED,
  NOT_EXCLUDED;

  /**
   * The status of a documented {@code imaging.ischemiaExcluded}, or null when it is not documented.
   */
  public static IschemiaStatus of(Boolean excluded) {
    return excluded == null ? null : excluded ? EXCLUDED : NOT_EXCLUDED;
  }
}
