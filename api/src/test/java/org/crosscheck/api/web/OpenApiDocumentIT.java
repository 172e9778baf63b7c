// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.api.testsupport.PostgresIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document is usable by a client generator: typed bodies, real statuses, problems,
 * security.
 */
class OpenApiDocumentIT extends PostgresIT {

  private JsonNode doc() {
    return http.get("/v3/api-docs", null).json();
  }

  @Test
  void theCaseSchemaIsTheRequestBodyOfTheCaseEndpoints() {
    JsonNode doc = doc();
    for (String[] op :
        new String[][] {
          {"/api/v1/evaluations", "post"},
          {"/api/v1/screenings", "post"},
          {"/api/v1/screenings/{id}/case", "put"}
        }) {
      assertThat(
              doc.at(
                      "/paths/"
                          + op[0].replace("/", "~1")
                          + "/"
                          + op[1]
                          + "/requestBody/content/application~1json"
                          + "/schema/$ref")
                  .asString())
          .as(op[0])
          .isEqualTo("#/components/schemas/Case");
    }
    JsonNode caseSchema = doc.at("/components/schemas/Case");
    assertThat(caseSchema.at("/properties/caseId/maxLength").asInt()).isEqualTo(200);
    assertThat(caseSchema.at("/properties/request/properties/procedure/enum").size())
        .isGreaterThan(5);
    assertThat(caseSchema.at("/required").toString()).contains("caseId", "asOf", "request");
    assertThat(
            doc.at(
                    "/paths/~1api~1v1~1evaluations/post/responses/200/content/application~1json/schema/$ref")
                .asString())
        .isEqualTo("#/components/schemas/Evaluation");
  }

  @Test
  void aScreeningIs201AndEveryErrorIsAProblem() {
    JsonNode doc = doc();
    JsonNode screen = doc.at("/paths/~1api~1v1~1screenings/post/responses");
    assertThat(screen.has("201")).isTrue();
    assertThat(screen.at("/201/headers").has("Location")).isTrue();
    assertThat(screen.at("/200/description").asString()).contains("Idempotency-Key");
    doc.get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op -> {
                          assertThat(op.getValue().get("summary"))
                              .as(op.getKey() + " " + path.getKey())
                              .isNotNull();
                          op.getValue()
                              .get("responses")
                              .properties()
                              .forEach(
                                  r -> {
                                    if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                                      assertThat(
                                              r.getValue()
                                                  .at(
                                                      "/content/application~1problem+json/schema/$ref")
                                                  .asString())
                                          .as(op.getKey() + " " + path.getKey() + " " + r.getKey())
                                          .isEqualTo("#/components/schemas/Problem");
                                    }
                                  });
                        }));
    assertThat(doc.at("/paths/~1api~1v1~1reviews~1{id}~1claim/post/responses").has("409")).isTrue();
    assertThat(doc.get("paths").has("/error")).isFalse();
  }

  @Test
  void securitySchemesTitleAndVersionAreReal() {
    JsonNode doc = doc();
    assertThat(doc.at("/info/title").asString()).isEqualTo("Crosscheck API");
    assertThat(doc.at("/info/version").asString()).isEqualTo("0.1.0");
    assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asString())
        .isEqualTo("basic");
    assertThat(doc.at("/components/securitySchemes/bearerAuth/bearerFormat").asString())
        .isEqualTo("JWT");
    assertThat(doc.at("/security").size()).isEqualTo(2);
    assertThat(doc.at("/paths/~1cds-services/get/security").size())
        .as("discovery is open")
        .isZero();
    assertThat(doc.at("/paths/~1api~1v1~1reviews/get/tags/0").asString()).isEqualTo("Reviews");
    assertThat(doc.get("tags").toString()).doesNotContain("controller");
  }
}
