// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A reviewer's decision with its note (the rationale, or what is asked for): CONCUR, OVERTURN (with
 * the alternative recommended) or REQUEST_INFO (with the case fields asked for, {@code items}:
 * paths of case format v1 such as {@code presentation.ccsClass}; only with REQUEST_INFO).
 */
public record DecisionRequest(
    @NotNull ReviewDecision decision,
    @NotBlank @Size(max = 4000) String note,
    Alternative alternative,
    @Size(max = 30) List<@NotBlank @Size(max = 200) String> items) {

  public DecisionRequest {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
