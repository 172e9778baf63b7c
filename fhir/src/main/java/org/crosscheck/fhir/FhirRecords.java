// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a patient's whole record (a FHIR R4 Bundle of tens of megabytes: years of vital signs,
 * surveys, claims) for the mapping without holding it as a FHIR model: the JSON is streamed entry
 * by entry, and only the entries the mapping reads become HAPI resources. The others are counted by
 * reason (a resource type the mapping does not use, an Observation code no table has) exactly as
 * the mapping itself would count them, one warning per reason. Procedures whose codes no table has
 * are dropped silently, as the mapping ignores them.
 */
public final class FhirRecords {

  /**
   * A record read for the mapping: the entries it uses, and those it does not, counted by reason.
   */
  public record FhirRecord(Bundle bundle, List<Skipped> skipped) {
    public FhirRecord {
      skipped = List.copyOf(skipped);
    }
  }

  /** Entries not kept for one reason: the first, how many, and the words of the warning. */
  public record Skipped(
      String key, String first, String element, String what, String why, int count) {}

  /**
   * The resource types the mapping reads or resolves references to; the others are counted, not
   * parsed.
   */
  static final Set<String> USED =
      Set.of(
          "Patient",
          "Condition",
          "Observation",
          "MedicationRequest",
          "MedicationStatement",
          "Procedure",
          "ServiceRequest",
          "Practitioner",
          "PractitionerRole",
          "Organization",
          "Location",
          "Encounter",
          "Medication");

  /** Reads one entry at a time from the stream: the rest of the bundle follows it. */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final class Tables {
    static final CaseFindings FINDINGS = new CaseFindings();
    static final CodeTable OBSERVATIONS = CodeTable.load("observations.csv");
  }

  private FhirRecords() {}

  /**
   * Reads a Bundle's JSON; throws {@link FhirMappingException} on malformed JSON or a resource that
   * is no Bundle.
   */
  public static FhirRecord read(byte[] json) {
    if (json == null || json.length == 0) {
      throw new FhirMappingException(null, null, "no JSON given: expected a FHIR R4 Bundle");
    }
    IParser fhir = ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser();
    Bundle bundle = new Bundle();
    Map<String, Skipped> skipped = new LinkedHashMap<>();
    String resourceType = null;
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new FhirMappingException(null, null, "malformed FHIR JSON: not a JSON object");
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "resourceType" -> resourceType = p.getString();
          case "type" -> bundle.setType(Bundle.BundleType.fromCode(p.getString()));
          case "entry" -> entries(p, fhir, bundle, skipped);
          default -> p.skipChildren();
        }
      }
    } catch (StreamReadException | JacksonIOException e) {
      throw new FhirMappingException(
          null, null, "malformed FHIR JSON: " + e.getOriginalMessage(), e);
    } catch (org.hl7.fhir.exceptions.FHIRException e) {
      throw new FhirMappingException(null, "type", "malformed FHIR JSON: " + e.getMessage(), e);
    }
    if (!"Bundle".equals(resourceType)) {
      throw new FhirMappingException(
          resourceType, "resourceType", "expected a Bundle, got resourceType " + resourceType);
    }
    return new FhirRecord(bundle, new ArrayList<>(skipped.values()));
  }

  private static void entries(
      JsonParser p, IParser fhir, Bundle bundle, Map<String, Skipped> skipped) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new FhirMappingException(
          null, "entry", "malformed FHIR JSON: Bundle.entry is not a list");
    }
    int index = 0;
    while (p.nextToken() == JsonToken.START_OBJECT) {
      JsonNode entry = JSON.readTree(p);
      JsonNode resource = entry.get("resource");
      index++;
      if (resource == null || !resource.isObject()) {
        continue;
      }
      String type = resource.path("resourceType").asString("");
      String name = type + "/" + resource.path("id").asString("#" + (index - 1));
      String reason = reason(type, resource, name, skipped);
      if (reason != null) {
        continue;
      }
      Resource r;
      try {
        r = (Resource) fhir.parseResource(resource.toString());
      } catch (DataFormatException e) {
        throw new FhirMappingException(name, "", "malformed FHIR JSON: " + e.getMessage(), e);
      }
      Bundle.BundleEntryComponent e = bundle.addEntry().setResource(r);
      if (entry.hasNonNull("fullUrl")) {
        e.setFullUrl(entry.get("fullUrl").asString());
        // as HAPI's parser does for a bundle entry: the resource is known by its fullUrl
        r.setId(entry.get("fullUrl").asString());
      }
    }
  }

  /** Why an entry is not kept (and counted), or null to keep it. */
  private static String reason(
      String type, JsonNode resource, String name, Map<String, Skipped> skipped) {
    if (!USED.contains(type)) {
      count(
          skipped,
          new Skipped(
              "type " + type, name, "", type, "this resource type is not used by the mapping", 1));
      return "type";
    }
    JsonNode codings = resource.path("code").path("coding");
    if (type.equals("Procedure") && codings.isArray() && !codings.isEmpty()) {
      for (JsonNode c : codings) {
        if (ProcedureMapping.known(
            c.path("system").asString(null), c.path("code").asString(null))) {
          return null;
        }
      }
      return "procedure";
    }
    if (type.equals("Observation") && codings.isArray() && !codings.isEmpty()) {
      List<String> tokens = new ArrayList<>();
      for (JsonNode c : codings) {
        String system = c.path("system").asString(null);
        String code = c.path("code").asString(null);
        if (system == null
            || ObservationMapping.readable(system, code, Tables.FINDINGS, Tables.OBSERVATIONS)) {
          return null; // read, or warned about as the mapping does
        }
        tokens.add(system + "|" + code);
      }
      String codes = tokens.toString();
      count(
          skipped,
          new Skipped(
              ObservationMapping.unreadableKey(codes),
              name,
              "code",
              ObservationMapping.unreadableWhat(
                  codes, codings.get(0).path("display").asString(null)),
              ObservationMapping.UNREADABLE_WHY,
              1));
      return "code";
    }
    return null;
  }

  private static void count(Map<String, Skipped> skipped, Skipped s) {
    skipped.merge(
        s.key(),
        s,
        (a, b) -> new Skipped(a.key(), a.first(), a.element(), a.what(), a.why(), a.count() + 1));
  }
}
