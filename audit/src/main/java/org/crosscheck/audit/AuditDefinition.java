// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

/**
 * Every choice the audit makes in grouping and testing cases, in one place. Each is written into
 * {@code summary.json} and the report, so an auditor reads what a rate or a flag means before
 * trusting it.
 */
public enum AuditDefinition {
  ACUTE_SPLIT(
      "Acute = PCI or CABG with presentation.setting STEMI, NSTEMI or UNSTABLE_ANGINA; nonacute = STABLE"
          + " (the registry studies' acute group also asks high-risk features of unstable angina, which a case need"
          + " not carry); a revascularization without a setting is counted apart as SETTING_NOT_RECORDED"),
  IMAGING_GROUP(
      "IMAGING = every request that is not PCI or CABG: stress tests, CCTA, CMR, CAC scoring and diagnostic"
          + " coronary angiography"),
  RARELY_APPROPRIATE_RATE(
      "A rarely appropriate rate is the share of RARELY_APPROPRIATE (2012 'Inappropriate', ACR 'Usually not"
          + " appropriate') among cases with a rating tier (APPROPRIATE, MAY_BE_APPROPRIATE, RARELY_APPROPRIATE);"
          + " NOT_RATED, NO_CRITERIA_APPLY and pending cases are outside the denominator, as the registry studies"
          + " leave out cases that cannot be mapped"),
  WILSON_INTERVALS("95% confidence intervals of proportions are Wilson score intervals"),
  PROVIDER_OUTLIERS(
      "Providers are tested on their nonacute revascularizations with a rating tier: one-sided exact binomial test"
          + " of their rarely appropriate count against the pooled rate of all providers (their own cases included);"
          + " p-values adjusted by Benjamini-Hochberg across every tested provider; flagged when q <= 0.05."
          + " Facilities are tested the same way, apart from the providers. The pooled rate is the benchmark of the"
          + " provider and facility table. Funnel plot limits are exact binomial 95% and 99.8% limits around the"
          + " pooled rate, interpolated between the binomial quantiles (Spiegelhalter, Stat Med 2005;24:1185)"),
  QUARTER("Quarter = calendar quarter of the case's asOf (the procedure or request date)"),
  TREND_TEST(
      "Trend: Cochran-Armitage test of the nonacute rarely appropriate rate across the quarters in date order"
          + " (scores 1..k), chi-square with 1 degree of freedom"),
  AGREEMENT(
      "Agreement with recorded reviews: the engine says 'not appropriate' for tier RARELY_APPROPRIATE and"
          + " 'appropriate' for APPROPRIATE or MAY_BE_APPROPRIATE; cases without a rating tier or without"
          + " recordedReview.appropriate are left out. Cohen's kappa with the Fleiss-Cohen-Everitt (1969)"
          + " large-sample standard error and a normal 95% interval"),
  REVIEW_REASONS(
      "Top reasons for review count the reason codes of SECOND_REVIEW decisions (a case can have several)"),
  IMAGING_REVIEW(
      "Imaging requests held: the reason codes of imaging requests sent to review or pending (a case can have"
          + " several); the scenarios (procedure, clinical question, symptoms, suspected condition, prior CABG or"
          + " PCI) of the imaging requests that no criterion rates (NO_CRITERIA_APPLY or only NOT_RATED rows: a gap"
          + " in the criteria's coverage, neither the 2023 multimodality AUC Table 2.2 nor an ACR variant); and the"
          + " criteria whose rarely appropriate or may-be-appropriate rating sent imaging requests to review (a"
          + " practice pattern)"),
  GROUP_NOT_RECORDED(
      "A case without request.requester.id or request.facility.id is grouped under '"
          + AuditDefinition.NOT_RECORDED
          + "'"),
  NATIONAL_COMPARISON(
      "National figures are quoted from the published studies (criteria/published-rates.md); they are other"
          + " populations, periods and data-completeness rules: a difference is a question, not a finding");

  /** The group of cases that do not name a provider or facility. */
  public static final String NOT_RECORDED = "(not recorded)";

  private final String text;

  AuditDefinition(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
