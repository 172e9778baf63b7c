// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.ParsedCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir Path dir;

  private static List<InputRecord> readAll(Path file) throws IOException {
    List<InputRecord> records = new ArrayList<>();
    try (RecordReader reader = Inputs.open(file)) {
      InputRecord r;
      while ((r = reader.next()) != null) {
        records.add(r);
      }
    }
    return records;
  }

  @Test
  void ndjsonKeepsLineNumbersAndExactBytesAndSkipsBlankLines() throws IOException {
    Path file = dir.resolve("cases.ndjson");
    Files.writeString(file, "{\"a\":1}\r\n\n   \n{\"b\":2}\n{\"c\":3}");
    List<InputRecord> records = readAll(file);
    assertThat(records).extracting(InputRecord::line).containsExactly(1L, 4L, 5L);
    assertThat(new String(records.get(0).json(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    assertThat(new String(records.get(2).json(), StandardCharsets.UTF_8)).isEqualTo("{\"c\":3}");
  }

  @Test
  void longLinesCrossTheReadBuffer() throws IOException {
    String big = "{\"caseId\":\"" + "x".repeat(200_000) + "\"}";
    Path file = dir.resolve("big.jsonl");
    Files.writeString(file, big + "\n" + big + "\n");
    List<InputRecord> records = readAll(file);
    assertThat(records).hasSize(2);
    assertThat(records.get(1).json()).hasSize(big.length());
  }

  @Test
  void gzipIsRecognizedByItsMagicBytes() throws IOException {
    Path file = dir.resolve("cases.ndjson.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("{\"a\":1}\n{\"b\":2}\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(readAll(file)).hasSize(2);
    Path misnamed = dir.resolve("misnamed.ndjson");
    Files.copy(file, misnamed);
    assertThat(readAll(misnamed)).hasSize(2);
  }

  @Test
  void anUnknownFormatIsRefusedByName() {
    assertThatThrownBy(() -> Inputs.open(dir.resolve("cases.xml")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cases.xml")
        .hasMessageContaining("*.csv");
  }

  private static final String HEADER =
      "caseId,asOf,patient.ageYears,patient.sex,request.procedure,request.urgency,"
          + "request.targets,request.requester.id,presentation.setting,presentation.ccsClass,"
          + "therapy.antianginalClasses,stressTests[0].modality,stressTests[0].date,stressTests[0].riskCategory,"
          + "anatomy.source,anatomy.lesions[0].segment,anatomy.lesions[0].stenosisPercent,"
          + "anatomy.lesions[1].segment,anatomy.lesions[1].stenosisPercent,lvef";

  @Test
  void csvRowsBecomeValidCasesWithListsAndIndexedObjects() throws IOException {
    Path file = dir.resolve("cases.csv");
    Files.writeString(
        file,
        HEADER
            + "\n"
            + "csv-1,2025-03-01,64,male,PCI,ELECTIVE,RCA_MID,prov-1,STABLE,3,BETA_BLOCKER;LONG_ACTING_NITRATE,"
            + "SPECT_MPI,2025-02-01,HIGH,INVASIVE_ANGIOGRAPHY,RCA_MID,90,,,55\n");
    List<InputRecord> records = readAll(file);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).line()).isEqualTo(2);
    ParsedCase parsed = CaseReader.read(records.get(0).json());
    assertThat(parsed.caseFile().patient().ageYears()).isEqualTo(64);
    assertThat(parsed.caseFile().therapy().antianginalClasses()).hasSize(2);
    // lesion 1 has only empty cells: it is absent, not an empty lesion
    assertThat(parsed.caseFile().anatomy().lesions()).hasSize(1);
    assertThat(parsed.caseFile().request().requester().id()).isEqualTo("prov-1");
  }

  @Test
  void aBadCsvRowIsAnUnreadableRecordWithItsLineAndTheRestIsRead() throws IOException {
    Path file = dir.resolve("cases.csv");
    Files.writeString(
        file,
        "caseId,asOf,patient.ageYears\n"
            + "a,2025-01-01,60\n"
            + "b,2025-01-01\n"
            + "\"c\nwith a break\",2025-01-01,61\n"
            + "d,2025-01-01,sixty\n");
    List<InputRecord> records = readAll(file);
    assertThat(records).extracting(InputRecord::line).containsExactly(2L, 3L, 4L, 6L);
    assertThat(records.get(1).readError()).contains("2 cells").contains("3");
    assertThat(records.get(0).readError()).isNull();
    // a value that is not a number stays text, so the case reader names the field
    assertThat(new String(records.get(3).json(), StandardCharsets.UTF_8))
        .contains("\"ageYears\":\"sixty\"");
  }

  @Test
  void aHeaderThatNamesNoCaseFieldFailsTheFileWithTheColumn() throws IOException {
    Path file = dir.resolve("cases.csv");
    Files.writeString(file, "caseId,patient.age\nx,1\n");
    assertThatThrownBy(() -> Inputs.open(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 2 'patient.age'")
        .hasMessageContaining("ageYears");
    Files.writeString(file, "caseId,anatomy.lesions.segment\n");
    assertThatThrownBy(() -> Inputs.open(file)).hasMessageContaining("lesions[0]");
    Files.writeString(file, "caseId,patient.ageYears[0]\n");
    assertThatThrownBy(() -> Inputs.open(file)).hasMessageContaining("not a list");
    Files.writeString(file, "caseId,patient\n");
    assertThatThrownBy(() -> Inputs.open(file)).hasMessageContaining("is an object");
    Files.writeString(file, "caseId,caseId\n");
    assertThatThrownBy(() -> Inputs.open(file)).hasMessageContaining("twice");
  }

  @Test
  void aDocumentedEmptyListIsNotAnAbsentOne() {
    CsvCaseMapper mapper = CsvLines.header("caseId,stressTests,therapy.antianginalClasses");
    assertThat(
            new String(
                CsvLines.record(mapper, "f.csv", 2, "a,[],[]").json(), StandardCharsets.UTF_8))
        .isEqualTo("{\"caseId\":\"a\",\"stressTests\":[],\"therapy\":{\"antianginalClasses\":[]}}");
    assertThat(
            new String(CsvLines.record(mapper, "f.csv", 2, "a,,").json(), StandardCharsets.UTF_8))
        .isEqualTo("{\"caseId\":\"a\"}");
  }

  @Test
  void theLineByLineCsvReaderOfSparkMapsRowsTheSameWay() {
    CsvCaseMapper mapper = CsvLines.header("caseId,asOf,patient.ageYears,request.targets");
    InputRecord r = CsvLines.record(mapper, "f.csv", 2, "a,2025-01-01,60,LAD_PROXIMAL;RCA_MID");
    assertThat(new String(r.json(), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"caseId\":\"a\",\"asOf\":\"2025-01-01\",\"patient\":{\"ageYears\":60},"
                + "\"request\":{\"targets\":[\"LAD_PROXIMAL\",\"RCA_MID\"]}}");
    assertThat(CsvLines.record(mapper, "f.csv", 3, "a,b").readError()).contains("2 cells");
  }
}
