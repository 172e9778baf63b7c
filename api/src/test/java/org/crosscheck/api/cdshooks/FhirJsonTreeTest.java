// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.testcases.Vignettes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A FHIR resource read from the request's Jackson tree is the one HAPI reads from the tree's text
 * (the way the prefetch was read before): the same encoding, or the same error. A resource encoded
 * as a tree is the tree Jackson reads from HAPI's text (the way actions were built before).
 */
class FhirJsonTreeTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** HAPI's encoding of what a parse gives, or the error it raises. */
  private static String outcome(java.util.function.Supplier<Object> parse) {
    try {
      return FhirContext.forR4Cached()
          .newJsonParser()
          .encodeResourceToString((org.hl7.fhir.instance.model.api.IBaseResource) parse.get());
    } catch (RuntimeException e) {
      return "error " + e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static void sameAsText(JsonNode tree) {
    String text = tree.toString();
    assertThat(outcome(() -> FhirJsonTree.parse(tree)))
        .as(text)
        .isEqualTo(outcome(() -> FhirContext.forR4Cached().newJsonParser().parseResource(text)));
  }

  private static void encodesAsText(org.hl7.fhir.instance.model.api.IBaseResource resource) {
    JsonNode text =
        JSON.readTree(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(resource));
    JsonNode tree = FhirJsonTree.encode(resource);
    assertThat(tree).isEqualTo(text);
    assertThat(tree.toString()).isEqualTo(text.toString());
  }

  private static org.hl7.fhir.instance.model.api.IBaseResource fhir(String json) {
    return FhirContext.forR4Cached().newJsonParser().parseResource(json);
  }

  @Test
  void everyTwinAndEachOfItsResources() throws IOException {
    Path twins = Vignettes.root().resolveSibling("fhir-twins");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(twins)) {
      files = walk.filter(p -> p.toString().endsWith(".bundle.json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(25);
    for (Path file : files) {
      JsonNode bundle = JSON.readTree(Files.readAllBytes(file));
      sameAsText(bundle);
      encodesAsText(fhir(bundle.toString()));
      for (JsonNode entry : bundle.get("entry")) {
        sameAsText(entry.get("resource"));
        org.hl7.fhir.instance.model.api.IBaseResource resource =
            fhir(entry.get("resource").toString());
        encodesAsText(resource);
        if (resource instanceof org.hl7.fhir.r4.model.ServiceRequest order) {
          // the coverage-information update of an order, as order-sign sends it
          org.hl7.fhir.r4.model.Extension info =
              new org.hl7.fhir.r4.model.Extension(CoverageInformation.URL);
          info.addExtension("coverage", new org.hl7.fhir.r4.model.Reference("Coverage/cov-1"));
          info.addExtension("covered", new org.hl7.fhir.r4.model.CodeType("covered"));
          info.addExtension("date", new org.hl7.fhir.r4.model.DateType("2026-12-07"));
          encodesAsText(CoverageInformation.annotate(order, info));
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // decimals: Jackson reads them as doubles; HAPI gets the decimal of the written form
        """
        {"resourceType":"Observation","id":"o1","status":"final","code":{"text":"FFR"},
         "valueQuantity":{"value":0.80,"unit":"1"},
         "component":[{"code":{"text":"a"},"valueQuantity":{"value":1.0E-5}},
                      {"code":{"text":"b"},"valueQuantity":{"value":100}},
                      {"code":{"text":"c"},"valueQuantity":{"value":-0.0}},
                      {"code":{"text":"d"},"valueQuantity":{"value":1E+3}},
                      {"code":{"text":"e"},"valueQuantity":{"value":123456789012345678901234567890.5}},
                      {"code":{"text":"f"},"valueQuantity":{"value":1e400}},
                      {"code":{"text":"g"},"valueInteger":12345678901234567890},
                      {"code":{"text":"h"},"valueInteger":-7},
                      {"code":{"text":"i"},"valueBoolean":true},
                      {"code":{"text":"j"},"valueBoolean":"true"},
                      {"code":{"text":"k"},"valueString":5}]}
        """,
        // nulls, primitive extensions, unknown elements, wrong shapes
        """
        {"resourceType":"Condition","id":"c1","clinicalStatus":null,"_recordedDate":{"id":"r",
         "extension":[{"url":"http://example.org/x","valueDecimal":2.50}]},"recordedDate":"2024-01-02",
         "foo":{"bar":[1,2.5,"x",null,true]},"code":{"coding":[{"system":"http://snomed.info/sct",
         "code":"53741008","display":"Coronary arteriosclerosis \\u00e9\\ud83d\\ude00 \\" \\\\ \\n"}]},
         "note":"not an array","subject":[{"reference":"Patient/p1"}]}
        """,
        // entry ids from fullUrl, contained resources, a versioned id
        """
        {"resourceType":"Bundle","type":"searchset","entry":[
         {"fullUrl":"urn:uuid:0b9c0f39-0000-4000-8000-000000000001","resource":{"resourceType":"Procedure",
          "status":"completed","subject":{"reference":"Patient/p1"}}},
         {"fullUrl":"http://ehr.example/fhir/Procedure/pr2/_history/3","resource":{"resourceType":"Procedure",
          "id":"pr2","meta":{"versionId":"1"},"status":"completed","subject":{"reference":"#pat"},
          "contained":[{"resourceType":"Patient","id":"pat","active":true}]}},
         {"fullUrl":"urn:uuid:pr3","resource":{"resourceType":"Procedure","id":"pr3","status":"completed",
          "subject":{"reference":"Patient/p1"}}},
         {"resource":null},{"search":{"mode":"match","score":1}}]}
        """,
        // errors HAPI raises on the content itself
        """
        {"id":"no-type"}
        """,
        """
        {"resourceType":"NoSuchResource","id":"x"}
        """,
        """
        {"resourceType":7}
        """,
        """
        {"resourceType":"Observation","status":"final","code":{"text":"x"},"valueQuantity":[1,2]}
        """,
        // not JSON objects: HAPI's own message for the text
        "\"a string\"",
        "[{\"resourceType\":\"Patient\"}]",
        "42",
        "null"
      })
  void edgeCases(String json) {
    sameAsText(JSON.readTree(json));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // decimals as written (HAPI keeps their text), integers, booleans
        """
        {"resourceType":"Observation","id":"o1","status":"final","code":{"text":"FFR"},
         "valueQuantity":{"value":0.80,"unit":"1"},
         "component":[{"code":{"text":"a"},"valueQuantity":{"value":1.0E-5}},
                      {"code":{"text":"b"},"valueQuantity":{"value":100}},
                      {"code":{"text":"c"},"valueQuantity":{"value":-0.0}},
                      {"code":{"text":"d"},"valueQuantity":{"value":1E+3}},
                      {"code":{"text":"e"},"valueQuantity":{"value":123456789012345678901234567890.5}},
                      {"code":{"text":"f"},"valueQuantity":{"value":12345678901234567890}},
                      {"code":{"text":"g"},"valueInteger":2147483647},
                      {"code":{"text":"h"},"valueInteger":-7},
                      {"code":{"text":"i"},"valueBoolean":false},
                      {"code":{"text":"j"},"valueString":"\\u00e9\\ud83d\\ude00 \\" \\\\ \\n </script>"}]}
        """,
        // primitive extensions (arrays with nulls), contained resources, narrative
        """
        {"resourceType":"Patient","id":"p1","text":{"status":"generated",
         "div":"<div xmlns=\\"http://www.w3.org/1999/xhtml\\">Jane</div>"},
         "contained":[{"resourceType":"Organization","id":"org","name":"Clinic"}],
         "managingOrganization":{"reference":"#org"},
         "name":[{"given":["Jane","Q"],"_given":[null,{"extension":[{"url":"http://example.org/x",
         "valueDecimal":2.50}]}]}],"_birthDate":{"extension":[{"url":"http://example.org/y",
         "valueBoolean":true}]},"birthDate":"1950-01-02","active":true}
        """
      })
  void encodesLikeTheText(String json) {
    encodesAsText(fhir(json));
  }
}
