// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.input;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.engine.casefile.CaseFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps a CSV row to case format v1 JSON. The header names case fields by their JSON paths: {@code
 * patient.ageYears}, {@code request.requester.id}, {@code anatomy.lesions[0].segment}. A list of
 * values fits in one cell separated by {@code ;} ({@code request.targets} = {@code
 * LAD_PROXIMAL;RCA_MID}); a list of objects takes indexed columns ({@code
 * stressTests[0].riskCategory}). An empty cell is an absent field; a list element whose cells are
 * all empty is absent. A documented empty list (e.g. no stress test was done, which is not the same
 * as unknown) is the cell {@code []} in a column naming the list itself ({@code stressTests},
 * {@code therapy.antianginalClasses}). Numbers and booleans are written as JSON numbers and
 * booleans where the case field has that type; anything that does not parse is passed on as text,
 * so the case reader reports it against the field.
 *
 * <p>The header is checked against the case format when the file is opened: a column that names no
 * field fails the file (not a record), with the column's name and position.
 */
public final class CsvCaseMapper {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern STEP = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d+)])?");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

  private enum Kind {
    TEXT,
    INTEGER,
    NUMBER,
    BOOLEAN
  }

  private record Step(String name, int index) {}

  /**
   * A column; {@code splitList}: values of a list in one cell; {@code emptyListOnly}: a list of
   * objects, "[]" only.
   */
  private record Column(
      String header, List<Step> steps, Kind kind, boolean splitList, boolean emptyListOnly) {}

  /** The cell of a documented empty list. */
  public static final String EMPTY_LIST = "[]";

  private final List<Column> columns;

  private CsvCaseMapper(List<Column> columns) {
    this.columns = List.copyOf(columns);
  }

  /**
   * Checks a header; throws {@link IllegalArgumentException} naming the first column that is not a
   * case field.
   */
  public static CsvCaseMapper forHeader(String[] header) {
    List<Column> columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.length; i++) {
      String name = header[i].strip();
      if (!seen.add(name)) {
        throw new IllegalArgumentException(
            "CSV header column " + (i + 1) + " '" + name + "' appears twice");
      }
      try {
        columns.add(resolve(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "CSV header column "
                + (i + 1)
                + " '"
                + name
                + "': "
                + e.getMessage()
                + " (columns are case format v1 field paths, e.g. patient.ageYears, anatomy.lesions[0].segment)");
      }
    }
    return new CsvCaseMapper(columns);
  }

  public int width() {
    return columns.size();
  }

  /**
   * The case JSON for one row; throws {@link IllegalArgumentException} when the row has the wrong
   * cell count.
   */
  public byte[] toJson(String[] cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, the header has " + columns.size());
    }
    ObjectNode root = NODES.objectNode();
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i] == null ? "" : cells[i].strip();
      if (!cell.isEmpty()) {
        put(root, columns.get(i), cell);
      }
    }
    dropEmptyElements(root);
    return JSON.writeValueAsBytes(root);
  }

  private static void put(ObjectNode root, Column column, String cell) {
    JsonNode node = root;
    List<Step> steps = column.steps();
    for (int s = 0; s < steps.size() - 1; s++) {
      node = child((ObjectNode) node, steps.get(s));
    }
    Step last = steps.get(steps.size() - 1);
    ObjectNode parent = (ObjectNode) node;
    if (cell.equals(EMPTY_LIST) && (column.splitList() || column.emptyListOnly())) {
      if (!parent.has(last.name())) {
        parent.putArray(last.name());
      }
    } else if (column.emptyListOnly()) {
      // not "[]": passed on as text so that the case reader names the field
      parent.put(last.name(), cell);
    } else if (column.splitList()) {
      ArrayNode list = parent.putArray(last.name());
      for (String part : cell.split(";")) {
        if (!part.isBlank()) {
          list.add(value(column.kind(), part.strip()));
        }
      }
    } else if (last.index() >= 0) {
      ArrayNode list =
          parent.has(last.name())
              ? (ArrayNode) parent.get(last.name())
              : parent.putArray(last.name());
      while (list.size() <= last.index()) {
        list.addNull();
      }
      list.set(last.index(), value(column.kind(), cell));
    } else {
      parent.set(last.name(), value(column.kind(), cell));
    }
  }

  private static JsonNode child(ObjectNode parent, Step step) {
    if (step.index() < 0) {
      return parent.has(step.name()) ? parent.get(step.name()) : parent.putObject(step.name());
    }
    ArrayNode list =
        parent.has(step.name())
            ? (ArrayNode) parent.get(step.name())
            : parent.putArray(step.name());
    while (list.size() <= step.index()) {
      list.addObject();
    }
    return list.get(step.index());
  }

  private static JsonNode value(Kind kind, String cell) {
    switch (kind) {
      case INTEGER:
        if (INTEGER.matcher(cell).matches()) {
          return NODES.numberNode(Long.parseLong(cell));
        }
        break;
      case NUMBER:
        try {
          return NODES.numberNode(new BigDecimal(cell));
        } catch (NumberFormatException e) {
          break;
        }
      case BOOLEAN:
        if (cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false")) {
          return NODES.booleanNode(Boolean.parseBoolean(cell.toLowerCase(java.util.Locale.ROOT)));
        }
        break;
      default:
        break;
    }
    return NODES.stringNode(cell);
  }

  /**
   * A list element none of whose cells was filled is absent: empty objects and nulls leave their
   * lists.
   */
  private static void dropEmptyElements(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        dropEmptyElements(e.getValue());
      }
    } else if (node instanceof ArrayNode array) {
      for (Iterator<JsonNode> it = array.values().iterator(); it.hasNext(); ) {
        JsonNode element = it.next();
        dropEmptyElements(element);
      }
      for (int i = array.size() - 1; i >= 0; i--) {
        JsonNode element = array.get(i);
        if (element.isNull() || (element.isObject() && element.isEmpty())) {
          array.remove(i);
        }
      }
    }
  }

  /**
   * Resolves a header path against the case records: each step must be a field, indexes only on
   * lists.
   */
  private static Column resolve(String header) {
    List<Step> steps = new ArrayList<>();
    for (String part : header.split("\\.", -1)) {
      Matcher m = STEP.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException("'" + part + "' is not a field name or name[index]");
      }
      steps.add(new Step(m.group(1), m.group(2) == null ? -1 : Integer.parseInt(m.group(2))));
    }
    Type type = CaseFile.class;
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      Class<?> owner = raw(type);
      if (!owner.isRecord()) {
        throw new IllegalArgumentException(
            "'" + step.name() + "' is inside a value that has no fields");
      }
      RecordComponent component = component(owner, step.name());
      type = component.getGenericType();
      boolean last = s == steps.size() - 1;
      if (raw(type) == List.class) {
        Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
        if (step.index() >= 0) {
          type = element;
        } else if (last && !raw(element).isRecord()) {
          return new Column(header, steps, kind(raw(element)), true, false);
        } else if (last) {
          return new Column(header, steps, Kind.TEXT, false, true);
        } else {
          throw new IllegalArgumentException(
              "'"
                  + step.name()
                  + "' is a list of objects: name an element, e.g. "
                  + step.name()
                  + "[0]");
        }
      } else if (step.index() >= 0) {
        throw new IllegalArgumentException("'" + step.name() + "' is not a list");
      }
      if (last) {
        if (raw(type).isRecord()) {
          throw new IllegalArgumentException(
              "'" + step.name() + "' is an object: name one of its fields");
        }
        return new Column(header, steps, kind(raw(type)), false, false);
      }
    }
    throw new IllegalArgumentException("empty column name");
  }

  private static RecordComponent component(Class<?> owner, String name) {
    for (RecordComponent c : owner.getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c;
      }
    }
    List<String> names = new ArrayList<>();
    for (RecordComponent c : owner.getRecordComponents()) {
      names.add(c.getName());
    }
    throw new IllegalArgumentException("no field '" + name + "' here; known: " + names);
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static Kind kind(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return Kind.INTEGER;
    }
    if (type == Double.class || type == double.class || type == BigDecimal.class) {
      return Kind.NUMBER;
    }
    if (type == Boolean.class || type == boolean.class) {
      return Kind.BOOLEAN;
    }
    if (type == String.class || type == LocalDate.class || type.isEnum()) {
      return Kind.TEXT;
    }
    throw new IllegalArgumentException(
        "a field of type " + type.getSimpleName() + " has no CSV form");
  }
}
