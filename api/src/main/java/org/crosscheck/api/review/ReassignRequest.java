// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An admin hands a review to another reviewer (their user name, as the identity provider knows it).
 */
public record ReassignRequest(@NotBlank @Size(max = 200) String reviewer) {}
