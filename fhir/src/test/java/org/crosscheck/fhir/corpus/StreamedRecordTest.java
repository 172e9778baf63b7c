// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.crosscheck.fhir.FhirBundles;
import org.crosscheck.fhir.FhirCaseMapper;
import org.crosscheck.fhir.FhirMappingException;
import org.crosscheck.fhir.FhirRecords;
import org.crosscheck.fhir.MappedCase;
import org.crosscheck.fhir.MappingWarning;
import org.junit.jupiter.api.Test;

/**
 * A record streamed for the mapping ({@link FhirRecords}: only the entries the mapping reads are
 * parsed) maps to the same case, warnings and readings as the whole bundle parsed with HAPI, on
 * every record of the Synthea sample.
 */
class StreamedRecordTest {

  private static final FhirCaseMapper MAPPER = new FhirCaseMapper();

  @Test
  void aStreamedRecordMapsExactlyAsTheWholeBundle() throws Exception {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(SyntheaSampleTest.SAMPLE)),
                StandardCharsets.UTF_8))) {
      r.lines().forEach(lines::add);
    }
    for (String line : lines) {
      MappedCase whole = MAPPER.map(FhirBundles.parseBundle(line), null);
      FhirRecords.FhirRecord record = FhirRecords.read(line.getBytes(StandardCharsets.UTF_8));
      MappedCase streamed = MAPPER.map(record, null);
      assertThat(record.bundle().getEntry().size())
          .isLessThan(FhirBundles.parseBundle(line).getEntry().size() / 2);
      assertThat(streamed.caseJson()).isEqualTo(whole.caseJson());
      assertThat(streamed.interpretations()).isEqualTo(whole.interpretations());
      assertThat(streamed.notUsedByType()).isEqualTo(whole.notUsedByType());
      assertThat(streamed.warnings().stream().map(MappingWarning::message).sorted().toList())
          .isEqualTo(whole.warnings().stream().map(MappingWarning::message).sorted().toList());
    }
  }

  @Test
  void whatIsNotABundleIsRejectedAsTheParserWould() {
    assertThatThrownBy(
            () ->
                FhirRecords.read(
                    "{\"resourceType\": \"Patient\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FhirMappingException.class)
        .hasMessageContaining("expected a Bundle");
    assertThatThrownBy(
            () ->
                FhirRecords.read(
                    "{\"resourceType\": \"Bundle\", \"entry\": [".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FhirMappingException.class)
        .hasMessageContaining("malformed");
    assertThatThrownBy(() -> FhirRecords.read("[]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FhirMappingException.class);
  }
}
