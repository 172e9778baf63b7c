// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.engine.json.EvaluationJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The fields of case format v1, from its published JSON Schema ({@code docs/case.schema.json},
 * copied beside the web pages at build time): what a reviewer may ask the requester to document
 * ({@code presentation.ccsClass}, {@code anatomy.lesions[0].ffr}, {@code stressTests}).
 */
@Component
class CaseFieldPaths {

  private static final String SCHEMA = "static/app/case.schema.json";
  private static final Pattern STEP =
      Pattern.compile("([A-Za-z][A-Za-z0-9]*)((?:\\[\\d{0,4}\\])*)");

  private final JsonNode schema;

  CaseFieldPaths() {
    try (InputStream in = CaseFieldPaths.class.getClassLoader().getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("the case schema is missing from the classpath: " + SCHEMA);
      }
      schema = EvaluationJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * True when {@code path} names a field of the case format (list positions as {@code [n]} or
   * {@code []}).
   */
  boolean exists(String path) {
    JsonNode node = schema;
    for (String part : path.split("\\.", -1)) {
      Matcher m = STEP.matcher(part);
      if (!m.matches()) {
        return false;
      }
      node = node.path("properties").path(m.group(1));
      for (int i = 0; i < m.group(2).chars().filter(c -> c == '[').count(); i++) {
        node = node.path("items");
      }
      if (node.isMissingNode()) {
        return false;
      }
    }
    return true;
  }
}
