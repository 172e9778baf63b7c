// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.engine.facts.PolicySettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads a payer's review policy settings (the same fields as the policy's default-settings.json). */
final class PolicyFiles {

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .build();

  private PolicyFiles() {}

  /** The settings, or an {@link IllegalArgumentException} whose message names the file and the problem. */
  static PolicySettings read(Path file) {
    try {
      return JSON.readValue(Files.readAllBytes(file), PolicySettings.class);
    } catch (IOException | JacksonException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalArgumentException(file + ": not a valid policy settings file: " + why, e);
    }
  }
}
