// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.testcases.Vignettes;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Test helpers for the FHIR twins
 * (test-cases/src/main/resources/fhir-twins/&lt;category&gt;/&lt;vignette&gt;.bundle.json): where
 * they are, which vignette each twins, and the vignette fields a FHIR bundle cannot carry.
 */
final class Twins {

  static final String SUFFIX = ".bundle.json";

  private Twins() {}

  /** The twins folder in the source tree (it is new, so not in the installed test-cases jar). */
  static Path root() {
    for (Path p :
        List.of(
            Path.of("../test-cases/src/main/resources/fhir-twins"),
            Path.of("test-cases/src/main/resources/fhir-twins"))) {
      if (Files.isDirectory(p.getParent())) {
        return p;
      }
    }
    throw new IllegalStateException("test-cases/src/main/resources not found");
  }

  static List<Path> all() {
    if (!Files.isDirectory(root())) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root())) {
      return files.filter(p -> p.toString().endsWith(SUFFIX)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The vignette a twin encodes: the same relative folder and file name. */
  static Path vignetteOf(Path twin) {
    String rel = root().relativize(twin).toString();
    return Vignettes.root().resolve(rel.substring(0, rel.length() - SUFFIX.length()) + ".json");
  }

  static CaseFile read(Path vignette) {
    try {
      return CaseReader.read(Files.readAllBytes(vignette)).caseFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A case without the vignette-only fields {@code title} and {@code expected} (not clinical data:
   * FHIR has no place for them and evaluation ignores them). When the vignette has no {@code
   * request.codes} (it names the procedure directly), the codes of the mapped case are dropped too:
   * a ServiceRequest must carry a code.
   */
  static CaseFile comparable(CaseFile c, CaseFile vignette) {
    var request =
        vignette.request().codes() == null
            ? new org.crosscheck.engine.casefile.ProcedureRequest(
                c.request().procedure(),
                c.request().urgency(),
                null,
                c.request().targets(),
                c.request().requester(),
                c.request().facility())
            : c.request();
    return new CaseFile(
        c.caseId(),
        c.asOf(),
        c.patient(),
        request,
        c.presentation(),
        c.therapy(),
        c.stressTests(),
        c.anatomy(),
        c.lvef(),
        c.priorCabg(),
        c.priorPci(),
        c.imaging(),
        c.incompleteRevascularization(),
        c.priorImaging(),
        c.recordedReview(),
        null,
        null);
  }

  static String toJson(Bundle bundle) {
    return FhirContext.forR4Cached()
            .newJsonParser()
            .setPrettyPrint(true)
            .encodeResourceToString(bundle)
        + "\n";
  }
}
