// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity of a request body for idempotency: the SHA-256 of its canonical JSON (no whitespace,
 * object keys sorted, strings in one escaping, numbers as written), so that the same case
 * re-encoded is the same request. A body that is not JSON is identified by its bytes.
 */
final class CanonicalJson {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .build();

  private CanonicalJson() {}

  static String sha256(byte[] body) {
    byte[] canonical;
    try {
      StringBuilder out = new StringBuilder();
      write(JSON.readTree(body), out);
      canonical = out.toString().getBytes(StandardCharsets.UTF_8);
    } catch (JacksonException e) {
      canonical = body;
    }
    return bytesSha256(canonical);
  }

  static String bytesSha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>(node.propertyNames());
      names.sort(null);
      out.append('{');
      for (int i = 0; i < names.size(); i++) {
        out.append(i == 0 ? "" : ",").append(JSON.writeValueAsString(names.get(i))).append(':');
        write(node.get(names.get(i)), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(node.get(i), out);
      }
      out.append(']');
    } else {
      out.append(JSON.writeValueAsString(node));
    }
  }
}
