// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One CDS service as discovery lists it (CDS Hooks 2.0, Discovery): the hook it answers, its id
 * (the path segment after {@code /cds-services}), what it says it does, and the FHIR queries it
 * wants prefetched.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CdsServiceDefinition(
    String hook,
    String title,
    String description,
    String id,
    Map<String, String> prefetch,
    String usageRequirements) {}
