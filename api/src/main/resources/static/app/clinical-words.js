// SPDX-License-Identifier: Apache-2.0
// The one place where the reviewer's workbench and the requester's page turn the service's codes into clinical words:
// the case format's fields and values, the categories an evaluation derives, outcomes and ratings, the review's and
// the request's states, decisions (what each one decides), alternatives and the steps of a request's history.
// A code without words here is shown in lower case without underscores, never as is.

const SEGMENT = {
  LEFT_MAIN: 'left main', LAD_PROXIMAL: 'proximal LAD', LAD_MID: 'mid LAD', LAD_DISTAL: 'distal LAD',
  DIAGONAL: 'diagonal branch', LCX_PROXIMAL: 'proximal circumflex', LCX_DISTAL: 'distal circumflex',
  OBTUSE_MARGINAL: 'obtuse marginal branch', RAMUS: 'ramus intermedius', RCA_PROXIMAL: 'proximal RCA',
  RCA_MID: 'mid RCA', RCA_DISTAL: 'distal RCA', PDA: 'posterior descending artery', PLV: 'posterolateral branch',
  LAD: 'LAD territory', LCX: 'circumflex territory', RCA: 'RCA territory',
};

export const PROCEDURE = {
  PCI: 'PCI (coronary stent)', CABG: 'CABG (bypass surgery)', CORONARY_ANGIOGRAPHY: 'coronary angiography',
  EXERCISE_ECG: 'exercise ECG', STRESS_SPECT_MPI: 'stress SPECT perfusion imaging',
  STRESS_PET_MPI: 'stress PET perfusion imaging', STRESS_ECHO: 'stress echocardiography',
  STRESS_CMR: 'stress cardiac MRI', CCTA: 'coronary CT angiography', CAC_SCORING: 'coronary calcium scoring',
};

const RISK = {LOW: 'low risk', INTERMEDIATE: 'intermediate risk', HIGH: 'high risk', EQUIVOCAL: 'equivocal'};
const LEVEL = {LOW: 'low', INTERMEDIATE: 'intermediate', HIGH: 'high'};
const MODALITY = {
  EXERCISE_ECG: 'exercise ECG', SPECT_MPI: 'SPECT perfusion imaging', PET_MPI: 'PET perfusion imaging',
  STRESS_ECHO: 'stress echocardiography', STRESS_CMR: 'stress cardiac MRI',
};
const SETTING = {STABLE: 'stable ischemic heart disease', UNSTABLE_ANGINA: 'unstable angina', NSTEMI: 'NSTEMI',
  STEMI: 'STEMI'};
const QUESTION = {CHEST_PAIN_EVALUATION: 'evaluation of chest pain', SURVEILLANCE: 'surveillance',
  VIABILITY: 'myocardial viability', GRAFT_PATENCY: 'graft patency', PREOPERATIVE: 'before surgery',
  OTHER: 'other question'};
const SYMPTOMS = {NONE: 'no symptoms', LIKELY_ANGINAL: 'likely anginal', LESS_LIKELY_ANGINAL: 'less likely anginal',
  DYSPNEA: 'dyspnea'};
const CONDITION = {CAD: 'coronary artery disease', ACS: 'acute coronary syndrome',
  NONSPECIFIC_CHEST_PAIN: 'nonspecific chest pain', HEART_FAILURE: 'heart failure',
  VALVULAR_HEART_DISEASE: 'valvular heart disease', ARRHYTHMIA: 'arrhythmia', PERICARDIAL_DISEASE: 'pericardial disease',
  ARRHYTHMOGENIC_CARDIOMYOPATHY: 'arrhythmogenic cardiomyopathy',
  INFILTRATIVE_MYOCARDIAL_DISEASE: 'infiltrative myocardial disease',
  HYPERTROPHIC_CARDIOMYOPATHY: 'hypertrophic cardiomyopathy',
  ACUTE_SUBACUTE_MYOCARDIAL_DISEASE: 'acute or subacute myocardial disease'};
const HEART_FAILURE = {SUSPECTED_NEW_ONSET: 'suspected new onset', NEW_ONSET_EF_UNDETERMINED:
  'new onset, ejection fraction not yet known', NEW_ONSET_HFREF: 'new onset with reduced ejection fraction',
  ESTABLISHED: 'established'};

/** Words of the values of each case field (list positions left out of the path). */
const CASE_VALUES = {
  'patient.sex': {male: 'male', female: 'female', other: 'other', unknown: 'unknown'},
  'request.procedure': PROCEDURE,
  'request.urgency': {ELECTIVE: 'elective', URGENT: 'urgent', EMERGENT: 'emergency'},
  'request.targets': SEGMENT,
  'presentation.setting': SETTING,
  'presentation.ccsClass': {0: 'no angina', 1: 'CCS class I', 2: 'CCS class II', 3: 'CCS class III',
    4: 'CCS class IV'},
  'presentation.reperfusion': {NONE: 'none', FIBRINOLYSIS_SUCCESSFUL: 'successful fibrinolysis',
    FIBRINOLYSIS_FAILED: 'failed fibrinolysis', PRIMARY_PCI: 'primary PCI'},
  'therapy.antianginalClasses': {BETA_BLOCKER: 'beta-blocker', CALCIUM_CHANNEL_BLOCKER: 'calcium channel blocker',
    LONG_ACTING_NITRATE: 'long-acting nitrate', RANOLAZINE: 'ranolazine', OTHER: 'other anti-anginal drug'},
  'stressTests.modality': MODALITY,
  'stressTests.riskCategory': RISK,
  'stressTests.findings.perfusionDefect': {NONE: 'none', SMALL: 'small', MODERATE: 'moderate', LARGE: 'large'},
  'anatomy.source': {INVASIVE_ANGIOGRAPHY: 'invasive angiography', CCTA: 'coronary CT angiography', OTHER: 'other'},
  'anatomy.lesions.segment': SEGMENT,
  'priorCabg.grafts.conduit': {SVG: 'saphenous vein graft', LIMA: 'left internal mammary artery',
    RIMA: 'right internal mammary artery', RADIAL: 'radial artery'},
  'priorCabg.grafts.target': SEGMENT,
  'priorPci.segment': SEGMENT,
  'priorImaging.procedure': PROCEDURE,
  'imaging.question': QUESTION,
  'imaging.cadProbability': LEVEL,
  'imaging.symptoms': SYMPTOMS,
  'imaging.acuity': {ACUTE: 'acute (new or worsening, evaluated urgently)', CHRONIC: 'chronic'},
  'imaging.suspectedCondition': CONDITION,
  'imaging.acsProbability': LEVEL,
  'imaging.heartFailureStatus': HEART_FAILURE,
};

/** Labels of the case fields (list positions left out of the path). */
const CASE_LABELS = {
  caseId: 'Case reference', asOf: 'Date of the request',
  patient: 'Patient', 'patient.ageYears': 'Age', 'patient.sex': 'Sex', 'patient.diabetes': 'Diabetes',
  'patient.silentIschemiaRisk': 'High risk of silent ischemia',
  request: 'Request', 'request.procedure': 'Requested procedure', 'request.urgency': 'Urgency',
  'request.targets': 'Target segments', 'request.requester': 'Requesting clinician',
  'request.requester.id': 'Requesting clinician (identifier)', 'request.requester.name': 'Requesting clinician',
  'request.facility': 'Facility', 'request.facility.id': 'Facility (identifier)', 'request.facility.name': 'Facility',
  'request.codes': 'Procedure codes',
  presentation: 'Presentation', 'presentation.setting': 'Clinical setting', 'presentation.ccsClass': 'Angina (CCS class)',
  'presentation.hoursSinceSymptomOnset': 'Hours since symptom onset',
  'presentation.cardiogenicShock': 'Cardiogenic shock', 'presentation.severeHeartFailure': 'Severe heart failure',
  'presentation.persistentIschemicSymptoms': 'Persistent ischemic symptoms',
  'presentation.hemodynamicInstability': 'Hemodynamic instability',
  'presentation.electricalInstability': 'Electrical instability', 'presentation.timiRiskScore': 'TIMI risk score',
  'presentation.reperfusion': 'Reperfusion so far',
  'presentation.duringIndexHospitalization': 'During the index hospitalization',
  therapy: 'Anti-anginal therapy', 'therapy.antianginalClasses': 'Anti-anginal drug classes taken',
  stressTests: 'Noninvasive stress test', 'stressTests.modality': 'Modality', 'stressTests.date': 'Date',
  'stressTests.riskCategory': 'Reported risk', 'stressTests.findings': 'Findings',
  'stressTests.findings.dukeTreadmillScore': 'Duke treadmill score', 'stressTests.findings.restLvef': 'Rest LVEF',
  'stressTests.findings.exerciseLvef': 'Exercise LVEF', 'stressTests.findings.perfusionDefect': 'Perfusion defect',
  'stressTests.findings.multipleModerateDefects': 'Multiple moderate defects',
  'stressTests.findings.lvDilation': 'LV dilation with stress',
  'stressTests.findings.increasedLungUptake': 'Increased lung uptake',
  'stressTests.findings.wallMotionSegmentsAtLowDose': 'Wall-motion segments abnormal at low dose',
  'stressTests.findings.extensiveIschemia': 'Extensive ischemia',
  anatomy: 'Coronary anatomy', 'anatomy.source': 'Source', 'anatomy.date': 'Date', 'anatomy.lesions': 'Lesions',
  'anatomy.lesions.segment': 'Segment', 'anatomy.lesions.stenosisPercent': 'Stenosis',
  'anatomy.lesions.ffr': 'FFR', 'anatomy.lesions.ivusSignificant': 'Significant on IVUS',
  'anatomy.lesions.chronicTotalOcclusion': 'Chronic total occlusion', 'anatomy.lesions.culprit': 'Culprit lesion',
  'anatomy.syntaxScore': 'SYNTAX score',
  lvef: 'LVEF',
  priorCabg: 'Prior CABG', 'priorCabg.date': 'Date of CABG', 'priorCabg.grafts': 'Grafts',
  'priorCabg.grafts.conduit': 'Conduit', 'priorCabg.grafts.target': 'Target',
  'priorCabg.grafts.stenosisPercent': 'Worst stenosis',
  priorPci: 'Prior PCI', 'priorPci.date': 'Date', 'priorPci.segment': 'Segment', 'priorPci.highRisk': 'High-risk PCI',
  incompleteRevascularization: 'Incomplete revascularization',
  priorImaging: 'Prior cardiac imaging', 'priorImaging.procedure': 'Test', 'priorImaging.date': 'Date',
  imaging: 'Imaging request', 'imaging.question': 'Clinical question', 'imaging.cadProbability':
    'Pretest probability of coronary disease', 'imaging.symptoms': 'Symptoms', 'imaging.acuity': 'Acuity',
  'imaging.suspectedCondition': 'Suspected condition', 'imaging.acsProbability': 'Probability of an ACS',
  'imaging.ischemiaExcluded': 'Ischemia already excluded', 'imaging.heartFailureStatus': 'Heart failure',
  'imaging.newOrWorseningSymptoms': 'New or worsening symptoms since the last test',
};

/** What one item of a list is called ("Lesion 2"). */
const ITEM = {'anatomy.lesions': 'Lesion', 'priorCabg.grafts': 'Graft', stressTests: 'Stress test',
  priorPci: 'Prior PCI', priorImaging: 'Prior imaging test', 'request.codes': 'Code'};

/** Units shown after a number. */
const UNIT = {'anatomy.lesions.stenosisPercent': '%', 'priorCabg.grafts.stenosisPercent': '%', lvef: '%',
  'stressTests.findings.restLvef': '%', 'stressTests.findings.exerciseLvef': '%', 'patient.ageYears': ' years',
  'presentation.hoursSinceSymptomOnset': ' h'};

/** "anatomy.lesions[1].ffr" -> "anatomy.lesions.ffr" */
export function shape(path) {
  return String(path).replace(/\[\d*\]/g, '');
}

/** A code in words when nothing better is known: LCX_PROXIMAL -> "lcx proximal". */
export function plain(code) {
  return String(code).replace(/_/g, ' ').toLowerCase();
}

/** A label inside a sentence: "Stenosis" -> "stenosis", but "FFR" stays "FFR". */
export function lowerFirst(label) {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** A case field's own label, without its list position: "anatomy.lesions[0].ffr" -> "FFR". */
export function shortLabel(path) {
  const key = shape(path);
  return CASE_LABELS[key] || plain(key.split('.').pop().replace(/([A-Z])/g, ' $1'));
}

/** A case field's label, with its list position: "anatomy.lesions[0].ffr" -> "Lesion 1: FFR". */
export function fieldLabel(path) {
  const parts = [];
  let prefix = '';
  let label = null;
  for (const step of String(path).split('.')) {
    const m = /^([A-Za-z0-9]+)((?:\[\d*\])*)$/.exec(step);
    if (!m) return plain(path);
    prefix = prefix ? prefix + '.' + m[1] : m[1];
    const index = /\[(\d+)\]/.exec(m[2]);
    if (index && ITEM[prefix]) {
      parts.push(`${ITEM[prefix]} ${Number(index[1]) + 1}`);
      label = null;
    } else {
      label = CASE_LABELS[prefix] || plain(m[1].replace(/([A-Z])/g, ' $1'));
    }
  }
  if (label) parts.push(parts.length ? lowerFirst(label) : label);
  return parts.join(': ');
}

/** A value of a case field in words ("proximal circumflex", "85%", "yes", "none documented"). */
export function valueWords(path, value) {
  const key = shape(path);
  if (value === undefined || value === null) return 'not documented';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    if (value.every(v => typeof v !== 'object')) return value.map(v => valueWords(key, v)).join(', ');
    return value.map((v, i) => (ITEM[key] ? `${ITEM[key]} ${i + 1}: ` : '') + valueWords(key, v)).join('; ');
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') {
    return Object.entries(value).filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${lowerFirst(shortLabel(key + '.' + k))} ${valueWords(key + '.' + k, v)}`)
      .join(', ');
  }
  const words = CASE_VALUES[key];
  if (words && words[value] !== undefined) return words[value];
  if (typeof value === 'number') return value + (UNIT[key] || '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value + 'T12:00:00').toLocaleDateString([], {dateStyle: 'medium'});
  return /^[A-Z][A-Z0-9_]+$/.test(value) ? plain(value) : String(value);
}

/** The schema's allowed values of a field, in words, for a choice list. */
export function choices(path, values) {
  return values.map(v => ({value: v, words: valueWords(path, v)}));
}

// ---- the evaluation ----

export const OUTCOME = {
  CLEAR: 'Meets the criteria: no second review needed',
  SECOND_REVIEW: 'Held for a second review by another clinician',
  PEND: 'Cannot be rated yet: data that could change the rating are missing',
  NO_DELAY: 'Emergency: proceeds without delay',
};

export const TIER = {
  APPROPRIATE: 'appropriate', MAY_BE_APPROPRIATE: 'may be appropriate', RARELY_APPROPRIATE: 'rarely appropriate',
  NOT_RATED: 'not rated by the criteria', NO_CRITERIA_APPLY: 'not covered by any published criterion',
};

/** The rule sets by name (their ids appear in the engine's reason texts). */
const RULE_SETS = {
  'revasc-auc-2012': 'the 2012 coronary revascularization appropriate use criteria',
  'imaging-ccd-auc-2023': 'the 2023 multimodality imaging criteria for chronic coronary disease',
  'acr-cardiac': 'the ACR Appropriateness Criteria for cardiac imaging',
  'review-policy-default': 'the review policy',
};

/** An engine text with rule-set identifiers named in words. */
export function named(text) {
  let out = String(text || '');
  for (const [id, name] of Object.entries(RULE_SETS)) out = out.split(id).join(name);
  return out;
}

export function ruleSetName(id) {
  return RULE_SETS[id] || id;
}

const DERIVED_LABELS = {
  setting: 'Clinical setting', symptomColumn: 'Symptoms', diseasedVessels: 'Diseased vessels',
  proximalLad: 'Proximal LAD involved', leftMain: 'Left main disease', chronicTotalOcclusion: 'Chronic total occlusion',
  vesselsIncludingBorderline: 'Vessels, counting borderline lesions', borderlineWithoutFfr: 'Borderline lesion without FFR',
  borderlineFfrSignificant: 'Borderline lesion significant by FFR',
  borderlineFfrNotSignificant: 'Borderline lesion not significant by FFR', noninvasiveRisk: 'Noninvasive test',
  noninvasiveTestModality: 'Test used', noninvasiveTestDate: 'Date of the test', therapy: 'Anti-ischemic therapy',
  lvFunction: 'LV function', lvef: 'LVEF', cadBurden: 'Coronary disease burden', syntaxScore: 'SYNTAX score',
  priorCabg: 'Prior CABG', svgDisease: 'Vein graft disease', allGraftsPatent: 'All grafts patent',
  ungraftedNativeDisease: 'Ungrafted native-vessel disease', stemiTiming: 'Time from STEMI onset',
  instability: 'Hemodynamic or electrical instability', acsRisk: 'Risk of the acute coronary syndrome',
  cardiogenicShock: 'Cardiogenic shock', reperfusion: 'Reperfusion so far', targetRelation: 'Target artery',
  targetSpan: 'Arteries treated', hospitalPhase: 'Timing', imagingSymptoms: 'Symptoms',
  imagingQuestion: 'Clinical question', cadProbability: 'Pretest probability of coronary disease',
  suspectedCondition: 'Suspected condition', acuity: 'Acuity', acsProbability: 'Probability of an ACS',
  ischemiaStatus: 'Ischemia', heartFailureStatus: 'Heart failure', timeSinceCabg: 'Time since CABG',
  timeSincePci: 'Time since PCI', priorRevascularization: 'Prior revascularization',
  daysSinceSameTest: 'Days since the same test',
};

const DERIVED_VALUES = {
  setting: SETTING, noninvasiveTestModality: MODALITY, imagingQuestion: QUESTION, imagingSymptoms: SYMPTOMS,
  cadProbability: LEVEL, acsProbability: LEVEL, suspectedCondition: CONDITION, heartFailureStatus: HEART_FAILURE,
  symptomColumn: {ASYMPTOMATIC: 'asymptomatic', CCS_I_II: 'angina CCS class I-II', CCS_III_IV: 'angina CCS class III-IV'},
  noninvasiveRisk: {NONE_PERFORMED: 'none performed', ...RISK},
  therapy: {NONE_OR_MINIMAL: 'none or minimal (0-1 drug class)', MAXIMAL: 'maximal (2 or more drug classes)'},
  lvFunction: {NORMAL: 'normal (LVEF 50% or more)', DEPRESSED: 'depressed (LVEF below 50%)'},
  cadBurden: LEVEL, acsRisk: LEVEL,
  stemiTiming: {WITHIN_12H: 'within 12 hours', FROM_12_TO_24H: '12 to 24 hours', AFTER_24H: 'more than 24 hours'},
  instability: {PRESENT: 'present', ABSENT: 'absent'},
  reperfusion: CASE_VALUES['presentation.reperfusion'],
  targetRelation: {CULPRIT: 'culprit artery', NON_CULPRIT: 'non-culprit artery'},
  targetSpan: {SINGLE_ARTERY: 'one artery', MULTIPLE_ARTERIES: 'several arteries'},
  hospitalPhase: {INDEX_HOSPITALIZATION: 'during the index hospitalization',
    AFTER_INDEX_HOSPITALIZATION: 'after the index hospitalization'},
  acuity: CASE_VALUES['imaging.acuity'],
  ischemiaStatus: {EXCLUDED: 'already excluded', NOT_EXCLUDED: 'not excluded'},
  timeSinceCabg: {NONE: 'no prior CABG', UNDER_5_YEARS: 'under 5 years', FIVE_YEARS_OR_MORE: '5 years or more'},
  timeSincePci: {NONE: 'no prior PCI', UNDER_2_YEARS: 'under 2 years', TWO_YEARS_OR_MORE: '2 years or more'},
};

/** A derived category: [label, value in words]. */
export function derivedWords(key, value) {
  const label = DERIVED_LABELS[key] || plain(key.replace(/([A-Z])/g, '_$1'));
  let words;
  if (typeof value === 'boolean') words = value ? 'yes' : 'no';
  else if (DERIVED_VALUES[key] && DERIVED_VALUES[key][value] !== undefined) words = DERIVED_VALUES[key][value];
  else if (key === 'lvef') words = value + '%';
  else if (key === 'noninvasiveTestDate') words = valueWords('asOf', value);
  else words = typeof value === 'string' ? plain(value) : String(value);
  return [label, words];
}

/** The case fields that document each derived category (what a reviewer may ask for). */
export const DOCUMENTED_BY = {
  setting: 'presentation.setting', symptomColumn: 'presentation.ccsClass', therapy: 'therapy.antianginalClasses',
  noninvasiveRisk: 'stressTests', diseasedVessels: 'anatomy.lesions', proximalLad: 'anatomy.lesions',
  leftMain: 'anatomy.lesions', chronicTotalOcclusion: 'anatomy.lesions', borderlineWithoutFfr: 'anatomy.lesions',
  lvFunction: 'lvef', syntaxScore: 'anatomy.syntaxScore', cadBurden: 'anatomy.syntaxScore',
  priorCabg: 'priorCabg', svgDisease: 'priorCabg.grafts', allGraftsPatent: 'priorCabg.grafts',
  stemiTiming: 'presentation.hoursSinceSymptomOnset', acsRisk: 'presentation.timiRiskScore',
  instability: 'presentation.hemodynamicInstability', imagingSymptoms: 'imaging.symptoms',
  imagingQuestion: 'imaging.question', cadProbability: 'imaging.cadProbability',
  suspectedCondition: 'imaging.suspectedCondition', acuity: 'imaging.acuity', heartFailureStatus:
    'imaging.heartFailureStatus', timeSincePci: 'priorPci', targetRelation: 'anatomy.lesions',
};

/** A finding's rating in words: "rarely appropriate (score 2 of 9)". */
export function ratingWords(finding) {
  const tier = TIER[finding.tier] || plain(finding.tier || '');
  return finding.score ? `${tier} (score ${finding.score} of 9)` : tier;
}

// ---- the request and its review ----

/** Where a request stands, for the requester and the reviewer. */
export const STATUS = {
  CLEAR: 'Meets the criteria: no review needed',
  PEND: 'Waiting for missing data',
  SECOND_REVIEW: 'In second review',
  NO_DELAY: 'Emergency: proceeding, reviewed afterwards',
  INFO_REQUESTED: 'More information requested',
  APPROVED: 'Approved after second review',
  NOT_APPROVED: 'Not approved',
};

export const REVIEW_STATUS = {
  OPEN: 'Waiting for a reviewer', CLAIMED: 'Being reviewed', INFO_REQUESTED: 'Waiting for the requester',
  DECIDED: 'Decided', CANCELLED: 'Closed: no longer needed',
};

export const KIND = {
  PROSPECTIVE: 'Before the procedure: a patient is waiting',
  RETROSPECTIVE: 'After the fact: an emergency already treated',
};

/** What each decision decides, said on its button; a retrospective review judges care already given. */
export function decisionWords(decision, kind) {
  const after = kind === 'RETROSPECTIVE';
  return {
    CONCUR: after ? 'Confirm the emergency procedure was appropriate' : 'Approve the request as submitted',
    OVERTURN: after ? 'Find it not appropriate and name the alternative'
      : 'Do not approve: recommend an alternative',
    REQUEST_INFO: 'Ask the requester for more information',
  }[decision] || plain(decision);
}

/** A decision as it reads in a message or the history. */
export const DECIDED = {CONCUR: 'approved the request', OVERTURN: 'did not approve the request',
  REQUEST_INFO: 'asked for more information'};

export const ALTERNATIVE = {
  PCI: 'PCI (coronary stent)', CABG: 'CABG (bypass surgery)', MEDICAL_THERAPY: 'optimal medical therapy',
  HEART_TEAM_EVALUATION: 'heart team evaluation', DIFFERENT_TEST: 'a different test', NO_TEST: 'no test at this time',
  OTHER: 'another option (see the rationale)',
};

export const STEP = {
  SCREENING_CREATED: 'Request submitted', CASE_UPDATED: 'New version of the case supplied',
  SCREENING_STATUS_CHANGED: 'Status changed', REVIEW_CREATED: 'Held for a second review',
  REVIEW_CLAIMED: 'Claimed', REVIEW_RELEASED: 'Released to the queue',
  REVIEW_RELEASED_IDLE: 'Released to the queue: claim left idle', REVIEW_REASSIGNED: 'Reassigned',
  REVIEW_INFO_REQUESTED: 'More information requested', REVIEW_UPDATED: 'Review follows the new version',
  REVIEW_DECIDED: 'Decided', REVIEW_CANCELLED: 'Review closed: the new version needs none',
};

export const ROLE = {REQUESTER: 'requester', REVIEWER: 'reviewer', AUDITOR: 'auditor', ADMIN: 'administrator',
  CLINICIAN: 'clinician'};
