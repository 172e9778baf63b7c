// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.crosscheck.engine.derivation.Interpretation;
import org.crosscheck.engine.facts.Tier;
import org.crosscheck.engine.ruleset.CriteriaCell;
import org.crosscheck.engine.ruleset.LoadedRuleSet;
import org.crosscheck.engine.ruleset.RuleSetInfo;
import org.kie.api.definition.rule.Rule;

/**
 * A criteria rule's metadata, read once when the rule base is loaded: what a match of the rule
 * reports. The rule id is its {@code @id} (e.g. {@code RV12-41-CCS_I_II}, also the first word of
 * its name), the key that joins a rule to its table row and its vignettes. Rating rows carry a
 * letter and score for the requested procedure; method rows (62-67) a letter and score for PCI and
 * for CABG. {@code indicationKey} names the row within its rule set ({@code revasc-auc-2012/41}; a
 * finding's {@code criterion} is the row alone, {@code 41}), {@code cellKey} the cell ({@code
 * revasc-auc-2012/41/CCS_I_II}). Its published cell (null where the source has none), the
 * description and the citation a finding of it carries are made once here, not per match.
 */
record CellRule(
    LoadedRuleSet ruleSet,
    String ruleName,
    String ruleId,
    String indication,
    int indicationNumber,
    String column,
    String rating,
    String score,
    String pciRating,
    String pciScore,
    String cabgRating,
    String cabgScore,
    List<Interpretation> interpretations,
    Interpretation.Domain domain,
    boolean timeCritical,
    String indicationKey,
    String cellKey,
    CriteriaCell published,
    String description,
    String citation) {

  static CellRule of(LoadedRuleSet ruleSet, Rule rule) {
    Map<String, Object> meta = rule.getMetaData();
    String indication = text(meta, "indication");
    int number;
    try {
      number = Integer.parseInt(indication);
    } catch (NumberFormatException e) {
      number = Integer.MAX_VALUE;
    }
    List<Interpretation> interpretations = new ArrayList<>();
    String ids = text(meta, "interpretations");
    if (ids != null) {
      for (String id : ids.split(",")) {
        if (!id.isBlank()) {
          interpretations.add(Interpretation.valueOf(id.trim()));
        }
      }
    }
    String id = ruleSet.info().id();
    String column = text(meta, "column");
    String ruleId = text(meta, "id");
    CriteriaCell published = ruleSet.cell(indication, column);
    return new CellRule(
        ruleSet,
        rule.getName(),
        ruleId,
        indication,
        number,
        column,
        text(meta, "rating"),
        text(meta, "score"),
        text(meta, "pciRating"),
        text(meta, "pciScore"),
        text(meta, "cabgRating"),
        text(meta, "cabgScore"),
        Collections.unmodifiableList(interpretations),
        ruleSet.info().procedures().contains("PCI")
            ? Interpretation.Domain.REVASCULARIZATION
            : Interpretation.Domain.IMAGING,
        "true".equals(text(meta, "timeCritical")),
        id + "/" + indication,
        id + "/" + indication + "/" + column,
        published,
        description(published, rule.getName()),
        citation(ruleSet.info(), published, indication));
  }

  /**
   * The published wording; where the source lacks it (method rows 62-67), the rule's own wording,
   * which states the project's interpretation.
   */
  private static String description(CriteriaCell published, String ruleName) {
    if (published != null && published.publishedWording() != null) {
      return published.publishedWording();
    }
    int space = ruleName.indexOf(' ');
    String wording = space > 0 ? ruleName.substring(space + 1) : ruleName;
    return "The published wording of this row is not available; the criteria are read as: "
        + wording;
  }

  /**
   * The document, table and item, as a finding cites them: an ACR variant
   * "dyspnea-suspected-cardiac-origin/2" is variant 2 of its topic.
   */
  private static String citation(RuleSetInfo info, CriteriaCell published, String indication) {
    String table = published == null ? "" : ", " + published.tableShortName();
    return info.citation()
        + table
        + ", "
        + info.itemName()
        + " "
        + indication.substring(indication.lastIndexOf('/') + 1);
  }

  private static String text(Map<String, Object> meta, String key) {
    Object value = meta.get(key);
    return value == null ? null : value.toString();
  }

  /**
   * A row that rates the requested procedure (as opposed to a method row comparing PCI and CABG).
   */
  boolean isRating() {
    return rating != null;
  }

  Tier tier() {
    return Tier.ofRating(rating);
  }
}
