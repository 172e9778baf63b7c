// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

/**
 * Graft status of a patient with prior CABG, as Table 3 uses it (interpretation
 * GRAFT_SIGNIFICANT_70).
 */
public record GraftCategories(
    boolean svgDisease, boolean allGraftsPatent, boolean ungraftedNativeDisease) {}
