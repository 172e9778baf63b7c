// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The state of one mapping: the case being built (JSON, by field path), the warnings, and the input
 * resources by reference. Not shared between calls, which keeps {@link FhirCaseMapper} thread-safe.
 */
final class MappingContext {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  final ObjectNode root = NODES.objectNode();
  final List<MappingWarning> warnings = new ArrayList<>();

  /** The readings of {@link Interpretations} this case relied on, in first-use order. */
  final java.util.Set<Interpretations.Note> used = new java.util.LinkedHashSet<>();

  /**
   * Case fields a case-finding Observation documents as unknown (dataAbsentReason): never filled by
   * a reading.
   */
  final java.util.Set<String> documentedUnknown = new java.util.HashSet<>();

  private final Map<String, Resource> byReference = new HashMap<>();

  /**
   * Input resources by their id alone, for {@code urn:uuid:} references; null for an id two
   * resources share.
   */
  private final Map<String, Resource> byId = new HashMap<>();

  private final Map<Resource, Integer> positions = new HashMap<>();
  private final List<Resource> all;

  /**
   * Resources not used, one entry per kind of reason (a code, a resource type), for one warning
   * each.
   */
  private final Map<String, NotUsed> notUsed = new java.util.LinkedHashMap<>();

  /** Resources not used for the same reason: the first one, how many, and why. */
  private static final class NotUsed {
    final String first;
    final String element;
    final String what;
    final String why;
    int count;

    NotUsed(String first, String element, String what, String why) {
      this.first = first;
      this.element = element;
      this.what = what;
      this.why = why;
    }
  }

  MappingContext(List<Resource> resources, Map<String, Resource> byFullUrl) {
    this.all = List.copyOf(resources);
    for (int i = 0; i < resources.size(); i++) {
      Resource r = resources.get(i);
      positions.put(r, i);
      String id = r.getIdElement().getIdPart();
      if (id != null) {
        byReference.put(r.fhirType() + "/" + id, r);
        byId.put(id, byId.containsKey(id) ? null : r);
      }
    }
    byReference.putAll(byFullUrl);
  }

  /**
   * "Type/id" of a resource (or "Type/#n", its position, when it has no id), as warnings name it.
   */
  String name(Resource r) {
    String id = r.getIdElement().getIdPart();
    id = id != null && id.startsWith("urn:uuid:") ? id.substring("urn:uuid:".length()) : id;
    return r.fhirType() + "/" + (id != null ? id : "#" + positions.getOrDefault(r, -1));
  }

  void warn(Resource r, String element, String message) {
    warnings.add(new MappingWarning(name(r), element, message));
  }

  /** Warns about a value that is used anyway (rounded), naming the reading it relied on. */
  void caution(Resource r, String element, FhirValues.Result result) {
    if (result.caution() != null) {
      warn(r, element, result.caution());
      used.add(Interpretations.PERCENT_ROUNDED_NOTE);
    }
  }

  /**
   * Counts a resource that is not used, for ONE warning per reason ({@code key}) however many
   * resources share it: a record holds thousands of Observations no table reads, and a warning each
   * would bury the real ones.
   *
   * @param what the kind of resource in words ("Observation with code http://loinc.org|8302-2 (Body
   *     Height)")
   * @param why why it is not used ("no mapping table has the code")
   */
  void notUsed(Resource r, String element, String key, String what, String why) {
    notUsed.computeIfAbsent(key, k -> new NotUsed(name(r), element, what, why)).count++;
  }

  /**
   * Counts resources not used that were never parsed ({@link FhirRecords}), under the same reasons.
   */
  void notUsed(FhirRecords.Skipped s) {
    NotUsed n =
        notUsed.computeIfAbsent(
            s.key(), k -> new NotUsed(s.first(), s.element(), s.what(), s.why()));
    n.count += s.count();
  }

  /** The aggregated warnings of {@link #notUsed}, one per reason, in first-seen order. */
  void finishNotUsed() {
    for (NotUsed n : notUsed.values()) {
      warnings.add(
          new MappingWarning(
              n.first,
              n.element,
              n.count == 1
                  ? n.what + ": " + n.why
                  : n.count
                      + " resources ("
                      + n.what
                      + "): "
                      + n.why
                      + "; the first is "
                      + n.first));
    }
  }

  /** How many resources were not used, by resource type (from {@link #notUsed} keys "Type ..."). */
  Map<String, Integer> notUsedByType() {
    Map<String, Integer> byType = new java.util.TreeMap<>();
    notUsed
        .values()
        .forEach(
            n -> byType.merge(n.first.substring(0, n.first.indexOf('/')), n.count, Integer::sum));
    return byType;
  }

  /**
   * The resource a reference points to among the inputs, or null: by fullUrl or "Type/id" (relative
   * or absolute); {@code urn:uuid:X} by the resource whose id is X; {@code
   * Type?identifier=system|value} by the resource of that type with that identifier ({@link
   * Interpretations#URN_UUID_BY_ID}).
   */
  Resource resolve(Reference ref) {
    if (ref == null || !ref.hasReference()) {
      return null;
    }
    String s = ref.getReference();
    Resource direct = byReference.get(s);
    if (direct != null) {
      return direct;
    }
    if (s.startsWith("urn:uuid:")) {
      Resource byUuid = byId.get(s.substring("urn:uuid:".length()));
      if (byUuid != null) {
        used.add(Interpretations.URN_UUID_NOTE);
      }
      return byUuid;
    }
    int query = s.indexOf("?identifier=");
    if (query > 0) {
      return byIdentifier(s.substring(0, query), s.substring(query + "?identifier=".length()));
    }
    String[] parts = s.split("/");
    return parts.length >= 2
        ? byReference.get(parts[parts.length - 2] + "/" + parts[parts.length - 1])
        : null;
  }

  private Resource byIdentifier(String type, String token) {
    int bar = token.lastIndexOf('|');
    String system = bar < 0 ? null : token.substring(0, bar);
    String value = bar < 0 ? token : token.substring(bar + 1);
    for (Resource r : all) {
      if (r.fhirType().equals(type)
          && r instanceof org.hl7.fhir.r4.model.DomainResource
          && identifiers(r).stream()
              .anyMatch(
                  i ->
                      value.equals(i.getValue())
                          && (system == null || system.equals(i.getSystem())))) {
        used.add(Interpretations.URN_UUID_NOTE);
        return r;
      }
    }
    return null;
  }

  private static List<org.hl7.fhir.r4.model.Identifier> identifiers(Resource r) {
    return r instanceof org.hl7.fhir.r4.model.Practitioner p
        ? p.getIdentifier()
        : r instanceof org.hl7.fhir.r4.model.Organization o
            ? o.getIdentifier()
            : r instanceof org.hl7.fhir.r4.model.Location l
                ? l.getIdentifier()
                : r instanceof org.hl7.fhir.r4.model.PractitionerRole pr
                    ? pr.getIdentifier()
                    : List.of();
  }

  /**
   * The id part of a reference ("Practitioner/p-1" -> "p-1"; "urn:uuid:x" -> "x"; a conditional
   * reference "Practitioner?identifier=system|value" -> "value"), or null.
   */
  static String idPart(Reference ref) {
    if (ref == null || !ref.hasReference()) {
      return null;
    }
    String s = ref.getReference();
    int query = s.indexOf("?identifier=");
    if (query > 0) {
      return s.substring(s.lastIndexOf('|') + 1);
    }
    if (s.startsWith("urn:uuid:")) {
      return s.substring("urn:uuid:".length());
    }
    String[] parts = s.split("/");
    return parts[parts.length - 1];
  }

  /** The object at a dotted path, created when absent. */
  ObjectNode object(String path) {
    ObjectNode node = root;
    for (String name : path.split("\\.")) {
      JsonNode child = node.get(name);
      node = child instanceof ObjectNode o ? o : node.putObject(name);
    }
    return node;
  }

  /** The array at a dotted path, created when absent. */
  ArrayNode array(String path) {
    int dot = path.lastIndexOf('.');
    ObjectNode parent = dot < 0 ? root : object(path.substring(0, dot));
    String name = path.substring(dot + 1);
    JsonNode child = parent.get(name);
    return child instanceof ArrayNode a ? a : parent.putArray(name);
  }

  void set(String path, JsonNode value) {
    int dot = path.lastIndexOf('.');
    ObjectNode parent = dot < 0 ? root : object(path.substring(0, dot));
    parent.set(path.substring(dot + 1), value);
  }

  boolean has(String path) {
    JsonNode node = root;
    for (String name : path.split("\\.")) {
      node = node == null ? null : node.get(name);
    }
    return node != null;
  }
}
