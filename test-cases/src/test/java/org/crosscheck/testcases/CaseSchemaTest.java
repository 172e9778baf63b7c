// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.testcases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.engine.casefile.CaseLimits;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.InvalidCaseException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schema (docs/case.schema.json) and the engine's reader agree: every vignette
 * and example is valid for both, and invalid cases are rejected by both.
 */
class CaseSchemaTest {

  private static final Path DOCS = Path.of("../docs");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = Files.newInputStream(DOCS.resolve("case.schema.json"))) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Error> validate(String json) {
    return SCHEMA.validate(JSON.readTree(json));
  }

  @TestFactory
  Stream<DynamicTest> everyVignetteAndExampleIsValidForTheSchema() throws IOException {
    List<Path> files;
    try (Stream<Path> examples = Files.list(DOCS.resolve("examples"))) {
      files =
          Stream.concat(
                  Vignettes.all().stream(),
                  examples.filter(p -> p.toString().endsWith(".json")).sorted())
              .toList();
    }
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString(),
                    () -> {
                      String json = Files.readString(f, StandardCharsets.UTF_8);
                      assertThat(validate(json)).as(f.toString()).isEmpty();
                      CaseReader.read(json.getBytes(StandardCharsets.UTF_8));
                    }));
  }

  private static final String VALID =
      """
      {"caseId":"s-1","asOf":"2026-03-01","request":{"procedure":"PCI","urgency":"ELECTIVE"},%s}""";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"presentation\":{\"setting\":\"STABLE\",\"ccsClass\":5}",
        "\"presentation\":{\"setting\":\"CHRONIC\"}",
        "\"lvef\":\"55\"",
        "\"lvef\":55.5",
        "\"anatomy\":{\"lesions\":[{\"segment\":\"LAD_PROXIMAL\",\"stenosisPercent\":120}]}",
        "\"anatomy\":{\"lesions\":[{\"segment\":\"LAD_PROX\",\"stenosisPercent\":80}]}",
        "\"anatomy\":{\"lesions\":[{\"segment\":\"LAD_PROXIMAL\",\"stenosisPercent\":80,\"ffr\":1.4}]}",
        "\"therapy\":{\"antianginalClasses\":[\"ASPIRIN\"]}",
        "\"priorCabg\":{\"grafts\":[{\"conduit\":\"SVG\",\"target\":\"LEFT_MAIN\",\"stenosisPercent\":0}]}",
        "\"unknownField\":true",
        "\"anatomy\":{\"lesions\":[null]}",
        "\"stressTests\":[null]",
        "\"patient\":{\"ageYears\":-1}"
      })
  void invalidCasesAreRejectedByTheSchemaAndTheReader(String member) {
    String json = VALID.formatted(member);
    assertThat(validate(json)).as("schema errors for " + member).isNotEmpty();
    assertThatThrownBy(() -> CaseReader.read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidCaseException.class);
  }

  /**
   * A documented item with a value missing is an item with an unknown value, never invalid
   * (definitions.md).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"anatomy\":{\"lesions\":[{\"segment\":\"LAD_PROXIMAL\"}]}",
        "\"anatomy\":{\"lesions\":[{\"stenosisPercent\":80}]}",
        "\"stressTests\":[{\"modality\":\"SPECT_MPI\",\"date\":\"2026-01-01\"}]",
        "\"stressTests\":[{\"modality\":\"SPECT_MPI\",\"riskCategory\":\"HIGH\"}]",
        "\"stressTests\":[{}]",
        "\"therapy\":{}",
        "\"priorCabg\":{\"grafts\":[{\"conduit\":\"SVG\",\"target\":\"RCA\"}]}",
        "\"priorCabg\":{\"grafts\":[{}]}",
        "\"priorImaging\":[{\"procedure\":\"CCTA\"}]"
      })
  void itemsWithAValueMissingAreValidForBoth(String member) {
    String json = VALID.formatted(member);
    assertThat(validate(json)).as("schema errors for " + member).isEmpty();
    CaseReader.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theMinimalCaseIsValidForBoth() {
    String json = VALID.formatted("\"stressTests\":[]");
    assertThat(validate(json)).isEmpty();
    assertThat(CaseReader.read(json.getBytes(StandardCharsets.UTF_8)).caseFile().stressTests())
        .isEmpty();
  }

  /** A case with {@code value} at {@code path} (one of the limited fields). */
  private static String withText(String path, String value) {
    String quoted = JSON.writeValueAsString(value);
    return switch (path) {
      case "caseId" ->
          "{\"caseId\":"
              + quoted
              + ",\"asOf\":\"2026-03-01\",\"request\":{\"procedure\":\"PCI\","
              + "\"urgency\":\"ELECTIVE\"}}";
      case "request.requester.id", "request.facility.id" ->
          "{\"caseId\":\"s-1\",\"asOf\":\"2026-03-01\","
              + "\"request\":{\"procedure\":\"PCI\",\"urgency\":\"ELECTIVE\",\""
              + path.split("\\.")[1]
              + "\":{\"id\":"
              + quoted
              + "}}}";
      default -> throw new IllegalArgumentException("no case template for " + path);
    };
  }

  @Test
  void theLengthLimitsAreTheSameInTheSchemaAndTheReader() {
    assertThat(CaseLimits.MAX_LENGTHS).isNotEmpty();
    CaseLimits.MAX_LENGTHS.forEach(
        (path, max) -> {
          JsonNode node = JSON.readTree(DOCS.resolve("case.schema.json").toFile());
          for (String part : path.split("\\.")) {
            node = node.get("properties").get(part);
          }
          assertThat(node.get("maxLength").asInt())
              .as(path + " maxLength in the schema")
              .isEqualTo(max);
          // characters, not UTF-16 units: a character outside the BMP counts once in both
          String longest = "\uD83E\uDEC0".repeat(max);
          assertThat(validate(withText(path, longest))).as(path).isEmpty();
          CaseReader.read(withText(path, longest).getBytes(StandardCharsets.UTF_8));
          String tooLong = "x".repeat(max + 1);
          assertThat(validate(withText(path, tooLong))).as(path).isNotEmpty();
          assertThatThrownBy(
                  () -> CaseReader.read(withText(path, tooLong).getBytes(StandardCharsets.UTF_8)))
              .isInstanceOf(InvalidCaseException.class)
              .hasMessageContaining(path + ": must be at most " + max);
        });
  }

  @Test
  void theRangeOfAsOfIsTheSameInTheSchemaAndTheReader() {
    for (LocalDate asOf : List.of(CaseLimits.EARLIEST_AS_OF, CaseLimits.LATEST_AS_OF)) {
      String json =
          "{\"caseId\":\"s-1\",\"asOf\":\""
              + asOf
              + "\",\"request\":{\"procedure\":\"PCI\","
              + "\"urgency\":\"ELECTIVE\"}}";
      assertThat(validate(json)).as(json).isEmpty();
      CaseReader.read(json.getBytes(StandardCharsets.UTF_8));
    }
    for (LocalDate asOf :
        List.of(
            CaseLimits.EARLIEST_AS_OF.minusDays(1),
            CaseLimits.LATEST_AS_OF.plusDays(1),
            LocalDate.of(0, 1, 1))) {
      String json =
          "{\"caseId\":\"s-1\",\"asOf\":\""
              + asOf
              + "\",\"request\":{\"procedure\":\"PCI\","
              + "\"urgency\":\"ELECTIVE\"}}";
      assertThat(validate(json)).as(json).isNotEmpty();
      assertThatThrownBy(() -> CaseReader.read(json.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(InvalidCaseException.class)
          .hasMessageContaining("asOf");
    }
  }

  @Test
  void requiredFieldsAreRequiredByBoth() {
    for (String json :
        List.of(
            "{\"asOf\":\"2026-03-01\",\"request\":{\"procedure\":\"PCI\",\"urgency\":\"URGENT\"}}",
            "{\"caseId\":\"x\",\"request\":{\"procedure\":\"PCI\",\"urgency\":\"URGENT\"}}",
            "{\"caseId\":\"x\",\"asOf\":\"2026-03-01\",\"request\":{\"procedure\":\"PCI\"}}")) {
      assertThat(validate(json)).as(json).isNotEmpty();
      assertThatThrownBy(() -> CaseReader.read(json.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(InvalidCaseException.class);
    }
  }
}
