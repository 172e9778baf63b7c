// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import java.util.List;

/**
 * `expected` of a clinical vignette (ignored by evaluation): the criterion cell under test, whether
 * the vignette must match it (positive) or not (negative), and the expected rating, tier and
 * outcome.
 *
 * @param ruleSet the rule set of the criterion under test
 * @param criterion the indication (or scenario) under test
 * @param column the criterion column under test (e.g. CCS_I_II, ANY)
 * @param rule the id of the rule of that cell (e.g. RV12-41-CCS_I_II): the key that joins a
 *     vignette to its rule
 * @param matches true for a positive vignette (the cell must be among the findings), false for a
 *     negative one
 * @param rating the published letter expected for the cell under test (positive vignettes)
 * @param tier the tier the decision uses
 * @param outcome the decision outcome
 * @param reasons reason codes that must be among the decision's reasons (optional)
 * @param missingData the exact missing-data paths (optional)
 */
public record Expected(
    String ruleSet,
    String criterion,
    String column,
    String rule,
    Boolean matches,
    String rating,
    String tier,
    String outcome,
    List<String> reasons,
    List<String> missingData) {}
