// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import java.time.LocalDate;

/**
 * One noninvasive test (`stressTests[]`): the reported risk category and/or the findings it rests
 * on.
 */
public record StressTest(
    StressModality modality, LocalDate date, RiskCategory riskCategory, StressFindings findings) {}
