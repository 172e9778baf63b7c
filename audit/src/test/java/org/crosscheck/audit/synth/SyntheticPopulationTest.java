// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.crosscheck.audit.CaseCategory;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.CaseReader;
import org.junit.jupiter.api.Test;

class SyntheticPopulationTest {

  private static byte[] population(long seed, int cases) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SyntheticPopulation(seed, cases).write(cases, out);
    return out.toByteArray();
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOtherCases() throws IOException {
    assertThat(population(5, 500)).isEqualTo(population(5, 500));
    assertThat(population(6, 500)).isNotEqualTo(population(5, 500));
  }

  @Test
  void everyCaseIsValidAndTheMixHasEveryGroup() throws IOException {
    String[] lines = new String(population(9, 4000), StandardCharsets.UTF_8).split("\n");
    Map<CaseCategory, Integer> mix = new EnumMap<>(CaseCategory.class);
    int priorCabg = 0;
    int reviewed = 0;
    for (String line : lines) {
      CaseFile c = CaseReader.read(line.getBytes(StandardCharsets.UTF_8)).caseFile();
      mix.merge(CaseCategory.of(c), 1, Integer::sum);
      priorCabg += c.priorCabg() != null ? 1 : 0;
      reviewed += c.recordedReview() != null ? 1 : 0;
      assertThat(c.request().requester().id()).startsWith("prov-");
      assertThat(c.request().facility().id()).startsWith("fac-");
    }
    assertThat(lines).hasSize(4000);
    assertThat(mix.get(CaseCategory.ACUTE)).isBetween(1800, 2200);
    assertThat(mix.get(CaseCategory.NONACUTE)).isBetween(1300, 1600);
    assertThat(mix.get(CaseCategory.IMAGING)).isBetween(450, 650);
    assertThat(priorCabg).isBetween(150, 350);
    assertThat(reviewed).isGreaterThan(300);
  }
}
