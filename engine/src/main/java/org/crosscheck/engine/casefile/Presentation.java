// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * `presentation`: setting, symptoms and acute-coronary-syndrome features. The presence flags count
 * when documented true; a criterion that requires their absence needs them documented false.
 *
 * <p>{@code duringIndexHospitalization} (optional, added to format v1) says whether the request
 * falls in the index hospitalization of the acute coronary syndrome (indications 7 and 8).
 */
public record Presentation(
    Setting setting,
    Integer ccsClass,
    Double hoursSinceSymptomOnset,
    Boolean cardiogenicShock,
    Boolean severeHeartFailure,
    Boolean persistentIschemicSymptoms,
    Boolean hemodynamicInstability,
    Boolean electricalInstability,
    Integer timiRiskScore,
    Reperfusion reperfusion,
    Boolean duringIndexHospitalization) {}
