// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * Time from the prior CABG to {@code asOf}, by anniversary (2023 imaging criteria, scenarios
 * 41-42): exactly five years counts as five years or more. NONE when there is no prior CABG.
 */
public enum CabgInterval {
  NONE,
  UNDER_5_YEARS,
  FIVE_YEARS_OR_MORE
}
