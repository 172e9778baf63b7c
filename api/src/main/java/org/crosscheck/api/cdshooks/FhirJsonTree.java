// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.JsonParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeArray;
import ca.uhn.fhir.parser.json.BaseJsonLikeObject;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import ca.uhn.fhir.parser.json.BaseJsonLikeWriter;
import ca.uhn.fhir.parser.json.JsonLikeStructure;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * HAPI's FHIR JSON as Jackson trees, without text in between. {@link #parse} reads a tree (a CDS
 * Hooks request's prefetch keys and draft orders, read once with the request body) into a HAPI
 * resource: HAPI's JSON parser walks the tree through its {@code JsonLikeStructure}, and the
 * resource is the one {@code parseResource(tree.toString())} gives (the same parser, options and
 * error handling; each value handed over as HAPI reads it from the text Jackson writes for it: a
 * floating-point number as the decimal of its written form, a non-finite one as the string Jackson
 * writes). A value that is not a JSON object goes the text way, for HAPI's own message. {@link
 * #encode} is the other direction: HAPI's encoder writes the tree that {@code
 * readTree(encodeResourceToString(resource))} gives (each number as Jackson reads the text HAPI
 * writes for it).
 */
final class FhirJsonTree {

  private FhirJsonTree() {}

  static IBaseResource parse(JsonNode json) throws DataFormatException {
    FhirContext fhir = FhirContext.forR4Cached();
    if (!json.isObject() || fhir.isStoreResourceJson()) {
      return fhir.newJsonParser().parseResource(json.toString());
    }
    // BaseParser.parseResource(Class, Reader): the version check and Bundle entry ids of a text
    // parse; only the reading of the text is replaced
    return new TreeParser(fhir, json)
        .parseResource((Class<IBaseResource>) null, Reader.nullReader());
  }

  /** The resource as HAPI encodes it, as a tree. */
  static JsonNode encode(IBaseResource resource) {
    TreeWriter writer = new TreeWriter();
    try {
      ((JsonParser) FhirContext.forR4Cached().newJsonParser())
          .encodeResourceToJsonLikeWriter(resource, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // no I/O: the tree is in memory
    }
    return writer.root;
  }

  /**
   * HAPI's JSON parser with the reading of the text replaced by the tree (the context's default
   * error handler, as {@code FhirContext.newJsonParser()} gives it).
   */
  private static final class TreeParser extends JsonParser {
    private final JsonNode root;

    TreeParser(FhirContext fhir, JsonNode root) {
      super(fhir, new LenientErrorHandler());
      this.root = root;
    }

    @Override
    public <T extends IBaseResource> T doParseResource(Class<T> type, Reader ignored) {
      return doParseResource(type, new Tree(root));
    }
  }

  private record Tree(JsonNode root) implements JsonLikeStructure {
    @Override
    public JsonLikeStructure getInstance() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void load(Reader reader) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void load(Reader reader, boolean allowArray) {
      throw new UnsupportedOperationException();
    }

    @Override
    public BaseJsonLikeObject getRootObject() {
      return new ObjectValue(root);
    }

    @Override
    public BaseJsonLikeWriter getJsonLikeWriter() {
      throw new UnsupportedOperationException();
    }

    @Override
    public BaseJsonLikeWriter getJsonLikeWriter(Writer writer) {
      throw new UnsupportedOperationException();
    }
  }

  private static BaseJsonLikeValue wrap(JsonNode node) {
    return node == null ? null : new Value(node);
  }

  private static final class ObjectValue extends BaseJsonLikeObject {
    private final JsonNode node;

    ObjectValue(JsonNode node) {
      this.node = node;
    }

    @Override
    public Object getValue() {
      return null;
    }

    @Override
    public Iterator<String> keyIterator() {
      return node.propertyNames().iterator();
    }

    @Override
    public BaseJsonLikeValue get(String key) {
      return wrap(node.get(key));
    }
  }

  private static final class ArrayValue extends BaseJsonLikeArray {
    private final JsonNode node;

    ArrayValue(JsonNode node) {
      this.node = node;
    }

    @Override
    public Object getValue() {
      return null;
    }

    @Override
    public int size() {
      return node.size();
    }

    @Override
    public BaseJsonLikeValue get(int index) {
      return wrap(node.get(index));
    }
  }

  /**
   * A value as HAPI's Jackson structure presents the same value read from text: scalars by their
   * JSON type, strings and integers as their text, floating-point numbers as the plain form of the
   * decimal written (HAPI reads floats as BigDecimal).
   */
  private static final class Value extends BaseJsonLikeValue {
    private final JsonNode node;

    /** A floating-point number as Jackson writes it (a quoted name when it is not finite). */
    private final String written;

    Value(JsonNode node) {
      this.node = node;
      this.written = node.isFloatingPointNumber() ? node.toString() : null;
    }

    private boolean writtenAsString() {
      return written != null && written.startsWith("\"");
    }

    @Override
    public ValueType getJsonType() {
      return switch (node.getNodeType()) {
        case NULL, MISSING -> ValueType.NULL;
        case OBJECT -> ValueType.OBJECT;
        case ARRAY -> ValueType.ARRAY;
        default -> ValueType.SCALAR;
      };
    }

    @Override
    public ScalarType getDataType() {
      if (node.isNumber()) {
        return writtenAsString() ? ScalarType.STRING : ScalarType.NUMBER;
      }
      if (node.isString()) {
        return ScalarType.STRING;
      }
      if (node.isBoolean()) {
        return ScalarType.BOOLEAN;
      }
      return null;
    }

    @Override
    public Object getValue() {
      if (node.isNumber() && !writtenAsString()) {
        return written != null ? new BigDecimal(written) : node.numberValue();
      }
      if (node.isBoolean()) {
        return node.booleanValue();
      }
      return node.isValueNode() ? getAsString() : null;
    }

    @Override
    public BaseJsonLikeArray getAsArray() {
      return node.isArray() ? new ArrayValue(node) : null;
    }

    @Override
    public BaseJsonLikeObject getAsObject() {
      return node.isObject() ? new ObjectValue(node) : null;
    }

    @Override
    public String getAsString() {
      if (written != null) {
        return writtenAsString()
            ? written.substring(1, written.length() - 1)
            : new BigDecimal(written).toPlainString();
      }
      if (node.isNumber()) {
        return node.numberValue().toString();
      }
      if (node.isNull()) {
        return "null";
      }
      if (node.isContainer()) {
        return "";
      }
      return node.asString();
    }

    @Override
    public Number getAsNumber() {
      return node.isNumber() && !writtenAsString() ? (Number) getValue() : null;
    }

    @Override
    public boolean getAsBoolean() {
      return node.isBoolean() ? node.booleanValue() : !isNull();
    }
  }

  /**
   * Builds the tree of what HAPI writes. Strings, booleans and nulls are the nodes Jackson reads
   * for them; a number is the node Jackson reads from the text HAPI's Jackson writer makes of it (a
   * decimal's own string, the digits of an integer, Double.toString of a double; a non-finite
   * double is written as a string).
   */
  private static final class TreeWriter extends BaseJsonLikeWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Deque<JsonNode> open = new ArrayDeque<>();
    private JsonNode root;

    private BaseJsonLikeWriter add(JsonNode value) {
      if (open.isEmpty()) {
        root = value;
      } else {
        ((ArrayNode) open.peek()).add(value);
      }
      return this;
    }

    private BaseJsonLikeWriter put(String name, JsonNode value) {
      ((ObjectNode) open.peek()).set(name, value);
      return this;
    }

    private BaseJsonLikeWriter push(JsonNode container) {
      open.push(container);
      return this;
    }

    private static JsonNode of(String value) {
      return value == null ? NODES.nullNode() : NODES.stringNode(value);
    }

    private static JsonNode of(BigInteger value) {
      return value == null ? NODES.nullNode() : JSON.readTree(value.toString());
    }

    /** HAPI's decimal is a BigDecimal whose toString is the decimal's own text, as written. */
    private static JsonNode of(BigDecimal value) {
      return value == null ? NODES.nullNode() : JSON.readTree(value.toString());
    }

    private static JsonNode of(long value) {
      return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }

    private static JsonNode of(double value) {
      return Double.isFinite(value)
          ? JSON.readTree(Double.toString(value))
          : NODES.stringNode(Double.toString(value));
    }

    private static JsonNode of(Boolean value) {
      return value == null ? NODES.nullNode() : NODES.booleanNode(value);
    }

    @Override
    public BaseJsonLikeWriter init() {
      return this;
    }

    @Override
    public BaseJsonLikeWriter flush() {
      return this;
    }

    @Override
    public void close() {}

    @Override
    public BaseJsonLikeWriter beginObject() {
      ObjectNode object = NODES.objectNode();
      add(object);
      return push(object);
    }

    @Override
    public BaseJsonLikeWriter beginObject(String name) {
      ObjectNode object = NODES.objectNode();
      put(name, object);
      return push(object);
    }

    @Override
    public BaseJsonLikeWriter beginArray(String name) {
      ArrayNode array = NODES.arrayNode();
      put(name, array);
      return push(array);
    }

    @Override
    public BaseJsonLikeWriter write(String value) {
      return add(of(value));
    }

    @Override
    public BaseJsonLikeWriter write(BigInteger value) {
      return add(of(value));
    }

    @Override
    public BaseJsonLikeWriter write(BigDecimal value) {
      return add(of(value));
    }

    @Override
    public BaseJsonLikeWriter write(long value) {
      return add(of(value));
    }

    @Override
    public BaseJsonLikeWriter write(double value) {
      return add(of(value));
    }

    @Override
    public BaseJsonLikeWriter write(Boolean value) {
      return add(of(value));
    }

    @Override
    public BaseJsonLikeWriter write(boolean value) {
      return add(NODES.booleanNode(value));
    }

    @Override
    public BaseJsonLikeWriter writeNull() {
      return add(NODES.nullNode());
    }

    @Override
    public BaseJsonLikeWriter write(String name, String value) {
      return put(name, of(value));
    }

    @Override
    public BaseJsonLikeWriter write(String name, BigInteger value) {
      return put(name, of(value));
    }

    @Override
    public BaseJsonLikeWriter write(String name, BigDecimal value) {
      return put(name, of(value));
    }

    @Override
    public BaseJsonLikeWriter write(String name, long value) {
      return put(name, of(value));
    }

    @Override
    public BaseJsonLikeWriter write(String name, double value) {
      return put(name, of(value));
    }

    @Override
    public BaseJsonLikeWriter write(String name, Boolean value) {
      return put(name, of(value));
    }

    @Override
    public BaseJsonLikeWriter write(String name, boolean value) {
      return put(name, NODES.booleanNode(value));
    }

    @Override
    public BaseJsonLikeWriter endObject() {
      open.pop();
      return this;
    }

    @Override
    public BaseJsonLikeWriter endArray() {
      open.pop();
      return this;
    }

    @Override
    public BaseJsonLikeWriter endBlock() {
      open.pop();
      return this;
    }
  }
}
