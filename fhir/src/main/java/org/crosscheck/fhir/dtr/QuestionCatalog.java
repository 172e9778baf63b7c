// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir.dtr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fhir.CodeSystems;
import org.crosscheck.fhir.dtr.Question.Kind;
import org.crosscheck.fhir.dtr.Question.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The questions for the engine's missing data. The answer type, the answer list and the range of
 * each come from the published case schema ({@code docs/case.schema.json}, copied beside this class
 * at build time), the unit from the case-finding code system; the wording of each question and
 * answer is clinical, from {@code dtr/questions.csv} and {@code dtr/answers.csv}. A value the
 * schema accepts but the wording table lacks is shown as its code: a test checks that none does.
 * Thread-safe once built.
 */
public final class QuestionCatalog {

  private static final Pattern INDEXED = Pattern.compile("^([\\w.]+)\\[(\\d+)]\\.(\\w+)$");

  private final JsonNode schema;
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, Map<String, String>> labels = new HashMap<>();

  public QuestionCatalog() {
    try (InputStream in = QuestionCatalog.class.getResourceAsStream("case.schema.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "case.schema.json is not on the classpath beside QuestionCatalog");
      }
      this.schema = JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    csv("questions.csv").forEach(r -> texts.put(r.get("path"), r.get("text")));
    csv("answers.csv")
        .forEach(
            r ->
                labels
                    .computeIfAbsent(r.get("path"), k -> new LinkedHashMap<>())
                    .put(r.get("code"), r.get("label")));
  }

  /** The question for a missing-data path, or null when no question is defined for it. */
  public Question question(String path) {
    Matcher indexed = INDEXED.matcher(path);
    if (indexed.matches()) {
      // stressTests[0].riskCategory: a field of an item the record holds
      Question q =
          leaf(
              indexed.group(1) + "." + indexed.group(3),
              indexed.group(1) + "[]." + indexed.group(3));
      return q == null ? null : rename(q, path);
    }
    return switch (path) {
      case "stressTests" ->
          new Question(
              path,
              text(path),
              Kind.GROUP,
              List.of(),
              null,
              null,
              null,
              List.of(
                  withNone(leaf("stressTests.modality", "stressTests[].modality")),
                  leaf("stressTests.date", "stressTests[].date"),
                  leaf("stressTests.riskCategory", "stressTests[].riskCategory")));
      case "anatomy", "anatomy.lesions" ->
          repeating(
              path,
              "anatomy.lesions",
              List.of("segment", "stenosisPercent", "ffr", "chronicTotalOcclusion"));
      case "priorCabg.grafts" ->
          repeating(path, "priorCabg.grafts", List.of("conduit", "target", "stenosisPercent"));
      case "therapy.antianginalClasses" -> withNone(leaf(path, path));
      case "priorPci[].date" -> leaf(path, path);
      default -> texts.containsKey(path) ? leaf(path, path) : null;
    };
  }

  /**
   * A documented value of a list item's field in the form's words, to say which item a question is
   * about: an answer label ("SPECT myocardial perfusion imaging"), or the field's wording with the
   * value and its unit ("Diameter stenosis 65 %"); null for a yes/no value or a field the form has
   * no words for.
   *
   * @param field the field without index ({@code stressTests.modality}, {@code
   *     anatomy.lesions.stenosisPercent})
   */
  public String valueWords(String field, JsonNode value) {
    if (value == null || !value.isValueNode() || value.isBoolean() || value.isNull()) {
      return null;
    }
    String label = labelsFor(field).get(value.asString());
    if (label != null) {
      return label;
    }
    String text = texts.get(field);
    String unit = CodeSystems.unitOf(field);
    return text == null ? null : text + " " + value.asString() + (unit == null ? "" : " " + unit);
  }

  /** Every question wording, by path (for tests). */
  Map<String, String> texts() {
    return Map.copyOf(texts);
  }

  private Question repeating(String linkId, String list, List<String> fields) {
    List<Question> item = new ArrayList<>();
    for (String f : fields) {
      item.add(leaf(list + "." + f, list + "[]." + f));
    }
    Question none =
        new Question(
            list + ".none",
            text(list + ".none"),
            Kind.BOOLEAN,
            List.of(),
            null,
            null,
            null,
            List.of());
    Question one =
        new Question(
            list + ".item", text(list), Kind.REPEATING_GROUP, List.of(), null, null, null, item);
    return new Question(
        linkId,
        text(linkId),
        Kind.REPEATING_GROUP,
        List.of(),
        null,
        null,
        null,
        List.of(none, one));
  }

  private Question withNone(Question q) {
    List<Option> options = new ArrayList<>(q.options());
    String label = labels.getOrDefault(q.linkId(), Map.of()).get(Question.NONE);
    options.add(new Option(Question.NONE, label == null ? Question.NONE : label));
    return new Question(
        q.linkId(), q.text(), q.kind(), options, q.unit(), q.min(), q.max(), q.children());
  }

  private static Question rename(Question q, String linkId) {
    return new Question(
        linkId, q.text(), q.kind(), q.options(), q.unit(), q.min(), q.max(), q.children());
  }

  /**
   * A question on one schema field: {@code labelPath} names its wording, {@code schemaPath} its
   * schema node.
   */
  private Question leaf(String labelPath, String schemaPath) {
    JsonNode node = node(schemaPath);
    if (node == null) {
      return null;
    }
    String text = texts.containsKey(schemaPath) ? texts.get(schemaPath) : text(labelPath);
    Map<String, String> words = labelsFor(labelPath);
    String type = node.path("type").isString() ? node.path("type").asString() : "";
    JsonNode values = node.has("enum") ? node.get("enum") : node.path("items").get("enum");
    if (values != null) {
      List<Option> options = new ArrayList<>();
      values.forEach(
          v ->
              options.add(
                  new Option(v.asString(), words.getOrDefault(v.asString(), v.asString()))));
      return new Question(
          labelPath,
          text,
          type.equals("array") ? Kind.MULTIPLE_CHOICE : Kind.CHOICE,
          options,
          null,
          null,
          null,
          List.of());
    }
    Double min = node.has("minimum") ? node.get("minimum").asDouble() : null;
    Double max = node.has("maximum") ? node.get("maximum").asDouble() : null;
    String unit = CodeSystems.unitOf(labelPath.replace("[]", ""));
    if (type.equals("integer") && !words.isEmpty()) {
      List<Option> options = new ArrayList<>();
      words.forEach((code, label) -> options.add(new Option(code, label)));
      return new Question(labelPath, text, Kind.CHOICE, options, null, min, max, List.of());
    }
    Kind kind =
        switch (type) {
          case "integer" -> Kind.INTEGER;
          case "number" -> Kind.DECIMAL;
          case "boolean" -> Kind.BOOLEAN;
          case "string" -> "date".equals(node.path("format").asString("")) ? Kind.DATE : null;
          default -> null;
        };
    if (kind == null) {
      return null;
    }
    return new Question(labelPath, text, kind, List.of(), unit, min, max, List.of());
  }

  /**
   * Target vessels and treated segments share the segment wording; graft targets add the
   * territories.
   */
  private Map<String, String> labelsFor(String path) {
    Map<String, String> all = new LinkedHashMap<>(labels.getOrDefault(path, Map.of()));
    if (path.equals("request.targets") || path.equals("priorCabg.grafts.target")) {
      labels.getOrDefault("anatomy.lesions.segment", Map.of()).forEach(all::putIfAbsent);
    }
    return all;
  }

  private String text(String path) {
    String t = texts.get(path);
    if (t == null) {
      throw new IllegalStateException("dtr/questions.csv has no wording for " + path);
    }
    return t;
  }

  /** The schema node of a dotted path; {@code []} steps into an array's items. */
  private JsonNode node(String path) {
    JsonNode node = schema;
    for (String step : path.split("\\.")) {
      boolean items = step.endsWith("[]");
      node = node.path("properties").get(items ? step.substring(0, step.length() - 2) : step);
      if (node == null) {
        return null;
      }
      if (items) {
        node = node.path("items");
      }
    }
    return node;
  }

  private static List<Map<String, String>> csv(String name) {
    List<Map<String, String>> out = new ArrayList<>();
    try (InputStream in = QuestionCatalog.class.getResourceAsStream(name);
        MappingIterator<Map<String, String>> it =
            new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(in)) {
      it.forEachRemaining(out::add);
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException("cannot read dtr/" + name, new IOException(e));
    }
    return out;
  }
}
