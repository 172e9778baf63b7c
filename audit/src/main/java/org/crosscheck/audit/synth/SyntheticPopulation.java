// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A synthetic population of procedure requests in case format v1, for tests and benchmarks: acute
 * and nonacute PCI, stable and prior-CABG patients, CABG, imaging requests, over the four quarters
 * of a year, from providers with different practice patterns (most with few rarely appropriate
 * procedures, a few with many), with some missing data and, for part of the nonacute cases, the
 * judgment a reviewer recorded. The same seed gives the same bytes.
 */
public final class SyntheticPopulation {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final LocalDate YEAR = LocalDate.of(2025, 1, 1);

  private final Random random;
  private final int providers;
  private final double[] propensity;

  public SyntheticPopulation(long seed, int cases) {
    this.random = new Random(seed);
    this.providers = Math.max(20, cases / 500);
    this.propensity = new double[providers];
    for (int p = 0; p < providers; p++) {
      // most providers rarely choose a low-value stable PCI; one in ten does so often
      propensity[p] =
          p % 10 == 7 ? 0.35 + 0.2 * random.nextDouble() : 0.04 + 0.12 * random.nextDouble();
    }
  }

  /** Writes {@code cases} cases as NDJSON (one case per line). */
  public void write(int cases, OutputStream out) throws IOException {
    for (int i = 0; i < cases; i++) {
      out.write(JSON.writeValueAsBytes(next(i)));
      out.write('\n');
    }
  }

  /** The i-th case. */
  public ObjectNode next(int i) {
    int provider = random.nextInt(providers);
    LocalDate asOf = YEAR.plusDays(random.nextInt(365));
    ObjectNode c = NODES.objectNode();
    c.put("caseId", String.format("syn-%08d", i));
    c.put("asOf", asOf.toString());
    ObjectNode patient = c.putObject("patient");
    patient.put("ageYears", 45 + random.nextInt(45));
    patient.put("sex", random.nextBoolean() ? "male" : "female");
    patient.put("diabetes", random.nextInt(4) == 0);
    double kind = random.nextDouble();
    if (kind < 0.50) {
      acute(c, provider, asOf);
    } else if (kind < 0.80) {
      stable(c, provider, asOf, false);
    } else if (kind < 0.86) {
      stable(c, provider, asOf, true);
    } else {
      imaging(c, provider, asOf);
    }
    return c;
  }

  private ObjectNode request(
      ObjectNode c, String procedure, String urgency, int provider, String... targets) {
    ObjectNode request = c.putObject("request");
    request.put("procedure", procedure);
    request.put("urgency", urgency);
    ArrayNode t = request.putArray("targets");
    for (String target : targets) {
      t.add(target);
    }
    request.putObject("requester").put("id", String.format("prov-%04d", provider));
    request
        .putObject("facility")
        .put("id", String.format("fac-%03d", provider % Math.max(4, providers / 5)));
    return request;
  }

  private static ObjectNode flags(ObjectNode presentation, boolean unstable) {
    presentation.put("cardiogenicShock", false);
    presentation.put("severeHeartFailure", false);
    presentation.put("persistentIschemicSymptoms", unstable);
    presentation.put("hemodynamicInstability", false);
    presentation.put("electricalInstability", false);
    return presentation;
  }

  private void acute(ObjectNode c, int provider, LocalDate asOf) {
    double type = random.nextDouble();
    ObjectNode presentation = c.putObject("presentation");
    ArrayNode lesions =
        c.putObject("anatomy")
            .put("source", "INVASIVE_ANGIOGRAPHY")
            .put("date", asOf.toString())
            .putArray("lesions");
    c.put("lvef", 35 + random.nextInt(30));
    if (type < 0.4) {
      boolean late = random.nextInt(10) == 0;
      presentation.put("setting", "STEMI");
      presentation.put(
          "hoursSinceSymptomOnset", late ? 30 + random.nextInt(40) : 1 + random.nextInt(11));
      presentation.put("reperfusion", "NONE");
      flags(presentation, false);
      lesions
          .addObject()
          .put("segment", "LAD_PROXIMAL")
          .put("stenosisPercent", 100)
          .put("culprit", true);
      request(c, "PCI", late ? "URGENT" : "EMERGENT", provider, "LAD_PROXIMAL");
    } else {
      presentation.put("setting", random.nextBoolean() ? "NSTEMI" : "UNSTABLE_ANGINA");
      presentation.put("timiRiskScore", random.nextInt(8));
      flags(presentation, random.nextInt(8) == 0);
      lesions.addObject().put("segment", "RCA_MID").put("stenosisPercent", 90).put("culprit", true);
      request(c, "PCI", "URGENT", provider, "RCA_MID");
    }
  }

  private void stable(ObjectNode c, int provider, LocalDate asOf, boolean priorCabg) {
    int quarter = (asOf.getMonthValue() - 1) / 3;
    // practice improves through the year: the low-value share falls by 45% from Q1 to Q4
    boolean lowValue = random.nextDouble() < propensity[provider] * (1.0 - 0.15 * quarter);
    ObjectNode presentation = flags(c.putObject("presentation").put("setting", "STABLE"), false);
    if (random.nextInt(33) != 0) {
      presentation.put("ccsClass", lowValue ? random.nextInt(2) : 1 + random.nextInt(4));
    }
    ArrayNode classes = c.putObject("therapy").putArray("antianginalClasses");
    classes.add("BETA_BLOCKER");
    if (!lowValue && random.nextInt(3) != 0) {
      classes.add("LONG_ACTING_NITRATE");
    }
    if (random.nextInt(50) != 0) {
      String risk =
          lowValue ? "LOW" : new String[] {"INTERMEDIATE", "HIGH", "HIGH"}[random.nextInt(3)];
      c.putArray("stressTests")
          .addObject()
          .put("modality", random.nextBoolean() ? "SPECT_MPI" : "STRESS_ECHO")
          .put("date", asOf.minusDays(10 + random.nextInt(60)).toString())
          .put("riskCategory", risk);
    }
    c.put("lvef", 45 + random.nextInt(20));
    ObjectNode anatomy =
        c.putObject("anatomy")
            .put("source", "INVASIVE_ANGIOGRAPHY")
            .put("date", asOf.minusDays(3).toString());
    ArrayNode lesions = anatomy.putArray("lesions");
    String procedure = "PCI";
    String target;
    double shape = random.nextDouble();
    if (priorCabg) {
      c.putObject("priorCabg")
          .put("date", asOf.minusYears(6 + random.nextInt(8)).toString())
          .putArray("grafts")
          .add(
              NODES
                  .objectNode()
                  .put("conduit", "LIMA")
                  .put("target", "LAD")
                  .put("stenosisPercent", 0))
          .add(
              NODES
                  .objectNode()
                  .put("conduit", "SVG")
                  .put("target", "RCA")
                  .put("stenosisPercent", shape < 0.6 ? 80 : 20));
      lesions.addObject().put("segment", "LCX_PROXIMAL").put("stenosisPercent", 85);
      target = shape < 0.6 ? "RCA_MID" : "LCX_PROXIMAL";
    } else if (shape < 0.55 || lowValue) {
      target = random.nextBoolean() ? "LCX_PROXIMAL" : "RCA_MID";
      lesions.addObject().put("segment", target).put("stenosisPercent", 75 + random.nextInt(20));
    } else if (shape < 0.8) {
      target = "LAD_PROXIMAL";
      lesions.addObject().put("segment", "LAD_PROXIMAL").put("stenosisPercent", 80);
      lesions.addObject().put("segment", "RCA_MID").put("stenosisPercent", 75);
    } else {
      target = "LAD_MID";
      lesions.addObject().put("segment", "LAD_MID").put("stenosisPercent", 85);
      lesions.addObject().put("segment", "LCX_PROXIMAL").put("stenosisPercent", 80);
      lesions.addObject().put("segment", "RCA_MID").put("stenosisPercent", 90);
      anatomy.put("syntaxScore", 12 + random.nextInt(25));
      procedure = random.nextInt(3) == 0 ? "CABG" : "PCI";
    }
    request(c, procedure, "ELECTIVE", provider, target);
    if (random.nextInt(10) < 3) {
      boolean agrees = random.nextInt(100) < 85;
      c.putObject("recordedReview")
          .put("appropriate", lowValue != agrees)
          .put("reviewer", "rev-" + random.nextInt(9));
    }
  }

  private void imaging(ObjectNode c, int provider, LocalDate asOf) {
    String[] tests = {
      "STRESS_SPECT_MPI", "STRESS_ECHO", "CCTA", "EXERCISE_ECG", "STRESS_CMR", "CAC_SCORING"
    };
    String test = tests[random.nextInt(tests.length)];
    c.putObject("presentation").put("setting", "STABLE");
    ObjectNode imaging = c.putObject("imaging");
    if (random.nextBoolean()) {
      imaging.put("question", "SURVEILLANCE").put("symptoms", "NONE");
      c.putArray("priorPci")
          .addObject()
          .put("date", asOf.minusMonths(6 + random.nextInt(60)).toString())
          .put("segment", "RCA_MID");
    } else {
      imaging
          .put("question", "CHEST_PAIN_EVALUATION")
          .put("symptoms", "LIKELY_ANGINAL")
          .put("cadProbability", random.nextBoolean() ? "INTERMEDIATE" : "HIGH")
          .put("suspectedCondition", "CAD")
          .put("acuity", "CHRONIC");
    }
    request(c, test, "ELECTIVE", provider);
  }

  /**
   * The provider ids with a high propensity for low-value procedures (the ones an audit should
   * find).
   */
  public List<String> highPropensityProviders() {
    List<String> ids = new ArrayList<>();
    for (int p = 0; p < providers; p++) {
      if (propensity[p] >= 0.35) {
        ids.add(String.format("prov-%04d", p));
      }
    }
    return ids;
  }
}
