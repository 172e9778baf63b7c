// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.ruleset;

import java.util.List;

/**
 * A rule set's source attributes (the transparency attributes that decision-support rules are
 * expected to expose: developer, citation, release and revision dates, status), read from its
 * {@code ruleset.json}, plus the SHA-256 of its source files and the number of rules actually
 * loaded.
 *
 * @param published the year (or date) the source document was published
 * @param releaseDate when this encoding was first released
 * @param revisionDate when this encoding was last revised
 * @param status DRAFT, ACTIVE or RETIRED
 * @param procedures the request procedures the rule set rates
 * @param criteriaTable the resource with the published rows (descriptions, provenance), or null
 * @param sources the resources whose bytes make up {@code sha256}, in order
 * @param expectedRules how many rules the rule base must load; start-up fails otherwise
 * @param settings for a policy, the resource with its default settings
 * @param itemName what the source calls a row, for citations: indication (default), scenario,
 *     variant
 */
public record RuleSetInfo(
    String id,
    String version,
    RuleSetKind kind,
    String kbase,
    String packageName,
    String title,
    String developer,
    String citation,
    String published,
    String releaseDate,
    String revisionDate,
    String status,
    List<String> procedures,
    String criteriaTable,
    List<String> sources,
    int expectedRules,
    String settings,
    String itemName,
    String notes,
    String sha256,
    int loadedRules) {

  public RuleSetInfo {
    procedures = procedures == null ? List.of() : List.copyOf(procedures);
    sources = sources == null ? List.of() : List.copyOf(sources);
    itemName = itemName == null ? "indication" : itemName;
  }

  RuleSetInfo loaded(String sha, int rules) {
    return new RuleSetInfo(
        id,
        version,
        kind,
        kbase,
        packageName,
        title,
        developer,
        citation,
        published,
        releaseDate,
        revisionDate,
        status,
        procedures,
        criteriaTable,
        sources,
        expectedRules,
        settings,
        itemName,
        notes,
        sha,
        rules);
  }
}
