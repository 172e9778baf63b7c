// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import java.util.List;
import java.util.Map;
import org.crosscheck.audit.stats.Agreement;
import org.crosscheck.audit.stats.Proportion;
import org.crosscheck.audit.stats.ProviderOutliers;

/**
 * {@code summary.json}: what an audit found, computed from {@link AuditAggregates} only (the CLI's
 * and the Spark job's summaries are the same document). Property order is declaration order; maps
 * are sorted.
 */
public record AuditSummary(
    Run run,
    List<Definition> definitions,
    List<Group> byCategory,
    List<Group> byProcedure,
    List<Group> byQuarter,
    List<Group> byProvider,
    List<Group> byFacility,
    Outliers providerOutliers,
    Outliers facilityOutliers,
    Trend trend,
    AgreementResult agreement,
    List<CodeCount> topReviewReasons,
    List<CodeCount> topMissingData,
    ImagingReview imagingReview,
    List<NationalComparison> national) {

  /** The run: inputs, counts (records = evaluated + rejected), engine and rule sets. */
  public record Run(
      List<String> inputs,
      long records,
      long evaluated,
      long rejected,
      Map<String, Long> rejectedByKind,
      String engineVersion,
      List<String> ruleSets) {}

  public record Definition(String id, String text) {}

  /**
   * A group of cases: outcome and tier shares of all its cases, and the rarely appropriate rate
   * among those with a rating tier. {@code category} is ALL or a {@link CaseCategory}; tier {@code
   * NONE} counts pending cases.
   */
  public record Group(
      String group,
      String category,
      long cases,
      Map<String, Proportion> outcomes,
      Map<String, Proportion> tiers,
      Proportion rarelyAppropriate) {}

  /**
   * Providers (or facilities) tested against the pooled nonacute rarely appropriate rate; the
   * funnel plot's points and limits.
   */
  public record Outliers(
      Proportion pooled,
      double fdr,
      int tested,
      int flagged,
      List<ProviderOutliers.Tested> providers,
      List<ProviderOutliers.Limit> limits) {}

  /**
   * The nonacute rarely appropriate rate by quarter and the Cochran-Armitage test (null when
   * untestable).
   */
  public record Trend(
      List<QuarterRate> quarters, Double chiSquare, Double pValue, String direction) {}

  public record QuarterRate(String quarter, Proportion rarelyAppropriate) {}

  /**
   * Agreement of the engine with recorded reviews; the table's rows are the engine, its columns the
   * reviewers.
   */
  public record AgreementResult(long[][] table, Agreement.Kappa kappa) {}

  public record CodeCount(String code, long count) {}

  /**
   * Why imaging requests are held ({@link AuditDefinition#IMAGING_REVIEW}): by reason, the
   * scenarios no criterion rates (a coverage gap of the criteria) and the criteria whose rating
   * sent requests to review (a practice pattern).
   */
  public record ImagingReview(
      long requests,
      long reviewed,
      long pending,
      List<CodeCount> reasons,
      List<ScenarioCount> unratedScenarios,
      List<CriterionCount> reviewedByCriterion) {}

  /**
   * Imaging requests of one scenario; a field is {@code -} when the request did not document it.
   */
  public record ScenarioCount(
      String procedure,
      String question,
      String symptoms,
      String suspectedCondition,
      String priorRevascularization,
      long count) {}

  /**
   * Imaging requests of one test sent to review on the rating of one criterion ({@code
   * ruleSet/criterion}).
   */
  public record CriterionCount(String criterion, String procedure, String tier, long count) {}

  /** A published figure beside the audit's own rate for the same measure. */
  public record NationalComparison(
      String id,
      String study,
      String population,
      String criteria,
      String years,
      String category,
      String measure,
      double publishedPercent,
      Double publishedLower,
      Double publishedUpper,
      Proportion audit,
      Double auditMedianPercent) {}
}
