// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import java.time.LocalDate;

/** `priorPci[]`: an earlier PCI. */
public record PriorPci(LocalDate date, Segment segment) {}
