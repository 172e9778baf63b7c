// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * `stressTests[].findings`: the noninvasive findings of JACC 2012 Table A2. A key that is absent
 * means the finding is not present.
 */
public record StressFindings(
    Double dukeTreadmillScore,
    Integer restLvef,
    Integer exerciseLvef,
    PerfusionDefect perfusionDefect,
    Boolean multipleModerateDefects,
    Boolean lvDilation,
    Boolean increasedLungUptake,
    Integer wallMotionSegmentsAtLowDose,
    Boolean extensiveIschemia) {}
