// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir.dtr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A QuestionnaireResponse's answers written into a case: each answered item (linkId = case field
 * path) sets its field as the clinician answered it. Only questions of the catalog are read; an
 * answer of the wrong type, outside the range or not in the answer list is an {@link
 * AnswerException} naming the linkId. The case is a copy: the record's case is never changed, and
 * the fields answered are returned so that the output can name them as clinician answers.
 */
public final class ClinicianAnswers {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern INDEXED = Pattern.compile("^([\\w.]+)\\[(\\d+)]\\.(\\w+)$");

  private final QuestionCatalog catalog;

  public ClinicianAnswers(QuestionCatalog catalog) {
    this.catalog = catalog;
  }

  /** A case with the answers applied, and the case fields they documented (in answer order). */
  public record Applied(ObjectNode caseJson, List<String> answered) {}

  /** An answer that cannot be used: the item's linkId and why. */
  public static final class AnswerException extends RuntimeException {
    private final String linkId;

    public AnswerException(String linkId, String message) {
      super(linkId + ": " + message);
      this.linkId = linkId;
    }

    public String linkId() {
      return linkId;
    }
  }

  public Applied apply(ObjectNode recordCase, QuestionnaireResponse response) {
    ObjectNode c = recordCase.deepCopy();
    Set<String> answered = new LinkedHashSet<>();
    for (QuestionnaireResponseItemComponent item : response.getItem()) {
      Question q = catalog.question(item.getLinkId());
      if (q == null) {
        throw new AnswerException(item.getLinkId(), "not a question of this form");
      }
      if (write(c, q, item)) {
        answered.add(item.getLinkId());
      }
    }
    return new Applied(c, List.copyOf(answered));
  }

  /** Writes one top-level item; false when it holds no answer (left unanswered). */
  private boolean write(ObjectNode c, Question q, QuestionnaireResponseItemComponent item) {
    switch (q.kind()) {
      case GROUP -> {
        return stressTest(c, q, item);
      }
      case REPEATING_GROUP -> {
        return list(c, q, item);
      }
      default -> {
        JsonNode value = value(q, item);
        if (value == null) {
          return false;
        }
        set(c, q.linkId(), value);
        return true;
      }
    }
  }

  /** The most recent stress test, or "none performed" (the empty list). */
  private boolean stressTest(ObjectNode c, Question q, QuestionnaireResponseItemComponent item) {
    ObjectNode test = NODES.objectNode();
    for (Question child : q.children()) {
      JsonNode v = value(child, find(item.getItem(), child.linkId()));
      if (v != null) {
        test.set(child.linkId().substring(child.linkId().lastIndexOf('.') + 1), v);
      }
    }
    if (test.isEmpty()) {
      return false;
    }
    if (Question.NONE.equals(test.path("modality").asString(""))) {
      if (test.size() > 1) {
        throw new AnswerException(
            q.linkId(), "no stress test performed, but its date or risk is given");
      }
      set(c, "stressTests", NODES.arrayNode());
      return true;
    }
    set(c, "stressTests", NODES.arrayNode().add(test));
    return true;
  }

  /** Stenoses or grafts: the items answered, or the empty list when "none" is answered yes. */
  private boolean list(ObjectNode c, Question q, QuestionnaireResponseItemComponent item) {
    Question none = q.children().get(0);
    Question one = q.children().get(1);
    String path = one.linkId().substring(0, one.linkId().length() - ".item".length());
    JsonNode isNone = value(none, find(item.getItem(), none.linkId()));
    ArrayNode list = NODES.arrayNode();
    for (QuestionnaireResponseItemComponent entry : item.getItem()) {
      if (!entry.getLinkId().equals(one.linkId())) {
        continue;
      }
      ObjectNode o = NODES.objectNode();
      for (Question child : one.children()) {
        JsonNode v = value(child, find(entry.getItem(), child.linkId()));
        if (v != null) {
          o.set(child.linkId().substring(child.linkId().lastIndexOf('.') + 1), v);
        }
      }
      if (!o.isEmpty()) {
        list.add(o);
      }
    }
    if (isNone != null && isNone.asBoolean() && !list.isEmpty()) {
      throw new AnswerException(q.linkId(), "documented as none, but items are given");
    }
    if ((isNone == null || !isNone.asBoolean()) && list.isEmpty()) {
      return false;
    }
    set(c, path, list);
    return true;
  }

  private static QuestionnaireResponseItemComponent find(
      List<QuestionnaireResponseItemComponent> items, String linkId) {
    return items.stream().filter(i -> linkId.equals(i.getLinkId())).findFirst().orElse(null);
  }

  /** The JSON value of a leaf item's answers, or null when unanswered. */
  private static JsonNode value(Question q, QuestionnaireResponseItemComponent item) {
    if (item == null || !item.hasAnswer()) {
      return null;
    }
    List<QuestionnaireResponseItemAnswerComponent> answers = item.getAnswer();
    if (q.kind() == Question.Kind.MULTIPLE_CHOICE) {
      ArrayNode array = NODES.arrayNode();
      List<String> codes = new ArrayList<>();
      for (QuestionnaireResponseItemAnswerComponent a : answers) {
        codes.add(code(q, a.getValue()));
      }
      if (codes.contains(Question.NONE) && codes.size() > 1) {
        throw new AnswerException(q.linkId(), "'none' and other answers together");
      }
      codes.stream().filter(code -> !code.equals(Question.NONE)).forEach(array::add);
      return array;
    }
    if (answers.size() > 1) {
      throw new AnswerException(q.linkId(), "one answer expected, got " + answers.size());
    }
    Type v = answers.get(0).getValue();
    return switch (q.kind()) {
      case CHOICE -> {
        String code = code(q, v);
        yield q.min() != null ? NODES.numberNode(Integer.parseInt(code)) : NODES.stringNode(code);
      }
      case INTEGER ->
          v instanceof IntegerType i && i.getValue() != null
              ? NODES.numberNode(range(q, i.getValue()))
              : fail(q, "an integer answer (valueInteger) expected");
      case DECIMAL ->
          v instanceof DecimalType d && d.getValue() != null
              ? NODES.numberNode(range(q, d.getValue()))
              : v instanceof IntegerType i && i.getValue() != null
                  ? NODES.numberNode(range(q, i.getValue()))
                  : fail(q, "a decimal answer (valueDecimal) expected");
      case BOOLEAN ->
          v instanceof BooleanType b && b.getValue() != null
              ? NODES.booleanNode(b.getValue())
              : fail(q, "a yes/no answer (valueBoolean) expected");
      case DATE ->
          v instanceof DateType d && d.getValue() != null && d.getValueAsString().length() == 10
              ? NODES.stringNode(d.getValueAsString())
              : fail(q, "a full date (valueDate, YYYY-MM-DD) expected");
      default -> throw new IllegalStateException(q.kind().name());
    };
  }

  private static String code(Question q, Type v) {
    String code = v instanceof Coding c ? c.getCode() : null;
    if (code == null || q.options().stream().noneMatch(o -> o.code().equals(code))) {
      throw new AnswerException(
          q.linkId(),
          "the answer must be one of "
              + q.options().stream().map(Question.Option::code).toList()
              + (code == null ? " (valueCoding)" : ", got '" + code + "'"));
    }
    return code;
  }

  private static int range(Question q, int value) {
    range(q, BigDecimal.valueOf(value));
    return value;
  }

  private static BigDecimal range(Question q, BigDecimal value) {
    if ((q.min() != null && value.doubleValue() < q.min())
        || (q.max() != null && value.doubleValue() > q.max())) {
      throw new AnswerException(
          q.linkId(),
          value.toPlainString()
              + " is outside "
              + q.min()
              + " to "
              + q.max()
              + (q.unit() == null ? "" : " " + q.unit()));
    }
    return value;
  }

  private static JsonNode fail(Question q, String message) {
    throw new AnswerException(q.linkId(), message);
  }

  /**
   * Sets a path in the case: dotted fields, {@code list[N].field} into an item the record holds,
   * {@code list[].field} into the first item of the list without that field.
   */
  static void set(ObjectNode c, String path, JsonNode value) {
    Matcher indexed = INDEXED.matcher(path);
    if (indexed.matches()) {
      JsonNode list = get(c, indexed.group(1));
      int i = Integer.parseInt(indexed.group(2));
      if (!(list instanceof ArrayNode a) || i >= a.size() || !(a.get(i) instanceof ObjectNode o)) {
        throw new AnswerException(
            path, "the record holds no item " + i + " of " + indexed.group(1));
      }
      o.set(indexed.group(3), value);
      return;
    }
    if (path.contains("[].")) {
      String list = path.substring(0, path.indexOf("[]."));
      String field = path.substring(path.indexOf("[].") + 3);
      if (get(c, list) instanceof ArrayNode a) {
        for (JsonNode item : a) {
          if (item instanceof ObjectNode o && !o.has(field)) {
            o.set(field, value);
            return;
          }
        }
      }
      throw new AnswerException(path, "the record holds no item of " + list + " without " + field);
    }
    ObjectNode node = c;
    String[] steps = path.split("\\.");
    for (int i = 0; i < steps.length - 1; i++) {
      JsonNode child = node.get(steps[i]);
      node = child instanceof ObjectNode o ? o : node.putObject(steps[i]);
    }
    node.set(steps[steps.length - 1], value);
  }

  static JsonNode get(ObjectNode c, String path) {
    JsonNode node = c;
    for (String step : path.split("\\.")) {
      node = node == null ? null : node.get(step);
    }
    return node;
  }
}
