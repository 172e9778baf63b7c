// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.engine.casefile.AntianginalClass;
import org.crosscheck.engine.casefile.Setting;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapping tables stay consistent with the case format: every field they set and every
 * case-finding code is a path of docs/case.schema.json, and every value is one the case accepts.
 */
class MappingTablesTest {

  private static final JsonNode SCHEMA = schema();

  private static JsonNode schema() {
    try {
      return JsonMapper.builder()
          .build()
          .readTree(Files.readString(Path.of("../docs/case.schema.json")));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether a dotted path names a property of the schema (arrays are stepped through their items).
   */
  private static boolean inSchema(String path) {
    JsonNode node = SCHEMA;
    for (String name : path.split("\\.")) {
      while (node.has("items")) {
        node = node.get("items");
      }
      node = node.path("properties").path(name);
      if (node.isMissingNode()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void everyCaseFindingCodeIsACasePathWithAKnownType() {
    for (Map<String, String> row : CodeTable.readCsv("case-findings.csv")) {
      assertThat(inSchema(row.get("code"))).as(row.get("code")).isTrue();
      String type = row.get("type");
      if (type.startsWith("code:")) {
        assertThat(FhirValues.enumValues(type.substring(5))).isNotEmpty();
      } else if (!type.isEmpty()) {
        assertThat(type).isIn("boolean", "integer", "number", "date");
      }
    }
  }

  @Test
  void everyCodeTableRowSetsACaseFieldToAValidValue() {
    for (String table : new String[] {"conditions.csv", "observations.csv", "medications.csv"}) {
      for (CodeTable.Row row : CodeTable.load(table).rows()) {
        assertThat(inSchema(row.field())).as(table + " " + row.code()).isTrue();
        assertThat(row.system()).as(table + " " + row.code()).startsWith("http");
        if (row.field().equals("presentation.setting")) {
          assertThat(Setting.valueOf(row.value())).isNotNull();
        } else if (row.field().equals("therapy.antianginalClasses")) {
          assertThat(AntianginalClass.valueOf(row.value())).isNotNull();
        } else if (!row.field().equals("lvef")) {
          assertThat(row.value()).as(table + " " + row.code()).isEqualTo("true");
        }
      }
    }
  }

  @Test
  void everyOrderReasonSetsAnImagingFieldToOneOfItsValues() {
    for (CodeTable.Row row : CodeTable.load("order-reasons.csv").rows()) {
      assertThat(row.field()).as(row.code()).isIn("imaging.question", "imaging.symptoms");
      String enumName =
          row.field().equals("imaging.question") ? "ImagingQuestion" : "ImagingSymptoms";
      assertThat(FhirValues.enumValues(enumName)).as(row.code()).contains(row.value());
    }
  }

  @Test
  void everyCoronaryHistoryRowNamesAReadingTheMapperKnows() {
    for (CodeTable.Row row : CodeTable.load("coronary-history.csv").rows()) {
      assertThat(row.field())
          .as(row.code())
          .isIn(
              "chronicCoronaryDisease",
              "priorCabg",
              "priorPci",
              "heartFailure",
              "acuteCoronarySyndrome",
              "excluded");
      assertThat(row.system()).startsWith("http");
    }
  }

  @Test
  void anExactRowWinsOverAPrefixRow() {
    CodeTable conditions = CodeTable.load("conditions.csv");
    assertThat(conditions.lookup(CodeSystems.ICD10CM, "I25.110").value())
        .isEqualTo("UNSTABLE_ANGINA");
    assertThat(conditions.lookup(CodeSystems.ICD10CM, "I25.118").value()).isEqualTo("STABLE");
    assertThat(conditions.lookup(CodeSystems.ICD10CM, "I25.10")).isNull();
  }
}
