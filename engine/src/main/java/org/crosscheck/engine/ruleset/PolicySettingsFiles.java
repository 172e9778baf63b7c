// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.ruleset;

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
 * {@code default-settings.json}; the fields it leaves out keep their default. An unknown field is
 * an error.
 */
public final class PolicySettingsFiles {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private PolicySettingsFiles() {}

  /**
   * The settings, or an {@link IllegalArgumentException} whose message names the file and the
   * problem.
   */
  public static PolicySettings read(Path file, String defaultsResource) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not a valid policy settings file: " + e, e);
    }
    return parse(bytes, file.toString(), defaultsResource);
  }

  /**
   * Settings from the bytes of a settings file named {@code file} (for messages), over the defaults
   * resource; an {@link IllegalArgumentException} names the file and the problem.
   */
  public static PolicySettings parse(byte[] json, String file, String defaultsResource) {
    try {
      ObjectNode settings = (ObjectNode) defaults(defaultsResource);
      JsonNode payer = JSON.readTree(json);
      if (!payer.isObject()) {
        throw new IllegalArgumentException(
            file + ": not a valid policy settings file: expected a JSON object");
      }
      for (Map.Entry<String, JsonNode> field : payer.properties()) {
        if (!settings.has(field.getKey())) {
          throw new IllegalArgumentException(
              file
                  + ": not a valid policy settings file: unknown field '"
                  + field.getKey()
                  + "'; allowed: "
                  + String.join(", ", settings.propertyNames()));
        }
        settings.set(field.getKey(), field.getValue());
      }
      return JSON.treeToValue(settings, PolicySettings.class);
    } catch (IOException | JacksonException e) {
      String why =
          e.getMessage() == null
              ? e.getClass().getSimpleName()
              : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalArgumentException(file + ": not a valid policy settings file: " + why, e);
    }
  }

  private static JsonNode defaults(String resource) throws IOException {
    try (InputStream in =
        PolicySettingsFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("default settings not found: " + resource);
      }
      return JSON.readTree(in);
    }
  }
}
