// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RxNorm drug products (clinical drugs, SCD, and branded drugs, SBD) to their ingredients, from
 * {@code mapping/rxnorm-products.csv}: EHRs prescribe products ("24 HR metoprolol succinate 100 MG
 * Extended Release Oral Tablet", 866412), while the drug classes the criteria count are known by
 * ingredient ({@code medications.csv}). The table holds the products Synthea 3.3.0 ships in its
 * modules whose ingredients include an anti-anginal drug or nitroglycerin, with each product's
 * ingredients as its RxNorm name states them (see fhir/README.md, provenance).
 */
final class RxNormProducts {

  /**
   * One product: its name and the RxNorm ingredient codes it contains (several for a combination
   * product).
   */
  record Product(String code, String tty, String display, List<String> ingredients) {}

  private final Map<String, Product> byCode = new HashMap<>();

  RxNormProducts() {
    for (Map<String, String> r : CodeTable.readCsv("rxnorm-products.csv")) {
      String code = r.get("code").trim();
      Product p =
          new Product(
              code, r.get("tty"), r.get("display"), List.of(r.get("ingredient_codes").split(";")));
      if (byCode.put(code, p) != null) {
        throw new IllegalStateException("rxnorm-products.csv: product " + code + " listed twice");
      }
    }
  }

  /** The product of an RxNorm code, or null when the code is not a product of the table. */
  Product get(String system, String code) {
    return CodeSystems.RXNORM.equals(system) && code != null ? byCode.get(code.trim()) : null;
  }

  List<Product> all() {
    return List.copyOf(byCode.values());
  }
}
