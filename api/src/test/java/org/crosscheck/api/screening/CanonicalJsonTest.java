// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.crosscheck.api.testsupport.Cases;
import org.junit.jupiter.api.Test;

/**
 * The identity of a request for idempotency: the same case re-encoded (whitespace, key order,
 * string escapes) is the same request; any change of a value is another request.
 */
class CanonicalJsonTest {

  private static String sha(String json) {
    return CanonicalJson.sha256(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSameCaseReEncodedIsTheSameRequest() {
    String pci = Cases.appropriate("case-1", "npi-1");
    String compact = pci.replaceAll("\\s*\n\\s*", "").replace(": ", ":").replace(", ", ",");
    assertThat(sha(compact)).isEqualTo(sha(pci));
    assertThat(sha("{\"b\": 1, \"a\": {\"y\": [1, 2], \"x\": \"caf\u00e9\"}}"))
        .isEqualTo(sha("{\"a\":{\"x\":\"caf\\u00e9\",\"y\":[1,2]},\"b\":1}"));
    assertThat(sha(pci)).hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void anyChangedValueOrOrderOfAListIsAnotherRequest() {
    String pci = Cases.appropriate("case-1", "npi-1");
    assertThat(sha(pci.replace("\"lvef\": 58", "\"lvef\": 57"))).isNotEqualTo(sha(pci));
    assertThat(sha(pci.replace("\"ELECTIVE\"", "\"URGENT\""))).isNotEqualTo(sha(pci));
    assertThat(sha("{\"a\": [1, 2]}")).isNotEqualTo(sha("{\"a\": [2, 1]}"));
    // numbers as written: 58 and 58.0 are not silently the same documented value
    assertThat(sha("{\"lvef\": 58}")).isNotEqualTo(sha("{\"lvef\": 58.0}"));
  }

  @Test
  void aBodyThatIsNotJsonIsIdentifiedByItsBytes() {
    byte[] notJson = "not json {".getBytes(StandardCharsets.UTF_8);
    assertThat(CanonicalJson.sha256(notJson)).isEqualTo(CanonicalJson.bytesSha256(notJson));
    assertThat(CanonicalJson.bytesSha256(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
