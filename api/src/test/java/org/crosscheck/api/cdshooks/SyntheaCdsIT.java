// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.crosscheck.api.testsupport.CdsFixtures;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Order-sign at EHR size: the Synthea sample's records (fhir module, bench/synthea/generate.sh),
 * each sent whole as an EHR that ignores the narrowed prefetch templates would send it (every
 * Condition, Observation, medication and Procedure, Synthea's urn:uuid references as they are), are
 * rated without a 413, with a short card; a body over the configured limit is a 413.
 */
public class SyntheaCdsIT extends PostgresIT {

  static final Path SAMPLE =
      Path.of("../fhir/src/test/resources/synthea/orders-sample.fhir.ndjson.gz");
  static final String SIGN = "/cds-services/crosscheck-order-sign";

  public static List<ObjectNode> requests() throws Exception {
    List<ObjectNode> out = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(SAMPLE)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        out.add(request(CdsFixtures.JSON.readTree(line)));
      }
    }
    return out;
  }

  /** An order-sign request whose prefetch holds the whole record, as searchset bundles by key. */
  static ObjectNode request(JsonNode bundle) {
    ObjectNode request = CdsFixtures.JSON.createObjectNode();
    request.put("hook", "order-sign").put("hookInstance", UUID.randomUUID().toString());
    ObjectNode context = request.putObject("context");
    ObjectNode prefetch = request.putObject("prefetch");
    for (String key : CdsFixtures.SEARCH_KEY_OF_TYPE.values()) {
      prefetch
          .putObject(key)
          .put("resourceType", "Bundle")
          .put("type", "searchset")
          .putArray("entry");
    }
    ArrayNode drafts =
        context
            .putObject("draftOrders")
            .put("resourceType", "Bundle")
            .put("type", "collection")
            .putArray("entry");
    for (JsonNode entry : bundle.get("entry")) {
      JsonNode r = entry.get("resource");
      String type = r.get("resourceType").asString();
      if (type.equals("Patient")) {
        context.put("patientId", r.get("id").asString()).put("userId", "Practitioner/dr-1");
        prefetch.set("patient", r);
      } else if (type.equals("ServiceRequest")) {
        drafts.addObject().set("resource", r);
      } else if (CdsFixtures.SEARCH_KEY_OF_TYPE.containsKey(type)) {
        ((ArrayNode) prefetch.get(CdsFixtures.SEARCH_KEY_OF_TYPE.get(type)).get("entry"))
            .addObject()
            .put("fullUrl", entry.get("fullUrl").asString())
            .set("resource", r);
      }
    }
    return request;
  }

  @Test
  void wholeRecordsAreRatedWithShortCardsAndNoTooLargeAnswer() throws Exception {
    List<ObjectNode> requests = requests();
    assertThat(requests).hasSize(12);
    for (ObjectNode request : requests) {
      String body = request.toString();
      assertThat(body.length())
          .as("a whole clinical record (the sample's are the smallest)")
          .isGreaterThan(300_000);
      Http.Response r = http.post(SIGN, null, body);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonNode card = r.json().get("cards").get(0);
      assertThat(card.get("detail").asString().length()).isLessThan(12_000);
      assertThat(card.get("detail").asString()).contains("FHIR data not used:** by kind");
      assertThat(card.get("detail").asString()).doesNotContain("belongs to");
    }
  }

  @Test
  void aRequestOverTheConfiguredLimitIs413AndOneJustUnderIsRead() throws Exception {
    ObjectNode request = requests().get(0);
    ArrayNode observations = (ArrayNode) request.get("prefetch").get("observations").get("entry");
    JsonNode one = observations.get(0);
    int bytes = request.toString().length();
    // pad with copies of one Observation (new ids) to about 14 MiB: still under the 16 MiB default
    for (int i = 0; bytes < 14 << 20; i++) {
      ObjectNode copy = (ObjectNode) one.deepCopy();
      ((ObjectNode) copy.get("resource")).put("id", "pad-" + i);
      copy.remove("fullUrl");
      observations.add(copy);
      bytes += copy.toString().length() + 1;
    }
    Http.Response under = http.post(SIGN, null, request.toString());
    assertThat(under.status()).as(under.body()).isEqualTo(200);
    for (int i = 0; bytes <= 16 << 20; i++) {
      ObjectNode copy = (ObjectNode) one.deepCopy();
      ((ObjectNode) copy.get("resource")).put("id", "pad2-" + i);
      observations.add(copy);
      bytes += copy.toString().length() + 1;
    }
    Http.Response over = http.post(SIGN, null, request.toString());
    assertThat(over.status()).isEqualTo(413);
    assertThat(over.header("Content-Type")).contains("problem+json");
  }
}
