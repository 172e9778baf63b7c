// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The product table (rxnorm-products.csv) against what it can be checked against here: RxNorm's own
 * naming. A clinical drug's normalized name names each of its ingredients ("amlodipine 10 MG /
 * benazepril hydrochloride 20 MG Oral Capsule"), and a branded drug adds its brand in brackets. So
 * every row's ingredient names appear as words in its display name, every brand name is an SBD and
 * every SBD has a brand, the ingredient codes and names pair up, and an anti-anginal ingredient
 * code is the one medications.csv gives that ingredient.
 */
class RxNormProductsTest {

  private static final List<Map<String, String>> ROWS = CodeTable.readCsv("rxnorm-products.csv");

  @Test
  void everyProductNamesItsIngredientsAsRxNormNamesThem() {
    assertThat(ROWS).hasSizeGreaterThan(50);
    for (Map<String, String> row : ROWS) {
      String name =
          " " + row.get("display").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
      String[] names = row.get("ingredient_names").split(";");
      String[] codes = row.get("ingredient_codes").split(";");
      assertThat(codes).as(row.get("code")).hasSameSizeAs(names);
      for (String ingredient : names) {
        assertThat(name)
            .as(row.get("code") + " " + row.get("display"))
            .contains(" " + ingredient + " ");
      }
      assertThat(row.get("tty"))
          .as(row.get("code"))
          .isEqualTo(row.get("display").contains("[") ? "SBD" : "SCD");
      assertThat(row.get("source")).startsWith("Synthea 3.3.0 modules/");
    }
  }

  @Test
  void anIngredientHasOneCodeEverywhereAndAntianginalOnesAreThoseOfMedicationsCsv() {
    Map<String, String> codeOf = new HashMap<>();
    CodeTable medications = CodeTable.load("medications.csv");
    for (Map<String, String> row : ROWS) {
      String[] names = row.get("ingredient_names").split(";");
      String[] codes = row.get("ingredient_codes").split(";");
      for (int i = 0; i < names.length; i++) {
        assertThat(codeOf.putIfAbsent(names[i], codes[i])).as(names[i]).isIn(null, codes[i]);
        CodeTable.Row ingredient = medications.lookup(CodeSystems.RXNORM, codes[i]);
        if (ingredient != null) {
          assertThat(ingredient.display()).as(codes[i]).isEqualTo(names[i]);
        }
      }
    }
    // the ingredients without a class are named so that a reviewer sees why they count for nothing
    assertThat(codeOf)
        .containsEntry("nitroglycerin", "4917")
        .containsEntry("hydrochlorothiazide", "5487");
  }

  @Test
  void aProductCodeIsListedOnce() {
    assertThat(ROWS.stream().map(r -> r.get("code")).distinct().count()).isEqualTo(ROWS.size());
    assertThat(new RxNormProducts().all()).hasSize(ROWS.size());
  }
}
