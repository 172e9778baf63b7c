// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.engine.facts.PolicySettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a payer's review policy settings: a JSON object with any of the fields of the policy's
 * {@code default-settings.json}; the fields it leaves out keep their default. An unknown field is an error.
 */
final class PolicyFiles {

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private PolicyFiles() {}

  /** The settings, or an {@link IllegalArgumentException} whose message names the file and the problem. */
  static PolicySettings read(Path file, String defaultsResource) {
    try {
      ObjectNode settings = (ObjectNode) defaults(defaultsResource);
      JsonNode payer = JSON.readTree(Files.readAllBytes(file));
      if (!payer.isObject()) {
        throw new IllegalArgumentException(file + ": not a valid policy settings file: expected a JSON object");
      }
      for (Map.Entry<String, JsonNode> field : payer.properties()) {
        if (!settings.has(field.getKey())) {
          throw new IllegalArgumentException(file + ": not a valid policy settings file: unknown field '"
              + field.getKey() + "'; allowed: " + String.join(", ", settings.propertyNames()));
        }
        settings.set(field.getKey(), field.getValue());
      }
      return JSON.treeToValue(settings, PolicySettings.class);
    } catch (IOException | JacksonException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalArgumentException(file + ": not a valid policy settings file: " + why, e);
    }
  }

  private static JsonNode defaults(String resource) throws IOException {
    try (InputStream in = PolicyFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("default settings not found: " + resource);
      }
      return JSON.readTree(in);
    }
  }
}
