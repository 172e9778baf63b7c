// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine;

import java.nio.charset.StandardCharsets;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.CaseReader;

/**
 * Test cases written the way a requester sends them: JSON members of case format v1 on top of a
 * minimal stable PCI request (caseId, asOf 2026-03-01, request). Members given replace the
 * defaults.
 */
public final class Cases {

  private Cases() {}

  /** A case from JSON members, e.g. {@code "\"lvef\": 40, \"stressTests\": []"}. */
  public static CaseFile stable(String members) {
    return parse(
        "\"presentation\": {\"setting\": \"STABLE\", \"ccsClass\": 2}"
            + (members.isBlank() ? "" : ", " + members));
  }

  public static CaseFile parse(String members) {
    String request =
        members.contains("\"request\"")
            ? ""
            : "\"request\": {\"procedure\": \"PCI\", \"urgency\": \"ELECTIVE\", \"targets\": [\"LAD_MID\"]}, ";
    String body = request + members;
    if (body.endsWith(", ")) {
      body = body.substring(0, body.length() - 2);
    }
    String json =
        "{\"caseId\": \"t-1\", \"asOf\": \"2026-03-01\""
            + (body.isEmpty() ? "" : ", " + body)
            + "}";
    return CaseReader.read(json.getBytes(StandardCharsets.UTF_8)).caseFile();
  }
}
