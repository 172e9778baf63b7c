// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.ParsedCase;
import org.crosscheck.engine.evaluation.EngineOptions;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.testcases.VignetteCheck;
import org.crosscheck.testcases.Vignettes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed FHIR twins: each bundle maps to its vignette's case (without {@code title} and
 * {@code expected}, which are test metadata, not clinical data; {@code caseId} is compared, it
 * comes from the ServiceRequest identifier), the real rule base rates it as it rates the vignette,
 * and the mapping warns about nothing.
 */
class FhirTwinTest {

  private static final FhirCaseMapper MAPPER = new FhirCaseMapper();
  private static Evaluator evaluator;

  @BeforeAll
  static void loadRuleBases() {
    evaluator = Evaluator.load(EngineOptions.defaults());
  }

  static List<Path> twins() {
    return Twins.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("twins")
  void theTwinMapsToItsVignetteAndIsRatedTheSame(Path twin) throws IOException {
    Path vignetteFile = Twins.vignetteOf(twin);
    assertThat(vignetteFile).as("vignette of " + twin).exists();
    ParsedCase vignette = CaseReader.read(Files.readAllBytes(vignetteFile));
    CaseFile v = vignette.caseFile();

    MappedCase mapped = MAPPER.map(FhirBundles.parseBundle(Files.readString(twin)), v.asOf());
    assertThat(mapped.warnings()).isEmpty();
    ParsedCase fromFhir = CaseReader.read(mapped.toJsonBytes());
    assertThat(Twins.comparable(fromFhir.caseFile(), v)).isEqualTo(Twins.comparable(v, v));

    Evaluation expected = evaluator.evaluate(vignette);
    Evaluation actual = evaluator.evaluate(fromFhir);
    assertThat(actual.decision()).isEqualTo(expected.decision());
    assertThat(actual.findings()).isEqualTo(expected.findings());
    assertThat(actual.whatIf()).isEqualTo(expected.whatIf());
    assertThat(VignetteCheck.mismatches(actual, v)).isEmpty();
  }

  @Test
  void everyVignetteCategoryHasATwin() {
    Set<String> categories =
        Vignettes.all().stream()
            .map(f -> Vignettes.root().relativize(f.getParent()).toString())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> twinned =
        Twins.all().stream()
            .map(f -> Twins.root().relativize(f.getParent()).toString())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(categories).hasSizeGreaterThanOrEqualTo(14);
    assertThat(twinned).containsAll(categories);
  }

  @Test
  void everyTwinHasAVignette() {
    assertThat(
            Stream.of(Twins.all().toArray(Path[]::new))
                .filter(t -> !Files.exists(Twins.vignetteOf(t))))
        .isEmpty();
  }
}
