// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's decision: CONCUR, OVERTURN (with the alternative recommended) or REQUEST_INFO, with a note. */
public record DecisionRequest(
    @NotNull Decision decision, @NotBlank @Size(max = 4000) String note, Alternative alternative) {}
