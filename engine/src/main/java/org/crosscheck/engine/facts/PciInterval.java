// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * Time from the most recent dated PCI to {@code asOf}, by anniversary (2023 imaging criteria,
 * scenarios 43-44): exactly two years counts as two years or more. NONE when there is no prior PCI.
 */
public enum PciInterval {
  NONE,
  UNDER_2_YEARS,
  TWO_YEARS_OR_MORE
}
