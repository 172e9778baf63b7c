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
 * The state of one mapping: the case being built (JSON, by field path), the warnings, and the input resources by
 * reference. Not shared between calls, which keeps {@link FhirCaseMapper} thread-safe.
 */
final class MappingContext {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  final ObjectNode root = NODES.objectNode();
  final List<MappingWarning> warnings = new ArrayList<>();
  /** The readings of {@link Interpretations} this case relied on, in first-use order. */
  final java.util.Set<Interpretations.Note> used = new java.util.LinkedHashSet<>();
  private final Map<String, Resource> byReference = new HashMap<>();
  private final Map<Resource, Integer> positions = new HashMap<>();

  MappingContext(List<Resource> resources, Map<String, Resource> byFullUrl) {
    for (int i = 0; i < resources.size(); i++) {
      Resource r = resources.get(i);
      positions.put(r, i);
      if (r.getIdElement().getIdPart() != null) {
        byReference.put(r.fhirType() + "/" + r.getIdElement().getIdPart(), r);
      }
    }
    byReference.putAll(byFullUrl);
  }

  /** "Type/id" of a resource (or "Type/#n", its position, when it has no id), as warnings name it. */
  String name(Resource r) {
    String id = r.getIdElement().getIdPart();
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

  /** The resource a reference points to among the inputs, or null. */
  Resource resolve(Reference ref) {
    if (ref == null || !ref.hasReference()) {
      return null;
    }
    String s = ref.getReference();
    Resource direct = byReference.get(s);
    if (direct != null) {
      return direct;
    }
    String[] parts = s.split("/");
    return parts.length >= 2 ? byReference.get(parts[parts.length - 2] + "/" + parts[parts.length - 1]) : null;
  }

  /** The id part of a reference ("Practitioner/p-1" -> "p-1"), or null. */
  static String idPart(Reference ref) {
    if (ref == null || !ref.hasReference()) {
      return null;
    }
    String[] parts = ref.getReference().split("/");
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
