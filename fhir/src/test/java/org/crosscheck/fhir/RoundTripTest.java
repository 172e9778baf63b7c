// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.testcases.Vignettes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Round trip over every vignette: case -> FHIR bundle JSON (test-side {@link CaseToFhir}) -> {@link
 * FhirCaseMapper} -> CaseReader gives the same case (title and expected excluded, see {@link
 * Twins#comparable}) and no warning. This shows that the documented FHIR structure can carry every
 * field the vignettes use.
 */
class RoundTripTest {

  private static final FhirCaseMapper MAPPER = new FhirCaseMapper();

  @TestFactory
  Stream<DynamicTest> everyVignetteSurvivesTheTripThroughFhir() {
    assertThat(Vignettes.all()).hasSizeGreaterThan(700);
    return Vignettes.all().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    Vignettes.root().relativize(file).toString(), () -> check(file)));
  }

  private static void check(Path file) {
    CaseFile vignette = Twins.read(file);
    String json = Twins.toJson(CaseToFhir.bundle(vignette));
    MappedCase mapped = MAPPER.map(FhirBundles.parseBundle(json), vignette.asOf());
    assertThat(mapped.warnings()).isEmpty();
    CaseFile back = CaseReader.read(mapped.toJsonBytes()).caseFile();
    assertThat(Twins.comparable(back, vignette)).isEqualTo(Twins.comparable(vignette, vignette));
  }
}
