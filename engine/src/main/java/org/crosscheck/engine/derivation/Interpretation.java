// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

/**
 * Every interpretation of a criterion that is not published text, in one place. Each one is named
 * in the output of an evaluation that relies on it (in the findings), so that a reviewer sees where
 * the project chose a reading. Sources:
 * rules/src/main/resources/criteria/revasc-2012/definitions.md ("Resolved interpretations").
 */
public enum Interpretation {
  SIGNIFICANT_STENOSIS(
      "Significant stenosis: >=70% of a non-left-main vessel or >=50% of the left main, or FFR <= 0.80 / significant"
          + " IVUS; FFR > 0.80 or non-significant IVUS makes a 50-69% lesion not significant; a >=70% lesion stays"
          + " significant whatever the FFR says"),
  BORDERLINE_50_60(
      "Borderline stenosis (indications 21-23): a non-left-main lesion of 50-60% inclusive"),
  LESION_61_69_UNEVALUATED_IGNORED(
      "A 61-69% lesion without FFR or IVUS is neither significant nor borderline and is ignored (with a warning)"),
  CTO_DURATION_ASSERTED(
      "Chronic total occlusion: chronicTotalOcclusion=true is taken as a 100% occlusion of >3 months' duration;"
          + " 'without other stenoses' means no other lesion >=50% and no other significant lesion"),
  ABNORMAL_LV_BELOW_50(
      "LV systolic function: LVEF >= 50% is normal, below 50% abnormal/depressed (from the case-level lvef, else the"
          + " test's rest LVEF)"),
  NONINVASIVE_RISK_FROM_FINDINGS(
      "Noninvasive risk: Table A2 findings map to a category and the highest category reached wins over the"
          + " reported one"),
  MOST_RECENT_TEST("The noninvasive test used is the most recent one dated on or before asOf"),
  UNDATED_TEST_RECENCY(
      "A noninvasive test without a date was done before asOf, its recency unknown: it may be the one used, which"
          + " matters only when its result differs from the most recent dated test"),
  THERAPY_CLASS_COUNT(
      "Anti-ischemic therapy: no or minimal = 0-1 anti-anginal drug class; maximal = 2 or more classes"
          + " (SCAI app wording)"),
  UNSTABLE_ACS_FLAGS(
      "ACS instability: present when any presence flag (shock, severe HF, persistent ischemic symptoms,"
          + " hemodynamic or electrical instability) is documented true; absent only when all are documented false"),
  ASYMPTOMATIC_ACS_NO_INSTABILITY(
      "'Asymptomatic; no ...' in indications 3, 5, 6 and 7: no presence flag documented true, and the flags the row"
          + " names documented false (row 3: persistent ischemic symptoms, hemodynamic and electrical instability;"
          + " rows 5-7: severe heart failure, persistent ischemic symptoms, electrical instability)"),
  STEMI_TIMING_BOUNDARIES(
      "STEMI timing: exactly 12 h is '<= 12 h'; 12 < h <= 24 is 12-24 h; > 24 h only row 3"),
  ROWS_1_3_BEFORE_REPERFUSION(
      "Indications 1-3 concern a culprit not yet successfully reperfused (no reperfusion or failed fibrinolysis);"
          + " after successful fibrinolysis rows 4-7 apply, after primary PCI rows 7-8"),
  REPERFUSION_ABSENT_NONE("presentation.reperfusion absent means NONE"),
  CULPRIT_PRESUMED(
      "Before reperfusion, the requested targets are presumed to include the culprit artery unless a lesion is"
          + " marked culprit and no target lies in its artery"),
  NON_CULPRIT_AFTER_REPERFUSION(
      "After primary PCI or successful fibrinolysis (indications 7-8), targets that include no segment of a lesion"
          + " marked culprit are read as non-culprit arteries"),
  TIMI_RISK_BANDS(
      "UA/NSTEMI risk: TIMI 0-2 low, 3-4 intermediate, 5-7 high; any presence flag or shock documented true makes it"
          + " high; indications 9-11 apply when the targets are not stated or lie in one coronary artery"),
  MULTIPLE_ARTERIES_ROW_12(
      "Indication 12 applies when request.targets span two or more coronary arteries"),
  CULPRIT_PCI_INDICATION_8(
      "Indication 8 ('successful PCI of the culprit artery') is read from reperfusion = PRIMARY_PCI, also for"
          + " NSTEMI; 'recurrent ischemia' is persistentIschemicSymptoms documented true"),
  GRAFT_SIGNIFICANT_70(
      "Grafts: a graft lesion >= 70% is significant; rows 50-55 need a significant SVG lesion, rows 56-61 need"
          + " every graft below 70% and a significant native lesion in a territory that no graft reaches"),
  LEFT_MAIN_PROTECTED(
      "A left main lesion is protected when a graft reaches the LAD or circumflex territory"),
  ROWS_56_61_THERAPY_ROUTING(
      "The source lacks the medical-therapy wording of rows 56-61: no/minimal therapy routes to the even rows,"
          + " maximal therapy to the odd ones (SCAI app routing)"),
  ROWS_42_43_THERAPY_ROUTING(
      "Rows 42-43 lack the medical-therapy wording: no/minimal therapy routes to 42, maximal to 43 (SCAI app"
          + " routing); both require normal LV systolic function"),
  METHOD_ROWS_WORDING(
      "Method rows 62-67 (wording not in any available source): 62 two territories with proximal LAD; 63 three"
          + " vessels, SYNTAX <= 22, no CTO; 64 three vessels with SYNTAX >= 23 or a CTO; 65 left main alone; 66 left"
          + " main plus 1-2 territories, SYNTAX <= 22, no CTO; 67 left main plus three territories, a CTO or SYNTAX"
          + " >= 23; stable patients without prior CABG only"),
  IMAGING_SYMPTOMS_FROM_CCS(
      "Imaging criteria: asymptomatic is imaging.symptoms NONE; when absent, CCS class 0 (asymptomatic) and a CCS"
          + " class above 0 anginal symptoms"),
  IMAGING_INTERVALS(
      "Time since CABG and PCI is counted by anniversary to asOf: exactly 5 years after CABG counts as '> 5 y',"
          + " exactly 2 years after PCI as '> 2 y'; with several PCIs the most recent dated one decides"),
  IMAGING_FLAG_SCENARIOS(
      "2023 imaging scenarios 39, 40 and 45 apply to a surveillance question when incompleteRevascularization,"
          + " priorPci[].highRisk or patient.silentIschemiaRisk is documented true; without them they do not apply"),
  ACR_VARIANT_SELECTION(
      "ACR variants are chosen from imaging.question, symptoms, cadProbability and the optional fields acuity,"
          + " suspectedCondition, acsProbability, ischemiaExcluded and heartFailureStatus"
          + " (criteria/imaging/acr-variant-selection.csv); a request that fits no variant gets no ACR finding"),
  ACR_ASYMPTOMATIC_RISK(
      "ACR 'Asymptomatic patient at risk': the ACR risk category is read from imaging.cadProbability, and the"
          + " topic applies only without a prior CABG or PCI"),
  ACR_POSSIBLE_ACS_HIGH(
      "ACR 'Chest pain, possible ACS', high probability: also applies to diagnosed unstable angina and NSTEMI, not"
          + " to STEMI"),
  ACR_SEVERAL_PROCEDURES(
      "Where an ACR variant rates several published procedures that map to one request type (e.g. stress MRI with"
          + " inotropic or vasodilator stress), every one is reported and the least favourable decides"),
  COLUMN_UNKNOWN_SAME_RATING(
      "The symptom column (CCS class) is not documented, but the indication has the same letter in every column"
          + " the case could be in: the finding names the indication without a column (and without a score where the"
          + " columns' scores differ)"),
  ANATOMY_PATTERN_WHAT_IF(
      "When the lesions are not documented, the what-if considers representative anatomies: no significant disease,"
          + " one or two vessels with or without the proximal LAD, three vessels, left main alone or with other"
          + " territories, a single CTO, a borderline stenosis without FFR, with FFR <= 0.80 or above 0.80");

  /**
   * The criteria an interpretation concerns: a finding names the case-level interpretations of its
   * own domain.
   */
  public enum Domain {
    REVASCULARIZATION,
    IMAGING
  }

  private final String text;
  private final Domain domain;

  Interpretation(String text) {
    this.text = text;
    this.domain =
        name().startsWith("IMAGING_") || name().startsWith("ACR_")
            ? Domain.IMAGING
            : Domain.REVASCULARIZATION;
  }

  public Domain domain() {
    return domain;
  }

  public String id() {
    return name();
  }

  public String text() {
    return text;
  }
}
