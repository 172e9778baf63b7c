// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The CDS Hooks 2.0 response shapes this service sends. Empty or null elements are left out (the
 * spec: JSON elements SHALL NOT be null or empty) except {@code cards}, which is always present,
 * empty when there is no guidance.
 */
public record CdsResponse(
    List<Card> cards, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Action> systemActions) {

  /** A card; {@code uuid} lets the client send feedback about it. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Card(
      String uuid,
      String summary,
      String detail,
      String indicator,
      Source source,
      List<Suggestion> suggestions,
      String selectionBehavior,
      List<Coding> overrideReasons,
      List<Link> links) {}

  /**
   * Where the guidance comes from: the criterion's citation as the label, and the criterion as the
   * topic.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Source(String label, String url, Coding topic) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Coding(String system, String code, String display) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Suggestion(
      String label, String uuid, Boolean isRecommended, List<Action> actions) {}

  /**
   * create/update/delete of a FHIR resource ({@code resource} is FHIR JSON; {@code resourceId} for
   * delete).
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Action(String type, String description, JsonNode resource, String resourceId) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Link(String label, String url, String type) {}
}
