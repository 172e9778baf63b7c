// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.testcases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random cases built from the case schema's vocabularies (docs/case.schema.json), fully documented:
 * every item a criterion could ask for has a value. A sequence of choices drives the construction,
 * so that a property-testing library can shrink a failing case by shrinking its choices (towards
 * the first option of each).
 *
 * <p>{@link #withdraw} then removes a chosen subset of the items whose absence means "unknown"
 * (never a presence flag documented true, a prior procedure, a finding key: their absence means
 * "not present"), which makes the full case one of the completions of the partial one.
 */
final class RandomCases {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNode SCHEMA = schema();
  private static final String[] FLAGS = {
    "cardiogenicShock",
    "severeHeartFailure",
    "persistentIschemicSymptoms",
    "hemodynamicInstability",
    "electricalInstability"
  };
  private static final String[] IMAGING = {
    "CCTA",
    "STRESS_SPECT_MPI",
    "STRESS_PET_MPI",
    "STRESS_ECHO",
    "STRESS_CMR",
    "EXERCISE_ECG",
    "CAC_SCORING",
    "CORONARY_ANGIOGRAPHY"
  };

  private RandomCases() {}

  /** Reads the choices in turn (cycling), each reduced to the number of options asked for. */
  static final class Choices {
    private final List<Integer> values;
    private int next;

    Choices(List<Integer> values) {
      this.values = values;
    }

    int pick(int options) {
      int v = values.isEmpty() ? 0 : values.get(next++ % values.size());
      return Math.floorMod(v, options);
    }

    boolean chance(int inTen) {
      return pick(10) < inTen;
    }

    String of(String... options) {
      return options[pick(options.length)];
    }

    String of(List<String> options) {
      return options.get(pick(options.size()));
    }
  }

  static ObjectNode full(Choices c, int id) {
    ObjectNode k = JSON.createObjectNode().put("caseId", "p-" + id).put("asOf", "2026-03-01");
    k.putObject("patient")
        .put("ageYears", 40 + c.pick(50))
        .put("sex", c.of(enumOf("/properties/patient/properties/sex")))
        .put("diabetes", c.chance(3))
        .put("silentIschemiaRisk", c.chance(2));
    boolean revasc = c.chance(6);
    String procedure = revasc ? c.of("PCI", "PCI", "CABG") : c.of(IMAGING);
    ObjectNode request =
        k.putObject("request")
            .put("procedure", procedure)
            .put(
                "urgency",
                c.of("ELECTIVE", "ELECTIVE", "ELECTIVE", "URGENT", "URGENT", "EMERGENT"));
    if (revasc && c.chance(6)) {
      ArrayNode targets = request.putArray("targets");
      for (int i = 0, n = 1 + c.pick(2); i < n; i++) {
        targets.add(c.of(enumOf("/properties/request/properties/targets/items")));
      }
    }
    presentation(c, k.putObject("presentation"), revasc);
    ArrayNode classes = k.putObject("therapy").putArray("antianginalClasses");
    for (int i = 0, n = c.pick(4); i < n; i++) {
      classes.add(c.of(enumOf("/properties/therapy/properties/antianginalClasses/items")));
    }
    int lvef = 25 + c.pick(46);
    k.put("lvef", lvef);
    stressTests(c, k.putArray("stressTests"), lvef);
    anatomy(c, k.putObject("anatomy"), k.path("presentation").path("setting").asString());
    if (c.chance(2)) {
      priorCabg(c, k.putObject("priorCabg"));
    }
    if (c.chance(2)) {
      ArrayNode pcis = k.putArray("priorPci");
      for (int i = 0, n = 1 + c.pick(2); i < n; i++) {
        pcis.addObject()
            .put("date", (2016 + c.pick(10)) + "-0" + (1 + c.pick(9)) + "-15")
            .put("segment", c.of(enumOf("/properties/request/properties/targets/items")))
            .put("highRisk", c.chance(3));
      }
    }
    k.put("incompleteRevascularization", c.chance(2));
    if (!revasc) {
      imaging(c, k.putObject("imaging"), k.path("presentation").path("ccsClass").asInt());
    }
    return k;
  }

  private static void presentation(Choices c, ObjectNode p, boolean revasc) {
    String setting =
        revasc
            ? c.of("STABLE", "STABLE", "STABLE", "UNSTABLE_ANGINA", "NSTEMI", "STEMI")
            : c.of("STABLE", "STABLE", "STABLE", "STABLE", "UNSTABLE_ANGINA", "NSTEMI");
    p.put("setting", setting).put("ccsClass", c.pick(5));
    for (String flag : FLAGS) {
      p.put(flag, c.chance(setting.equals("STABLE") ? 0 : 2));
    }
    p.put("timiRiskScore", c.pick(8))
        .put("hoursSinceSymptomOnset", new double[] {3, 12, 13, 20, 24, 30, 72}[c.pick(7)]);
    p.put(
        "reperfusion",
        setting.equals("STEMI")
            ? c.of("NONE", "FIBRINOLYSIS_SUCCESSFUL", "FIBRINOLYSIS_FAILED", "PRIMARY_PCI")
            : setting.equals("NSTEMI") ? c.of("NONE", "NONE", "PRIMARY_PCI") : "NONE");
    p.put("duringIndexHospitalization", c.chance(5));
  }

  /**
   * Tests whose result is documented: a reported category, or findings that map to one (Table A2),
   * or both.
   */
  private static void stressTests(Choices c, ArrayNode tests, int lvef) {
    for (int i = 0, n = c.pick(3); i < n; i++) {
      ObjectNode t =
          tests
              .addObject()
              .put("modality", c.of(enumOf("/properties/stressTests/items/properties/modality")))
              .put(
                  "date",
                  "2025-"
                      + String.format("%02d", 1 + c.pick(12))
                      + "-"
                      + String.format("%02d", 1 + c.pick(28)));
      int kind = c.pick(3);
      if (kind != 1) {
        t.put("riskCategory", c.of("LOW", "INTERMEDIATE", "HIGH", "EQUIVOCAL"));
      }
      if (kind != 0) {
        ObjectNode f = t.putObject("findings");
        switch (c.pick(6)) {
          case 0 ->
              f.put("perfusionDefect", c.of("NONE", "SMALL", "MODERATE", "LARGE"))
                  .put("lvDilation", c.chance(3));
          case 1 -> f.put("dukeTreadmillScore", new double[] {-15, -11, -3, 4.9, 5, 9}[c.pick(6)]);
          case 2 ->
              f.put("wallMotionSegmentsAtLowDose", 1 + c.pick(4))
                  .put("extensiveIschemia", c.chance(2));
          case 3 ->
              f.put("restLvef", lvef)
                  .put("dukeTreadmillScore", new double[] {-12, 0, 7}[c.pick(3)]);
          case 4 ->
              f.put("exerciseLvef", 25 + c.pick(40))
                  .put("multipleModerateDefects", c.chance(3))
                  .put("perfusionDefect", c.of("NONE", "SMALL", "MODERATE", "LARGE"));
          default ->
              f.put("increasedLungUptake", c.chance(5))
                  .put("perfusionDefect", c.of("SMALL", "MODERATE"));
        }
      }
    }
  }

  private static void anatomy(Choices c, ObjectNode a, String setting) {
    a.put("source", "INVASIVE_ANGIOGRAPHY")
        .put("date", "2026-02-20")
        .put("syntaxScore", 5 + c.pick(40));
    ArrayNode lesions = a.putArray("lesions");
    int culprit = setting.equals("STABLE") ? -1 : c.pick(3) - 1;
    for (int i = 0, n = c.pick(5); i < n; i++) {
      int percent = new int[] {30, 45, 55, 60, 65, 75, 90, 100}[c.pick(8)];
      ObjectNode l =
          lesions
              .addObject()
              .put(
                  "segment",
                  c.of(enumOf("/properties/anatomy/properties/lesions/items/properties/segment")))
              .put("stenosisPercent", percent);
      if (percent == 100) {
        l.put("chronicTotalOcclusion", c.chance(5));
      } else if (c.chance(2)) {
        l.put("chronicTotalOcclusion", false);
      }
      if (c.chance(3)) {
        l.put("ffr", new double[] {0.7, 0.78, 0.8, 0.85, 0.92}[c.pick(5)]);
      }
      if (i == culprit) {
        l.put("culprit", true);
      }
    }
  }

  private static void priorCabg(Choices c, ObjectNode cabg) {
    cabg.put("date", (2012 + c.pick(14)) + "-0" + (1 + c.pick(9)) + "-10");
    ArrayNode grafts = cabg.putArray("grafts");
    for (int i = 0, n = 1 + c.pick(3); i < n; i++) {
      grafts
          .addObject()
          .put("conduit", c.of("SVG", "SVG", "LIMA", "RIMA", "RADIAL"))
          .put("target", c.of("LAD", "LCX", "RCA"))
          .put("stenosisPercent", new int[] {0, 40, 75, 100}[c.pick(4)]);
    }
  }

  /** The imaging context; its symptoms agree with the CCS class (none for class 0). */
  private static void imaging(Choices c, ObjectNode img, int ccsClass) {
    for (String field :
        List.of(
            "question",
            "cadProbability",
            "acuity",
            "suspectedCondition",
            "acsProbability",
            "heartFailureStatus")) {
      img.put(field, c.of(enumOf("/properties/imaging/properties/" + field)));
    }
    img.put(
        "symptoms",
        ccsClass == 0 ? "NONE" : c.of("LIKELY_ANGINAL", "LESS_LIKELY_ANGINAL", "DYSPNEA"));
    img.put("ischemiaExcluded", c.chance(4)).put("newOrWorseningSymptoms", c.chance(3));
  }

  /**
   * The items of a case whose absence means "unknown" (definitions.md), as JSON pointers: the ones
   * a partial case may leave out. Presence flags only where documented false (absent means "not
   * present"); a stress test's result is withdrawn whole (reported category and findings), a
   * lesion's CTO flag only on a total occlusion.
   */
  static List<String> withdrawable(ObjectNode k) {
    List<String> out = new ArrayList<>();
    for (String f :
        List.of(
            "setting",
            "ccsClass",
            "hoursSinceSymptomOnset",
            "timiRiskScore",
            "duringIndexHospitalization")) {
      out.add("/presentation/" + f);
    }
    for (String flag : FLAGS) {
      if (!k.path("presentation").path(flag).asBoolean(true)) {
        out.add("/presentation/" + flag);
      }
    }
    out.add("/therapy");
    out.add("/lvef");
    out.add("/stressTests");
    for (int i = 0; i < k.path("stressTests").size(); i++) {
      out.add("/stressTests/" + i + "/date");
      out.add("/stressTests/" + i + "/result");
      out.add("/stressTests/" + i + "/modality");
    }
    boolean culpritMarked = false;
    for (int i = 0; i < k.path("anatomy").path("lesions").size(); i++) {
      culpritMarked |= k.path("anatomy").path("lesions").path(i).path("culprit").asBoolean(false);
    }
    if (!culpritMarked) {
      out.add("/anatomy/lesions");
    }
    out.add("/anatomy/syntaxScore");
    for (int i = 0; i < k.path("anatomy").path("lesions").size(); i++) {
      out.add("/anatomy/lesions/" + i + "/stenosisPercent");
      out.add("/anatomy/lesions/" + i + "/segment");
      if (k.path("anatomy").path("lesions").path(i).path("stenosisPercent").asInt() == 100) {
        out.add("/anatomy/lesions/" + i + "/chronicTotalOcclusion");
      }
    }
    if (k.has("priorCabg")) {
      out.add("/priorCabg/date");
      out.add("/priorCabg/grafts");
      for (int i = 0; i < k.path("priorCabg").path("grafts").size(); i++) {
        for (String f : List.of("stenosisPercent", "conduit", "target")) {
          out.add("/priorCabg/grafts/" + i + "/" + f);
        }
      }
    }
    for (int i = 0; i < k.path("priorPci").size(); i++) {
      out.add("/priorPci/" + i + "/date");
    }
    for (String f :
        List.of(
            "question",
            "cadProbability",
            "acuity",
            "suspectedCondition",
            "acsProbability",
            "heartFailureStatus",
            "ischemiaExcluded")) {
      if (k.path("imaging").has(f)) {
        out.add("/imaging/" + f);
      }
    }
    // absent imaging symptoms are read from the CCS class (IMAGING_SYMPTOMS_FROM_CCS): withdrawable
    // where they agree
    String symptoms = k.path("imaging").path("symptoms").asString("");
    int ccs = k.path("presentation").path("ccsClass").asInt();
    if (symptoms.equals(ccs == 0 ? "NONE" : "LIKELY_ANGINAL")) {
      out.add("/imaging/symptoms");
    }
    return out;
  }

  /**
   * A copy of the case without the items at these pointers ("/stressTests/0/result": category and
   * findings).
   */
  static ObjectNode withdraw(ObjectNode full, List<String> pointers) {
    ObjectNode copy = full.deepCopy();
    for (String pointer : pointers) {
      if (pointer.endsWith("/result")) {
        JsonNode test = copy.at(pointer.substring(0, pointer.length() - "/result".length()));
        if (test instanceof ObjectNode t) {
          t.remove("riskCategory");
          t.remove("findings");
        }
        continue;
      }
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = copy.at(pointer.substring(0, slash));
      if (parent instanceof ObjectNode o) {
        o.remove(pointer.substring(slash + 1));
      }
    }
    return copy;
  }

  /**
   * A copy of the partial case with the items at these case field paths (as the engine reports
   * missing data, e.g. {@code anatomy.lesions[0].stenosisPercent}, {@code priorPci[].date}) taken
   * from the full case.
   */
  static ObjectNode restore(ObjectNode partial, ObjectNode full, List<String> fieldPaths) {
    ObjectNode copy = partial.deepCopy();
    for (String path : fieldPaths) {
      if (path.contains("[]")) {
        String array = path.substring(0, path.indexOf("[]"));
        for (int i = 0; i < full.at(pointer(array)).size(); i++) {
          copyAt(copy, full, pointer(path.replace("[]", "[" + i + "]")));
        }
      } else {
        copyAt(copy, full, pointer(path));
        if (path.startsWith("stressTests[") && path.endsWith(".riskCategory")) {
          // a test's result is its reported category or its findings
          copyAt(copy, full, pointer(path.replace(".riskCategory", ".findings")));
        }
      }
    }
    return copy;
  }

  private static void copyAt(ObjectNode target, ObjectNode source, String pointer) {
    JsonNode value = source.at(pointer);
    if (value.isMissingNode()) {
      return;
    }
    String[] parts = pointer.substring(1).split("/");
    JsonNode node = target;
    JsonNode from = source;
    for (int i = 0; i < parts.length - 1; i++) {
      from = step(from, parts[i]);
      JsonNode child = step(node, parts[i]);
      if (child.isMissingNode() && node instanceof ObjectNode o) {
        child = from.isArray() ? o.putArray(parts[i]) : o.putObject(parts[i]);
      }
      node = child;
    }
    if (node instanceof ObjectNode o) {
      o.set(parts[parts.length - 1], value.deepCopy());
    }
  }

  private static JsonNode step(JsonNode node, String part) {
    return node.isArray() ? node.path(Integer.parseInt(part)) : node.path(part);
  }

  static String pointer(String fieldPath) {
    return "/" + fieldPath.replace(".", "/").replaceAll("\\[(\\d+)]", "/$1");
  }

  private static List<String> enumOf(String pointer) {
    List<String> values = new ArrayList<>();
    SCHEMA.at(pointer).path("enum").forEach(v -> values.add(v.asString()));
    if (values.isEmpty()) {
      throw new IllegalStateException("no enum at " + pointer + " in the case schema");
    }
    return values;
  }

  private static JsonNode schema() {
    for (Path candidate :
        List.of(Path.of("../docs/case.schema.json"), Path.of("docs/case.schema.json"))) {
      if (Files.exists(candidate)) {
        try {
          return JSON.readTree(Files.readString(candidate));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("docs/case.schema.json not found");
  }
}
