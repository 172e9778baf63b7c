// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}) as a client generator needs it: the published case
 * schema as the request body of the case endpoints (not a byte string), 201 for a new screening,
 * every 4xx/5xx as problem+json, the security schemes (HTTP Basic in dev mode, bearer JWT in
 * production and for CDS clients), a title, the build's version and a summary per operation. What
 * the controllers cannot say with types is added here, in one place ({@link OperationDocs} has the
 * words).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static final String PROBLEM = "application/problem+json";

  @Bean
  OpenAPI crosscheckOpenApi(ObjectProvider<BuildProperties> build) {
    String version =
        build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
    return new OpenAPI()
        .info(
            new Info()
                .title("Crosscheck API")
                .version(version)
                .description(
                    "Appropriateness screening of cardiac procedure requests (PCI, CABG, cardiac imaging) "
                        + "against published criteria, the second-review queue, the audit trail, and CDS Hooks for EHRs. "
                        + "Cases are case format v1 (the Case schema); evaluations are evaluation output v1.")
                .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
        .components(
            new Components()
                .addSecuritySchemes(
                    "basicAuth",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description(
                            "Development mode: the built-in users (requester, reviewer, auditor, admin, "
                                + "cardiologist) with the development password"))
                .addSecuritySchemes(
                    "bearerAuth",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description(
                            "Production (jwt mode): an OAuth2 access token whose roles claim "
                                + "holds REQUESTER, REVIEWER, AUDITOR, ADMIN or CLINICIAN; for /cds-services, the EHR's client "
                                + "JWT (CDS Hooks 2.0)")))
        .addSecurityItem(new SecurityRequirement().addList("bearerAuth"))
        .addSecurityItem(new SecurityRequirement().addList("basicAuth"));
  }

  @Bean
  OpenApiCustomizer crosscheckOperations() {
    return openApi -> {
      Components components = openApi.getComponents();
      components.addSchemas("Case", caseSchema());
      components.addSchemas(
          "Evaluation",
          new ObjectSchema()
              .description(
                  "Evaluation output v1: findings with citations, the decision (CLEAR, SECOND_REVIEW, PEND, NO_DELAY) with "
                      + "reasons and missing data, what-if, provenance"));
      components.addSchemas("Problem", problemSchema());
      if (components.getSchemas() != null) {
        components.getSchemas().remove("ProblemDetail");
      }
      openApi
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach(
                          (method, operation) -> OperationDocs.describe(path, method, operation)));
      OperationDocs.caseBodies(openApi);
      openApi.setTags(OperationDocs.TAGS);
      openApi
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach((method, operation) -> errors(path, method, operation)));
    };
  }

  /** docs/case.schema.json, copied beside the self-check page at build time. */
  private static Schema<?> caseSchema() {
    try (InputStream in =
        OpenApiConfiguration.class.getResourceAsStream("/static/app/case.schema.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "the case schema is missing from the build (static/app/case.schema.json)");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> schema = Json31.mapper().readValue(in, Map.class);
      schema.remove("$schema");
      schema.remove("$id");
      return Json31.mapper().convertValue(schema, Schema.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema<?> problemSchema() {
    Schema<?> fieldError =
        new ObjectSchema()
            .addProperty(
                "field",
                new StringSchema().description("the field's path, e.g. anatomy.lesions[0].segment"))
            .addProperty("message", new StringSchema());
    return new ObjectSchema()
        .description("RFC 9457 problem details")
        .addProperty(
            "type", new StringSchema().format("uri").example("urn:crosscheck:problem:invalid-case"))
        .addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema().format("uri-reference"))
        .addProperty(
            "errors", new ArraySchema().items(fieldError).description("the fields at fault (400)"));
  }

  /** The error statuses an operation can answer, each as problem+json. */
  private static void errors(String path, PathItem.HttpMethod method, Operation operation) {
    ApiResponses responses =
        operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    boolean body = operation.getRequestBody() != null;
    boolean open = path.equals("/cds-services") || path.startsWith("/actuator");
    add(responses, "400", "Invalid request: the fields at fault in errors", body || !open);
    add(responses, "401", "Missing or invalid credentials", !open);
    add(
        responses,
        "403",
        "The caller's role may not do this",
        !open && !path.startsWith("/cds-services"));
    add(responses, "404", "Not found", path.contains("{"));
    add(
        responses,
        "409",
        "Conflicts with the current state",
        path.endsWith("/claim") || path.endsWith("/decision") || method == PathItem.HttpMethod.PUT);
    add(
        responses,
        "412",
        "Prefetch data missing and not fetchable",
        path.equals("/cds-services/{id}"));
    add(responses, "413", "Request body too large", body);
    add(responses, "415", "Request body not JSON", body);
    add(
        responses,
        "422",
        "Well-formed but not acceptable (an Idempotency-Key reused for another case; a CDS Hooks "
            + "request that does not conform; an answer outside its question's answers)",
        path.equals("/api/v1/screenings")
            || path.startsWith("/cds-services/")
            || path.equals("/api/v1/questions"));
    add(responses, "500", "The service failed (logged)", true);
    add(responses, "503", "The database cannot be reached (Retry-After)", !open);
    operation.setResponses(responses);
  }

  private static void add(
      ApiResponses responses, String status, String description, boolean applies) {
    if (applies) {
      responses.addApiResponse(
          status,
          new ApiResponse()
              .description(description)
              .content(
                  new Content().addMediaType(PROBLEM, new MediaType().schema(ref("Problem")))));
    }
  }

  static Schema<?> ref(String name) {
    return new Schema<>().$ref("#/components/schemas/" + name);
  }

  /** The request body of the case endpoints: a case in format v1. */
  static RequestBody caseBody() {
    return new RequestBody()
        .required(true)
        .description("A case in case format v1")
        .content(
            new Content().addMediaType("application/json", new MediaType().schema(ref("Case"))));
  }

  static ApiResponse json(String description, Schema<?> schema) {
    return new ApiResponse()
        .description(description)
        .content(new Content().addMediaType("application/json", new MediaType().schema(schema)));
  }

  static Header header(String description) {
    return new Header().description(description).schema(new StringSchema());
  }
}
