// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.casefile.Urgency;
import org.crosscheck.engine.facts.Effect;
import org.crosscheck.engine.facts.PolicyCase;
import org.crosscheck.engine.facts.PolicySettings;
import org.crosscheck.engine.facts.ReviewTrigger;
import org.crosscheck.engine.facts.Tier;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/** The default review policy, rule by rule, with positive and negative cases. */
class ReviewPolicyTest {

  private static final KieBase POLICY = EngineKieBases.named("review-policy-default");
  private static final PolicySettings DEFAULTS =
      new PolicySettings(true, false, true, 365, List.of());

  private static List<String> codes(PolicySettings settings, PolicyCase c) {
    KieSession session = POLICY.newKieSession();
    try {
      session.insert(settings);
      session.insert(c);
      session.fireAllRules();
      List<String> codes = new ArrayList<>();
      for (Object o : session.getObjects(new ClassObjectFilter(ReviewTrigger.class))) {
        ReviewTrigger t = (ReviewTrigger) o;
        codes.add(t.code() + ":" + t.effect());
      }
      codes.sort(null);
      return codes;
    } finally {
      session.dispose();
    }
  }

  private static PolicyCase pci(Urgency urgency, Tier tier, String... criteria) {
    return new PolicyCase(
        1,
        Procedure.PCI,
        urgency,
        tier,
        List.of(criteria),
        List.of(),
        null,
        null,
        null,
        "revasc-auc-2012",
        null,
        false,
        false,
        List.of());
  }

  /** A case whose matched rows the tables mark time-critical. */
  private static PolicyCase timeCritical(Urgency urgency, String criterion) {
    return new PolicyCase(
        1,
        Procedure.PCI,
        urgency,
        Tier.APPROPRIATE,
        List.of(criterion),
        List.of(criterion),
        null,
        null,
        null,
        "revasc-auc-2012",
        null,
        false,
        false,
        List.of());
  }

  @Test
  void appropriateElectiveIsClear() {
    assertThat(codes(DEFAULTS, pci(Urgency.ELECTIVE, Tier.APPROPRIATE, "revasc-auc-2012/41")))
        .isEmpty();
  }

  @Test
  void rarelyAppropriateNoCriteriaAndNotRatedGoToReview() {
    assertThat(codes(DEFAULTS, pci(Urgency.URGENT, Tier.RARELY_APPROPRIATE, "revasc-auc-2012/14")))
        .containsExactly("RARELY_APPROPRIATE:REVIEW");
    assertThat(codes(DEFAULTS, pci(Urgency.ELECTIVE, Tier.NO_CRITERIA_APPLY)))
        .containsExactly("NO_CRITERIA_APPLY:REVIEW");
    assertThat(codes(DEFAULTS, pci(Urgency.ELECTIVE, Tier.NOT_RATED, "revasc-auc-2012/21")))
        .containsExactly("NOT_RATED:REVIEW");
  }

  @Test
  void mayBeAppropriateIsReviewedPerUrgencyAsThePayerSets() {
    assertThat(codes(DEFAULTS, pci(Urgency.ELECTIVE, Tier.MAY_BE_APPROPRIATE)))
        .containsExactly("MAY_BE_APPROPRIATE:REVIEW");
    assertThat(codes(DEFAULTS, pci(Urgency.URGENT, Tier.MAY_BE_APPROPRIATE))).isEmpty();
    PolicySettings strict = new PolicySettings(true, true, true, 365, List.of());
    assertThat(codes(strict, pci(Urgency.URGENT, Tier.MAY_BE_APPROPRIATE)))
        .containsExactly("MAY_BE_APPROPRIATE:REVIEW");
    PolicySettings lenient = new PolicySettings(false, false, true, 365, List.of());
    assertThat(codes(lenient, pci(Urgency.ELECTIVE, Tier.MAY_BE_APPROPRIATE))).isEmpty();
  }

  @Test
  void emergenciesAreNeverDelayedAndReviewedAfterTheFact() {
    assertThat(codes(DEFAULTS, timeCritical(Urgency.EMERGENT, "revasc-auc-2012/1")))
        .containsExactly("EMERGENT_REQUEST:NO_DELAY", "TIME_CRITICAL_INDICATION:NO_DELAY");
    assertThat(codes(DEFAULTS, timeCritical(Urgency.URGENT, "revasc-auc-2012/13")))
        .containsExactly("TIME_CRITICAL_INDICATION:NO_DELAY");
    assertThat(codes(DEFAULTS, pci(Urgency.URGENT, Tier.APPROPRIATE, "revasc-auc-2012/2")))
        .as("only the tables' mark makes a row time-critical")
        .isEmpty();
    assertThat(codes(DEFAULTS, pci(Urgency.URGENT, Tier.APPROPRIATE, "revasc-auc-2012/4")))
        .isEmpty();
    assertThat(codes(DEFAULTS, pci(Urgency.EMERGENT, Tier.RARELY_APPROPRIATE, "revasc-auc-2012/3")))
        .containsExactly(
            "EMERGENT_REQUEST:NO_DELAY",
            "RARELY_APPROPRIATE:REVIEW",
            "RETROSPECTIVE_REVIEW:RETROSPECTIVE_REVIEW");
  }

  @Test
  void theTablesMarkExactlyTheTimeCriticalIndications() {
    List<String> marked = new java.util.ArrayList<>();
    for (var ruleSet : org.crosscheck.engine.ruleset.RuleSetCatalog.load().criteria()) {
      ruleSet.kieBase().getKiePackage(ruleSet.info().packageName()).getRules().stream()
          .filter(r -> "true".equals(String.valueOf(r.getMetaData().get("timeCritical"))))
          .forEach(r -> marked.add(ruleSet.info().id() + "/" + r.getMetaData().get("indication")));
    }
    assertThat(marked)
        .as("STEMI <= 12 h (1), unstable STEMI 12-24 h (2), cardiogenic shock (13)")
        .containsExactlyInAnyOrder("revasc-auc-2012/1", "revasc-auc-2012/2", "revasc-auc-2012/13");
  }

  @Test
  void pciRatedBelowCabgByTheMethodRowsCallsForTheHeartTeam() {
    PolicyCase leftMain =
        new PolicyCase(
            1,
            Procedure.PCI,
            Urgency.ELECTIVE,
            Tier.APPROPRIATE,
            List.of("revasc-auc-2012/49", "revasc-auc-2012/65"),
            List.of(),
            Tier.MAY_BE_APPROPRIATE,
            Tier.APPROPRIATE,
            "revasc-auc-2012/65",
            "revasc-auc-2012",
            null,
            false,
            false,
            List.of());
    assertThat(codes(DEFAULTS, leftMain)).containsExactly("HEART_TEAM_PCI_VS_CABG:REVIEW");
    PolicyCase cabg =
        new PolicyCase(
            1,
            Procedure.CABG,
            Urgency.ELECTIVE,
            Tier.APPROPRIATE,
            List.of("revasc-auc-2012/49", "revasc-auc-2012/65"),
            List.of(),
            Tier.MAY_BE_APPROPRIATE,
            Tier.APPROPRIATE,
            "revasc-auc-2012/65",
            "revasc-auc-2012",
            null,
            false,
            false,
            List.of());
    assertThat(codes(DEFAULTS, cabg)).isEmpty();
    PolicyCase sameTier =
        new PolicyCase(
            1,
            Procedure.PCI,
            Urgency.ELECTIVE,
            Tier.APPROPRIATE,
            List.of("revasc-auc-2012/41", "revasc-auc-2012/62"),
            List.of(),
            Tier.APPROPRIATE,
            Tier.APPROPRIATE,
            "revasc-auc-2012/62",
            "revasc-auc-2012",
            null,
            false,
            false,
            List.of());
    assertThat(codes(DEFAULTS, sameTier)).isEmpty();
    assertThat(codes(new PolicySettings(true, false, false, 365, List.of()), leftMain)).isEmpty();
    assertThat(Effect.values()).hasSize(3);
  }

  @Test
  void aTargetWithoutADocumentedLesionIsReviewedAndAnEmergencyAfterTheFact() {
    PolicyCase elective =
        new PolicyCase(
            1,
            Procedure.PCI,
            Urgency.ELECTIVE,
            Tier.APPROPRIATE,
            List.of("revasc-auc-2012/41"),
            List.of(),
            null,
            null,
            null,
            "revasc-auc-2012",
            null,
            false,
            true,
            List.of("request.targets[1] RCA_MID"));
    assertThat(codes(DEFAULTS, elective)).containsExactly("TARGET_WITHOUT_LESION:REVIEW");
    PolicyCase emergent =
        new PolicyCase(
            1,
            Procedure.PCI,
            Urgency.EMERGENT,
            Tier.APPROPRIATE,
            List.of("revasc-auc-2012/1"),
            List.of(),
            null,
            null,
            null,
            "revasc-auc-2012",
            null,
            false,
            true,
            List.of("request.targets[1] RCA_MID"));
    assertThat(codes(DEFAULTS, emergent))
        .contains(
            "EMERGENT_REQUEST:NO_DELAY",
            "TARGET_WITHOUT_LESION:REVIEW",
            "RETROSPECTIVE_REVIEW:RETROSPECTIVE_REVIEW");
  }

  @Test
  void aRepeatOfTheSameImagingTestWithinTheWindowIsReviewedUnlessSymptomsChanged() {
    PolicyCase repeat =
        new PolicyCase(
            1,
            Procedure.STRESS_ECHO,
            Urgency.ELECTIVE,
            Tier.APPROPRIATE,
            List.of(),
            List.of(),
            null,
            null,
            null,
            "acr-cardiac",
            120,
            false,
            false,
            List.of());
    assertThat(codes(DEFAULTS, repeat)).containsExactly("REPEAT_TEST_WITHIN_WINDOW:REVIEW");
    PolicyCase changed =
        new PolicyCase(
            1,
            Procedure.STRESS_ECHO,
            Urgency.ELECTIVE,
            Tier.APPROPRIATE,
            List.of(),
            List.of(),
            null,
            null,
            null,
            "acr-cardiac",
            120,
            true,
            false,
            List.of());
    assertThat(codes(DEFAULTS, changed)).isEmpty();
    PolicyCase old =
        new PolicyCase(
            1,
            Procedure.STRESS_ECHO,
            Urgency.ELECTIVE,
            Tier.APPROPRIATE,
            List.of(),
            List.of(),
            null,
            null,
            null,
            "acr-cardiac",
            400,
            false,
            false,
            List.of());
    assertThat(codes(DEFAULTS, old)).isEmpty();
    assertThat(codes(new PolicySettings(true, false, true, 0, List.of()), repeat)).isEmpty();
  }
}
