// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import java.time.LocalDate;

/**
 * `priorPci[]`: an earlier PCI. {@code highRisk} (optional, added to format v1 for the 2023 imaging
 * criteria, scenario 40) is documented true for a high-risk PCI (e.g. left main, bifurcation, last
 * remaining vessel).
 */
public record PriorPci(LocalDate date, Segment segment, Boolean highRisk) {}
