// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.casefile.Segment;
import org.crosscheck.engine.casefile.Urgency;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The order being rated: caseId, asOf and {@code request} (procedure via the engine's
 * ProcedureCodes table).
 */
final class ServiceRequestMapping {

  private ServiceRequestMapping() {}

  static void map(ServiceRequest sr, LocalDate asOf, MappingContext ctx) {
    ctx.root.put("caseId", caseId(sr));
    LocalDate date = sr.hasAuthoredOn() ? FhirValues.date(sr.getAuthoredOnElement()) : null;
    if (sr.hasAuthoredOn() && date == null) {
      ctx.warn(
          sr,
          "authoredOn",
          "'" + sr.getAuthoredOnElement().getValueAsString() + "' has no day; asOf used");
    }
    date = date != null ? date : asOf;
    if (date == null) {
      throw new FhirMappingException(
          ctx.name(sr), "authoredOn", "no authoredOn and no asOf date given");
    }
    ctx.root.put("asOf", date.toString());
    ObjectNode request = ctx.object("request");
    request.put("procedure", procedure(sr, ctx).name());
    request.put("urgency", urgency(sr, ctx).name());
    ArrayNode codes = request.putArray("codes");
    List<Coding> codings = sr.getCode().getCoding();
    for (int i = 0; i < codings.size(); i++) {
      Coding c = codings.get(i);
      if (!c.hasSystem() || !c.hasCode()) {
        ctx.warn(
            sr,
            "code.coding[" + i + "]",
            "a coding without system or code is not copied to request.codes");
        continue;
      }
      ObjectNode code = codes.addObject().put("system", c.getSystem()).put("code", c.getCode());
      if (c.hasDisplay()) {
        code.put("display", c.getDisplay());
      }
    }
    targets(sr, request, ctx);
    party(sr.getRequester(), request, "requester");
    Reference facility =
        sr.hasPerformer()
            ? sr.getPerformerFirstRep()
            : sr.hasLocationReference() ? sr.getLocationReferenceFirstRep() : null;
    party(facility, request, "facility");
    ctxResolveNames(request, sr, ctx);
  }

  private static String caseId(ServiceRequest sr) {
    for (Identifier id : sr.getIdentifier()) {
      if (id.hasValue() && !id.getValue().isBlank()) {
        return id.getValue();
      }
    }
    String id = sr.getIdElement().getIdPart();
    return id != null && id.startsWith("urn:uuid:") ? id.substring("urn:uuid:".length()) : id;
  }

  private static Procedure procedure(ServiceRequest sr, MappingContext ctx) {
    Procedure found = null;
    for (Coding c : sr.getCode().getCoding()) {
      Procedure p = CodeSystems.procedureOf(c);
      if (p != null && found != null && p != found) {
        throw new FhirMappingException(
            ctx.name(sr), "code", "the codes name different procedures: " + found + " and " + p);
      }
      found = p != null ? p : found;
    }
    if (found == null) {
      throw new FhirMappingException(
          ctx.name(sr),
          "code",
          "no known procedure code (CPT, HCPCS or SNOMED CT in the"
              + " engine's procedure-codes.csv) among "
              + describe(sr.getCode()));
    }
    return found;
  }

  private static String describe(CodeableConcept cc) {
    return cc.getCoding().stream().map(c -> c.getSystem() + "|" + c.getCode()).toList().toString();
  }

  private static Urgency urgency(ServiceRequest sr, MappingContext ctx) {
    String code = sr.hasPriority() && sr.getPriority() != null ? sr.getPriority().toCode() : null;
    Urgency mapped = code == null ? null : Interpretations.PRIORITY_TO_URGENCY.get(code);
    if (mapped == null) {
      String given = sr.getPriorityElement().getValueAsString();
      ctx.warn(
          sr,
          "priority",
          (given == null || given.isBlank()
                  ? "no priority"
                  : "priority '" + given + "' is not a known code")
              + ": taken as routine ("
              + Interpretations.ABSENT_PRIORITY
              + ")");
      ctx.used.add(Interpretations.ABSENT_PRIORITY_NOTE);
      return Interpretations.ABSENT_PRIORITY;
    }
    ctx.used.add(Interpretations.PRIORITY_NOTE);
    return mapped;
  }

  private static void targets(ServiceRequest sr, ObjectNode request, MappingContext ctx) {
    if (!sr.hasBodySite()) {
      return;
    }
    ArrayNode targets = request.putArray("targets");
    for (int i = 0; i < sr.getBodySite().size(); i++) {
      Segment s = Segments.segment(sr.getBodySite().get(i));
      if (s == null) {
        ctx.warn(
            sr,
            "bodySite[" + i + "]",
            "no " + CodeSystems.CORONARY_SEGMENT + " code naming a segment");
      } else {
        targets.add(s.name());
      }
    }
  }

  private static void party(Reference ref, ObjectNode request, String field) {
    if (ref == null || ref.isEmpty()) {
      return;
    }
    ObjectNode party = request.putObject(field);
    String id =
        ref.hasIdentifier() && ref.getIdentifier().hasValue()
            ? ref.getIdentifier().getValue()
            : MappingContext.idPart(ref);
    if (id != null) {
      party.put("id", id);
    }
    if (ref.hasDisplay()) {
      party.put("name", ref.getDisplay());
    }
  }

  /** Without a display, the name of a referenced Practitioner or Organization among the inputs. */
  private static void ctxResolveNames(ObjectNode request, ServiceRequest sr, MappingContext ctx) {
    fillName(request, "requester", ctx.resolve(sr.getRequester()));
    Reference facility =
        sr.hasPerformer()
            ? sr.getPerformerFirstRep()
            : sr.hasLocationReference() ? sr.getLocationReferenceFirstRep() : null;
    fillName(request, "facility", ctx.resolve(facility));
  }

  private static void fillName(ObjectNode request, String field, Resource r) {
    if (r == null || !(request.get(field) instanceof ObjectNode party) || party.has("name")) {
      return;
    }
    String name =
        r instanceof Practitioner p && p.hasName()
            ? p.getNameFirstRep().getNameAsSingleString()
            : r instanceof Organization o && o.hasName()
                ? o.getName()
                : r instanceof Location l && l.hasName() ? l.getName() : null;
    if (name != null && !name.isBlank()) {
      party.put("name", name);
    }
  }
}
