// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import java.time.LocalDate;

/**
 * `priorImaging[]` (optional, added to format v1): an earlier cardiac imaging test, by the request
 * vocabulary (e.g. STRESS_ECHO) and date. The review policy holds a repeat of the same test within
 * its window unless the request documents new or worsening symptoms ({@code
 * imaging.newOrWorseningSymptoms}).
 */
public record PriorImaging(Procedure procedure, LocalDate date) {}
