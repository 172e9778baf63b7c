// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.testcases.Vignettes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Regenerates the committed FHIR twins (run on demand: {@code -Dtest=TwinWriter
 * -Dcrosscheck.writeTwins=true}). Per vignette folder it picks the vignette with the most FHIR
 * resources, plus the richest one with bypass grafts, with FFR and with stress-test findings when
 * the folder has them (at most three per folder). Vignettes with request codes are preferred; a
 * folder without any (revasc-2012/policy) gets a twin coded with SNOMED CT.
 */
class TwinWriter {

  @Test
  @EnabledIfSystemProperty(named = "crosscheck.writeTwins", matches = "true")
  void writeTwins() throws IOException {
    Map<Path, List<Path>> byFolder = new TreeMap<>();
    Vignettes.all()
        .forEach(f -> byFolder.computeIfAbsent(f.getParent(), k -> new ArrayList<>()).add(f));
    for (List<Path> files : byFolder.values()) {
      for (Path file : pick(files)) {
        CaseFile c = Twins.read(file);
        String rel = Vignettes.root().relativize(file).toString();
        Path out =
            Twins.root().resolve(rel.substring(0, rel.length() - ".json".length()) + Twins.SUFFIX);
        Files.createDirectories(out.getParent());
        Files.writeString(out, Twins.toJson(CaseToFhir.bundle(c)));
      }
    }
  }

  private static Set<Path> pick(List<Path> files) {
    List<Path> withCodes =
        files.stream().filter(f -> Twins.read(f).request().codes() != null).toList();
    List<Path> coded = withCodes.isEmpty() ? files : withCodes;
    Comparator<Path> richest =
        Comparator.comparingInt((Path f) -> CaseToFhir.bundle(Twins.read(f)).getEntry().size())
            .reversed()
            .thenComparing(Comparator.naturalOrder());
    Set<Path> chosen = new LinkedHashSet<>();
    List<Predicate<CaseFile>> wanted =
        List.of(
            c -> true,
            c ->
                c.priorCabg() != null
                    && c.priorCabg().grafts() != null
                    && !c.priorCabg().grafts().isEmpty(),
            c ->
                c.anatomy() != null
                    && c.anatomy().lesions() != null
                    && c.anatomy().lesions().stream().anyMatch(l -> l.ffr() != null),
            c ->
                c.stressTests() != null
                    && c.stressTests().stream().anyMatch(t -> t.findings() != null));
    for (Predicate<CaseFile> want : wanted) {
      if (chosen.size() < 3) {
        coded.stream()
            .filter(f -> want.test(Twins.read(f)))
            .sorted(richest)
            .filter(f -> !chosen.contains(f))
            .findFirst()
            .ifPresent(chosen::add);
      }
    }
    return chosen;
  }
}
