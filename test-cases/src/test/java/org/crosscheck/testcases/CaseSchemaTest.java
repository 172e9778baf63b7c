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
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.InvalidCaseException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schema (docs/case.schema.json) and the engine's reader agree: every vignette and example is
 * valid for both, and invalid cases are rejected by both.
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
      files = Stream.concat(Vignettes.all().stream(), examples.filter(p -> p.toString().endsWith(".json")).sorted())
          .toList();
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      String json = Files.readString(f, StandardCharsets.UTF_8);
      assertThat(validate(json)).as(f.toString()).isEmpty();
      CaseReader.read(json.getBytes(StandardCharsets.UTF_8));
    }));
  }

  private static final String VALID = """
      {"caseId":"s-1","asOf":"2026-03-01","request":{"procedure":"PCI","urgency":"ELECTIVE"},%s}""";

  @ParameterizedTest
  @ValueSource(strings = {
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
      "\"patient\":{\"ageYears\":-1}"})
  void invalidCasesAreRejectedByTheSchemaAndTheReader(String member) {
    String json = VALID.formatted(member);
    assertThat(validate(json)).as("schema errors for " + member).isNotEmpty();
    assertThatThrownBy(() -> CaseReader.read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidCaseException.class);
  }

  /** A documented item with a value missing is an item with an unknown value, never invalid (definitions.md). */
  @ParameterizedTest
  @ValueSource(strings = {
      "\"anatomy\":{\"lesions\":[{\"segment\":\"LAD_PROXIMAL\"}]}",
      "\"anatomy\":{\"lesions\":[{\"stenosisPercent\":80}]}",
      "\"stressTests\":[{\"modality\":\"SPECT_MPI\",\"date\":\"2026-01-01\"}]",
      "\"stressTests\":[{\"modality\":\"SPECT_MPI\",\"riskCategory\":\"HIGH\"}]",
      "\"stressTests\":[{}]",
      "\"therapy\":{}",
      "\"priorCabg\":{\"grafts\":[{\"conduit\":\"SVG\",\"target\":\"RCA\"}]}",
      "\"priorCabg\":{\"grafts\":[{}]}",
      "\"priorImaging\":[{\"procedure\":\"CCTA\"}]"})
  void itemsWithAValueMissingAreValidForBoth(String member) {
    String json = VALID.formatted(member);
    assertThat(validate(json)).as("schema errors for " + member).isEmpty();
    CaseReader.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theMinimalCaseIsValidForBoth() {
    String json = VALID.formatted("\"stressTests\":[]");
    assertThat(validate(json)).isEmpty();
    assertThat(CaseReader.read(json.getBytes(StandardCharsets.UTF_8)).caseFile().stressTests()).isEmpty();
  }

  @Test
  void requiredFieldsAreRequiredByBoth() {
    for (String json : List.of("{\"asOf\":\"2026-03-01\",\"request\":{\"procedure\":\"PCI\",\"urgency\":\"URGENT\"}}",
        "{\"caseId\":\"x\",\"request\":{\"procedure\":\"PCI\",\"urgency\":\"URGENT\"}}",
        "{\"caseId\":\"x\",\"asOf\":\"2026-03-01\",\"request\":{\"procedure\":\"PCI\"}}")) {
      assertThat(validate(json)).as(json).isNotEmpty();
      assertThatThrownBy(() -> CaseReader.read(json.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(InvalidCaseException.class);
    }
  }

}
