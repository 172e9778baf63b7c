// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir.corpus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.crosscheck.fhir.CodeSystems;
import org.crosscheck.fhir.dtr.Question;
import org.crosscheck.fhir.dtr.QuestionCatalog;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;

/**
 * Answers the questions of a documentation form as a clinician would, with values drawn from each
 * answer list or a clinically plausible range. The draw depends only on the order and the question
 * (a seed from both), so that the full form and the adaptive form of an order get the same answers
 * and their question counts compare fairly. Not clinical data: it measures the forms, never a
 * rating.
 */
final class SimulatedClinician {

  private final QuestionCatalog catalog;
  private final long seed;

  SimulatedClinician(QuestionCatalog catalog, long seed) {
    this.catalog = catalog;
    this.seed = seed;
  }

  /** Answers every unanswered top-level item of a response; returns how many it answered. */
  int answer(QuestionnaireResponse response, String order, LocalDate asOf) {
    int answered = 0;
    for (QuestionnaireResponseItemComponent item : response.getItem()) {
      if (item.hasAnswer() || item.hasItem()) {
        continue;
      }
      Question q = catalog.question(item.getLinkId());
      Random rng = new Random(seed ^ (order + "|" + item.getLinkId()).hashCode());
      fill(item, q, rng, asOf);
      answered++;
    }
    return answered;
  }

  private void fill(
      QuestionnaireResponseItemComponent item, Question q, Random rng, LocalDate asOf) {
    switch (q.kind()) {
      case GROUP -> {
        // the most recent stress test: one in ten was never done
        Question modality = q.children().get(0);
        String code =
            rng.nextInt(10) == 0 ? Question.NONE : pick(modality.options(), rng, true).code();
        item.addItem().setLinkId(modality.linkId()).addAnswer().setValue(coding(code));
        if (!code.equals(Question.NONE)) {
          item.addItem()
              .setLinkId(q.children().get(1).linkId())
              .addAnswer()
              .setValue(new DateType(asOf.minusDays(10 + rng.nextInt(700)).toString()));
          item.addItem()
              .setLinkId(q.children().get(2).linkId())
              .addAnswer()
              .setValue(coding(pick(q.children().get(2).options(), rng, false).code()));
        }
      }
      case REPEATING_GROUP -> {
        Question none = q.children().get(0);
        Question one = q.children().get(1);
        if (rng.nextInt(10) == 0) {
          item.addItem().setLinkId(none.linkId()).addAnswer().setValue(new BooleanType(true));
          return;
        }
        int n = 1 + rng.nextInt(3);
        for (int i = 0; i < n; i++) {
          QuestionnaireResponseItemComponent entry = item.addItem().setLinkId(one.linkId());
          boolean occluded = rng.nextInt(10) == 0;
          for (Question child : one.children()) {
            String field = child.linkId().substring(child.linkId().lastIndexOf('.') + 1);
            Type v =
                field.equals("chronicTotalOcclusion")
                    ? new BooleanType(occluded)
                    : field.equals("stenosisPercent") && occluded
                        ? new IntegerType(100)
                        : leaf(child, rng, asOf);
            if (v != null) {
              entry.addItem().setLinkId(child.linkId()).addAnswer().setValue(v);
            }
          }
        }
      }
      case MULTIPLE_CHOICE -> {
        int n = rng.nextInt(3);
        if (n == 0 && q.options().stream().anyMatch(o -> o.code().equals(Question.NONE))) {
          item.addAnswer().setValue(coding(Question.NONE));
          return;
        }
        q.options().stream()
            .filter(o -> !o.code().equals(Question.NONE))
            .sorted((a, b) -> Integer.compare(rng.nextInt(), rng.nextInt()))
            .limit(Math.max(1, n))
            .forEach(o -> item.addAnswer().setValue(coding(o.code())));
      }
      default -> item.addAnswer().setValue(leaf(q, rng, asOf));
    }
  }

  private static Type leaf(Question q, Random rng, LocalDate asOf) {
    String field = q.linkId().substring(q.linkId().lastIndexOf('.') + 1);
    return switch (q.kind()) {
      case CHOICE -> coding(pick(q.options(), rng, false).code());
      case BOOLEAN ->
          field.equals("chronicTotalOcclusion")
              ? new BooleanType(rng.nextInt(10) == 0)
              : new BooleanType(rng.nextInt(3) == 0);
      case INTEGER ->
          new IntegerType(
              switch (field) {
                case "lvef" -> 20 + rng.nextInt(51);
                case "stenosisPercent" -> 50 + 5 * rng.nextInt(11);
                case "syntaxScore" -> 5 + rng.nextInt(36);
                case "timiRiskScore" -> rng.nextInt(8);
                default ->
                    (int) (q.min() == null ? 0 : q.min())
                        + rng.nextInt(
                            (int)
                                    ((q.max() == null ? 10 : q.max())
                                        - (q.min() == null ? 0 : q.min()))
                                + 1);
              });
      case DECIMAL ->
          field.equals("ffr")
              ? (rng.nextInt(4) == 0
                  ? new DecimalType(BigDecimal.valueOf(60 + rng.nextInt(36), 2))
                  : null)
              : new DecimalType(1 + rng.nextInt(72));
      case DATE -> new DateType(asOf.minusDays(30 + rng.nextInt(3000)).toString());
      default -> throw new IllegalStateException(q.kind().name());
    };
  }

  private static Question.Option pick(
      List<Question.Option> options, Random rng, boolean withoutNone) {
    List<Question.Option> list =
        withoutNone
            ? options.stream().filter(o -> !o.code().equals(Question.NONE)).toList()
            : options;
    return list.get(rng.nextInt(list.size()));
  }

  private static Coding coding(String code) {
    return new Coding(CodeSystems.CASE_FINDING, code, null);
  }
}
