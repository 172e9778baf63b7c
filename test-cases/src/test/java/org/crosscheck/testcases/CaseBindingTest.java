// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.json.IsoDates;
import org.crosscheck.engine.json.RecordCreators;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link RecordCreators} and {@link IsoDates} change how a case is bound, not what: every vignette,
 * random cases from the schema with items withdrawn, and the same cases with a value replaced by a
 * wrong type, {@code null} or a date that is bad or not quite ISO give equal records, or the same
 * error at the same path, with and without the modules.
 */
class CaseBindingTest {

  private static final ObjectReader JACKSON =
      JsonMapper.builder().build().readerFor(CaseFile.class);
  private static final ObjectReader SPREAD =
      JsonMapper.builder()
          .addModule(RecordCreators.module())
          .addModule(IsoDates.module())
          .build()
          .readerFor(CaseFile.class);

  /** Values put in place of a field: texts (most of them dates, bad or nearly ISO), then others. */
  private static final List<JsonNode> BAD_VALUES = badValues();

  private static List<JsonNode> badValues() {
    List<JsonNode> values = new ArrayList<>();
    for (String text :
        List.of(
            "2026-02-30",
            "2024-02-29",
            "2026-13-01",
            "2026-1-01",
            "20260101",
            " 2026-01-01",
            "2026-01-01T10:00:00",
            "0000-01-01",
            "+10000-01-01",
            "2026-0a-01",
            "\uff12026-01-01",
            "x")) {
      values.add(RandomCases.JSON.getNodeFactory().stringNode(text));
    }
    values.add(RandomCases.JSON.nullNode());
    values.add(RandomCases.JSON.getNodeFactory().numberNode(7));
    values.add(RandomCases.JSON.getNodeFactory().numberNode(7.5));
    values.add(RandomCases.JSON.getNodeFactory().booleanNode(true));
    values.add(RandomCases.JSON.createArrayNode());
    values.add(RandomCases.JSON.createObjectNode());
    return values;
  }

  @Test
  void everyVignetteBindsToEqualRecords() throws IOException {
    int cases = 0;
    for (Path file : Vignettes.all()) {
      byte[] json = Files.readAllBytes(file);
      assertSameBinding(json, file.getFileName().toString());
      cases++;
    }
    assertThat(cases).isGreaterThan(300);
  }

  @Test
  void randomCasesAndTheirBrokenVariantsBindAlike() {
    Random random = new Random(20261207);
    int errors = 0;
    int dates = 0;
    for (int id = 0; id < 400; id++) {
      List<Integer> choices = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        choices.add(random.nextInt(1000));
      }
      ObjectNode full = RandomCases.full(new RandomCases.Choices(choices), id);
      List<String> withdrawable = RandomCases.withdrawable(full);
      List<String> withdrawn = new ArrayList<>();
      for (String pointer : withdrawable) {
        if (random.nextInt(4) == 0) {
          withdrawn.add(pointer);
        }
      }
      ObjectNode partial = RandomCases.withdraw(full, withdrawn);
      assertSameBinding(bytes(full), "case " + id);
      assertSameBinding(bytes(partial), "partial case " + id);
      List<String> leaves = new ArrayList<>();
      leaves(full, "", leaves::add);
      for (int k = 0; k < 5; k++) {
        String pointer = leaves.get(random.nextInt(leaves.size()));
        ObjectNode broken = full.deepCopy();
        replace(broken, pointer, BAD_VALUES.get(random.nextInt(BAD_VALUES.size())));
        errors += assertSameBinding(bytes(broken), "case " + id + " with " + pointer + " changed");
      }
      for (String pointer : leaves) {
        if (pointer.endsWith("/date") || pointer.equals("/asOf")) {
          for (JsonNode value : BAD_VALUES) {
            ObjectNode redated = full.deepCopy();
            replace(redated, pointer, value);
            dates++;
            assertSameBinding(bytes(redated), "case " + id + " with " + pointer + ": " + value);
          }
        }
      }
    }
    assertThat(errors).as("broken variants that are errors").isGreaterThan(500);
    assertThat(dates).as("dates replaced").isGreaterThan(2000);
  }

  /** Asserts equal records or the same error; returns 1 for an error. */
  private static int assertSameBinding(byte[] json, String what) {
    Object jackson;
    Object spread;
    try {
      jackson = JACKSON.readValue(json);
    } catch (JacksonException e) {
      jackson = e;
    }
    try {
      spread = SPREAD.readValue(json);
    } catch (JacksonException e) {
      spread = e;
    }
    if (jackson instanceof JacksonException expected) {
      assertThat(spread).as(what).isInstanceOf(expected.getClass());
      JacksonException actual = (JacksonException) spread;
      assertThat(actual.getOriginalMessage()).as(what).isEqualTo(expected.getOriginalMessage());
      assertThat(actual.getPathReference()).as(what).isEqualTo(expected.getPathReference());
      return 1;
    }
    assertThat(spread).as(what).isInstanceOf(CaseFile.class).isEqualTo(jackson);
    return 0;
  }

  private static byte[] bytes(JsonNode node) {
    return node.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void leaves(JsonNode node, String pointer, Consumer<String> out) {
    if (node.isObject()) {
      node.properties().forEach(e -> leaves(e.getValue(), pointer + "/" + e.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), pointer + "/" + i, out);
      }
    }
    if (!pointer.isEmpty()) {
      out.accept(pointer);
    }
  }

  private static void replace(ObjectNode root, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent instanceof ObjectNode o) {
      o.set(last, value);
    } else if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(last), value);
    }
  }
}
