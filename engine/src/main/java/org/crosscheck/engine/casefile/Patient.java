// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * `patient`: demographics. {@code silentIschemiaRisk} (optional, added to format v1 for the 2023
 * imaging criteria, scenario 45) is documented true for a patient at high risk for or with a
 * history of silent ischemia (diabetes with accelerated progression of CAD, chronic kidney disease,
 * peripheral artery disease, prior brachytherapy, in-stent restenosis, saphenous vein graft
 * intervention, ...).
 */
public record Patient(Integer ageYears, Sex sex, Boolean diabetes, Boolean silentIschemiaRisk) {}
