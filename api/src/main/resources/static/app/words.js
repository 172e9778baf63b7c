// SPDX-License-Identifier: Apache-2.0
// The one mapping from the case format's and the evaluation's codes to clinical words. Everything the page shows
// goes through here; the codes themselves appear only on demand ("Show the codes"). The engine's own texts (reasons,
// warnings, interpretations, what-ifs) are written for developers and auditors: the page words them for clinicians
// and keeps the engine's text beside them as a code.

/** Labels of the case fields, by path with list indices written []. */
const FIELDS = {
  caseId: 'Case reference',
  asOf: 'Date of the plan',
  'patient.ageYears': 'Age (years)',
  'patient.sex': 'Sex',
  'patient.diabetes': 'Diabetes',
  'patient.silentIschemiaRisk': 'High risk of silent ischemia',
  'request.procedure': 'Requested procedure',
  'request.urgency': 'Urgency',
  'request.targets': 'Target segments',
  'request.codes': 'Procedure codes',
  'request.requester': 'Requesting clinician',
  'request.facility': 'Facility',
  'presentation.setting': 'Clinical setting',
  'presentation.ccsClass': 'Angina class (CCS)',
  'presentation.hoursSinceSymptomOnset': 'Hours since symptom onset',
  'presentation.cardiogenicShock': 'Cardiogenic shock',
  'presentation.severeHeartFailure': 'Severe heart failure',
  'presentation.persistentIschemicSymptoms': 'Persistent or recurrent ischemic symptoms',
  'presentation.hemodynamicInstability': 'Hemodynamic instability',
  'presentation.electricalInstability': 'Electrical instability (ventricular arrhythmia)',
  'presentation.timiRiskScore': 'TIMI risk score',
  'presentation.reperfusion': 'Reperfusion so far',
  'presentation.duringIndexHospitalization': 'During the index hospitalization',
  therapy: 'Anti-anginal medication',
  'therapy.antianginalClasses': 'Anti-anginal drug classes taken',
  stressTests: 'Noninvasive stress test',
  'stressTests[].modality': 'Modality',
  'stressTests[].date': 'Date of the test',
  'stressTests[].riskCategory': 'Risk reported',
  'stressTests[].findings': 'Findings',
  'stressTests[].findings.dukeTreadmillScore': 'Duke treadmill score',
  'stressTests[].findings.restLvef': 'Rest LVEF on the test (%)',
  'stressTests[].findings.exerciseLvef': 'Stress (exercise) LVEF (%)',
  'stressTests[].findings.perfusionDefect': 'Largest perfusion defect',
  'stressTests[].findings.multipleModerateDefects': 'Multiple perfusion defects of moderate size',
  'stressTests[].findings.lvDilation': 'Stress-induced LV dilation',
  'stressTests[].findings.increasedLungUptake': 'Increased lung uptake',
  'stressTests[].findings.wallMotionSegmentsAtLowDose': 'Segments with new wall-motion abnormality at low dose',
  'stressTests[].findings.extensiveIschemia': 'Extensive ischemia',
  anatomy: 'Coronary anatomy',
  'anatomy.source': 'Anatomy from',
  'anatomy.date': 'Date of the angiogram',
  'anatomy.lesions': 'Lesions',
  'anatomy.lesions[].segment': 'Segment',
  'anatomy.lesions[].stenosisPercent': 'Stenosis (%)',
  'anatomy.lesions[].ffr': 'FFR',
  'anatomy.lesions[].ivusSignificant': 'IVUS',
  'anatomy.lesions[].chronicTotalOcclusion': 'Chronic total occlusion (over 3 months)',
  'anatomy.lesions[].culprit': 'Culprit lesion',
  'anatomy.syntaxScore': 'SYNTAX score',
  lvef: 'LVEF (%)',
  priorCabg: 'Prior CABG',
  'priorCabg.date': 'Date of the CABG',
  'priorCabg.grafts': 'Grafts',
  'priorCabg.grafts[].conduit': 'Conduit',
  'priorCabg.grafts[].target': 'Graft to',
  'priorCabg.grafts[].stenosisPercent': 'Worst stenosis of the graft (%)',
  priorPci: 'Prior PCI',
  'priorPci[].date': 'Date of the PCI',
  'priorPci[].segment': 'Segment treated',
  'priorPci[].highRisk': 'High-risk PCI',
  incompleteRevascularization: 'Incomplete revascularization',
  priorImaging: 'Earlier cardiac tests',
  'priorImaging[].procedure': 'Test',
  'priorImaging[].date': 'Date of the test',
  'imaging.question': 'Clinical question',
  'imaging.symptoms': 'Symptoms',
  'imaging.cadProbability': 'Pretest probability of coronary artery disease',
  'imaging.acuity': 'Acuity',
  'imaging.suspectedCondition': 'Suspected condition',
  'imaging.acsProbability': 'Probability of an acute coronary syndrome',
  'imaging.ischemiaExcluded': 'Ischemia already excluded as the cause',
  'imaging.heartFailureStatus': 'Heart failure',
  'imaging.newOrWorseningSymptoms': 'New or worse symptoms since the last test',
};

/** Items of a list, for "Stress test 2: date of the test". */
const ITEMS = {stressTests: 'Stress test', 'anatomy.lesions': 'Lesion', 'priorCabg.grafts': 'Graft',
  priorPci: 'Prior PCI', priorImaging: 'Earlier test'};

const SEGMENTS = {
  LEFT_MAIN: 'Left main', LAD_PROXIMAL: 'Proximal LAD', LAD_MID: 'Mid LAD', LAD_DISTAL: 'Distal LAD',
  DIAGONAL: 'Diagonal', LCX_PROXIMAL: 'Proximal circumflex', LCX_DISTAL: 'Distal circumflex',
  OBTUSE_MARGINAL: 'Obtuse marginal', RAMUS: 'Ramus intermedius', RCA_PROXIMAL: 'Proximal RCA', RCA_MID: 'Mid RCA',
  RCA_DISTAL: 'Distal RCA', PDA: 'Posterior descending (PDA)', PLV: 'Posterolateral branch',
};

const PROCEDURES = {
  PCI: 'PCI (coronary stent)', CABG: 'CABG (bypass surgery)', CORONARY_ANGIOGRAPHY: 'Coronary angiography',
  EXERCISE_ECG: 'Exercise ECG', STRESS_SPECT_MPI: 'Stress SPECT myocardial perfusion',
  STRESS_PET_MPI: 'Stress PET myocardial perfusion', STRESS_ECHO: 'Stress echocardiography',
  STRESS_CMR: 'Stress cardiac MRI', CCTA: 'Coronary CT angiography', CAC_SCORING: 'Coronary calcium score (CT)',
};

const LOW_INTERMEDIATE_HIGH = {LOW: 'Low', INTERMEDIATE: 'Intermediate', HIGH: 'High'};

/** Words of the values of each coded field. */
const VALUES = {
  'request.procedure': PROCEDURES,
  'priorImaging[].procedure': PROCEDURES,
  'request.urgency': {ELECTIVE: 'Elective', URGENT: 'Urgent', EMERGENT: 'Emergent'},
  'request.targets[]': SEGMENTS,
  'anatomy.lesions[].segment': SEGMENTS,
  'priorPci[].segment': SEGMENTS,
  'priorCabg.grafts[].target': {LAD: 'LAD territory', LCX: 'Circumflex territory', RCA: 'RCA territory', ...SEGMENTS},
  'patient.sex': {male: 'Male', female: 'Female', other: 'Other', unknown: 'Unknown'},
  'presentation.setting': {STABLE: 'Stable ischemic heart disease', UNSTABLE_ANGINA: 'Unstable angina',
    NSTEMI: 'NSTEMI', STEMI: 'STEMI'},
  'presentation.ccsClass': {0: 'No angina (asymptomatic)', 1: 'Class I', 2: 'Class II', 3: 'Class III',
    4: 'Class IV'},
  'presentation.reperfusion': {NONE: 'None', FIBRINOLYSIS_SUCCESSFUL: 'Fibrinolysis, successful',
    FIBRINOLYSIS_FAILED: 'Fibrinolysis, failed', PRIMARY_PCI: 'Primary PCI'},
  'therapy.antianginalClasses[]': {BETA_BLOCKER: 'Beta-blocker', CALCIUM_CHANNEL_BLOCKER: 'Calcium-channel blocker',
    LONG_ACTING_NITRATE: 'Long-acting nitrate', RANOLAZINE: 'Ranolazine', OTHER: 'Other anti-anginal drug'},
  'stressTests[].modality': {EXERCISE_ECG: 'Exercise ECG', SPECT_MPI: 'SPECT myocardial perfusion',
    PET_MPI: 'PET myocardial perfusion', STRESS_ECHO: 'Stress echocardiography', STRESS_CMR: 'Stress cardiac MRI'},
  'stressTests[].riskCategory': {LOW: 'Low risk', INTERMEDIATE: 'Intermediate risk', HIGH: 'High risk',
    EQUIVOCAL: 'Equivocal'},
  'stressTests[].findings.perfusionDefect': {NONE: 'None', SMALL: 'Small', MODERATE: 'Moderate', LARGE: 'Large'},
  'anatomy.source': {INVASIVE_ANGIOGRAPHY: 'Invasive angiography', CCTA: 'Coronary CT angiography', OTHER: 'Other'},
  'anatomy.lesions[].ivusSignificant': {true: 'Significant', false: 'Not significant'},
  'priorCabg.grafts[].conduit': {SVG: 'Saphenous vein graft', LIMA: 'Left internal mammary artery',
    RIMA: 'Right internal mammary artery', RADIAL: 'Radial artery'},
  'imaging.question': {CHEST_PAIN_EVALUATION: 'Evaluation of chest pain or its equivalent',
    SURVEILLANCE: 'Follow-up or screening without new symptoms', VIABILITY: 'Myocardial viability',
    GRAFT_PATENCY: 'Bypass graft patency', PREOPERATIVE: 'Before noncardiac surgery', OTHER: 'Other'},
  'imaging.symptoms': {NONE: 'None (asymptomatic)', LIKELY_ANGINAL: 'Likely anginal',
    LESS_LIKELY_ANGINAL: 'Less likely anginal', DYSPNEA: 'Dyspnea'},
  'imaging.cadProbability': LOW_INTERMEDIATE_HIGH,
  'imaging.acsProbability': LOW_INTERMEDIATE_HIGH,
  'imaging.acuity': {ACUTE: 'Acute (new or worse, evaluated urgently)', CHRONIC: 'Chronic (stable, outpatient)'},
  'imaging.suspectedCondition': {CAD: 'Coronary artery disease', ACS: 'Acute coronary syndrome',
    NONSPECIFIC_CHEST_PAIN: 'Nonspecific chest pain', HEART_FAILURE: 'Heart failure',
    VALVULAR_HEART_DISEASE: 'Valvular heart disease', ARRHYTHMIA: 'Arrhythmia',
    PERICARDIAL_DISEASE: 'Pericardial disease', ARRHYTHMOGENIC_CARDIOMYOPATHY: 'Arrhythmogenic cardiomyopathy',
    INFILTRATIVE_MYOCARDIAL_DISEASE: 'Infiltrative myocardial disease',
    HYPERTROPHIC_CARDIOMYOPATHY: 'Hypertrophic cardiomyopathy',
    ACUTE_SUBACUTE_MYOCARDIAL_DISEASE: 'Acute or subacute myocardial disease (e.g. myocarditis)'},
  'imaging.heartFailureStatus': {SUSPECTED_NEW_ONSET: 'Suspected new onset, not yet diagnosed',
    NEW_ONSET_EF_UNDETERMINED: 'New onset, ejection fraction not yet known (HFrEF or HFpEF)',
    NEW_ONSET_HFREF: 'New-onset HFrEF of uncertain cause', ESTABLISHED: 'Established heart failure'},
};

const TIERS = {
  APPROPRIATE: 'appropriate', MAY_BE_APPROPRIATE: 'may be appropriate (uncertain)',
  RARELY_APPROPRIATE: 'rarely appropriate', NOT_RATED: 'not rated by its source',
  NO_CRITERIA_APPLY: 'not covered by any published criterion',
};

const OUTCOMES = {
  CLEAR: 'No second review needed',
  SECOND_REVIEW: 'A second review by another clinician is needed',
  PEND: 'Cannot be rated yet: data that could change the rating is missing',
  NO_DELAY: 'Emergency: proceed without delay',
};

const RULE_SETS = {
  'revasc-auc-2012': 'ACCF/SCAI 2012 revascularization criteria',
  'imaging-ccd-auc-2023': 'ACC/AHA 2023 multimodality imaging criteria',
  'acr-cardiac': 'ACR cardiac imaging criteria',
  'review-policy-default': 'review policy',
};

/** The categories of "How the data were read" (the evaluation's derived section). */
const DERIVED = {
  setting: ['Clinical setting', VALUES['presentation.setting']],
  symptomColumn: ['Symptom column', {ASYMPTOMATIC: 'Asymptomatic', CCS_I_II: 'CCS class I-II angina',
    CCS_III_IV: 'CCS class III-IV angina'}],
  diseasedVessels: ['Vessels with a significant stenosis'],
  proximalLad: ['Proximal LAD involved'],
  leftMain: ['Left main stenosis'],
  chronicTotalOcclusion: ['A single chronic total occlusion, no other stenosis'],
  vesselsIncludingBorderline: ['Vessels with a significant or borderline stenosis'],
  borderlineWithoutFfr: ['Borderline stenosis without FFR or IVUS'],
  borderlineFfrSignificant: ['Borderline stenosis, FFR or IVUS significant'],
  borderlineFfrNotSignificant: ['Borderline stenosis, FFR or IVUS not significant'],
  noninvasiveRisk: ['Stress test risk', {NONE_PERFORMED: 'No test performed', LOW: 'Low risk',
    INTERMEDIATE: 'Intermediate risk', HIGH: 'High risk', EQUIVOCAL: 'Equivocal'}],
  noninvasiveTestModality: ['Stress test used', VALUES['stressTests[].modality']],
  noninvasiveTestDate: ['Date of the stress test used'],
  therapy: ['Anti-ischemic therapy', {NONE_OR_MINIMAL: 'None or minimal (0-1 anti-anginal class)',
    MAXIMAL: 'Maximal (2 or more anti-anginal classes)'}],
  lvFunction: ['LV systolic function', {NORMAL: 'Normal (LVEF 50% or more)', DEPRESSED: 'Reduced (LVEF below 50%)'}],
  lvef: ['LVEF used (%)'],
  cadBurden: ['Extent of disease', {LOW: 'SYNTAX 22 or less, no chronic total occlusion',
    HIGH: 'SYNTAX 23 or more, or a chronic total occlusion'}],
  syntaxScore: ['SYNTAX score'],
  priorCabg: ['Prior CABG'],
  svgDisease: ['Significant vein-graft stenosis'],
  allGraftsPatent: ['All grafts patent (below 70%)'],
  ungraftedNativeDisease: ['Significant stenosis in a territory no graft reaches'],
  stemiTiming: ['Time since STEMI onset', {WITHIN_12H: '12 hours or less', FROM_12_TO_24H: 'More than 12, up to 24 hours',
    AFTER_24H: 'More than 24 hours'}],
  instability: ['Instability', {PRESENT: 'Present', ABSENT: 'Absent (each feature documented absent)'}],
  acsRisk: ['UA/NSTEMI risk', {LOW: 'Low (TIMI 0-2)', INTERMEDIATE: 'Intermediate (TIMI 3-4)',
    HIGH: 'High (TIMI 5-7, or instability)'}],
  cardiogenicShock: ['Cardiogenic shock'],
  reperfusion: ['Reperfusion so far', VALUES['presentation.reperfusion']],
  targetRelation: ['Target', {CULPRIT: 'The culprit artery', NON_CULPRIT: 'A non-culprit artery'}],
  targetSpan: ['Targets', {SINGLE_ARTERY: 'In one coronary artery', MULTIPLE_ARTERIES: 'In two or more coronary arteries'}],
  hospitalPhase: ['Timing', {INDEX_HOSPITALIZATION: 'During the index hospitalization',
    AFTER_INDEX_HOSPITALIZATION: 'After the index hospitalization'}],
  imagingSymptoms: ['Symptoms', VALUES['imaging.symptoms']],
  imagingQuestion: ['Clinical question', VALUES['imaging.question']],
  cadProbability: ['Pretest probability of CAD', LOW_INTERMEDIATE_HIGH],
  suspectedCondition: ['Suspected condition', VALUES['imaging.suspectedCondition']],
  acuity: ['Acuity', VALUES['imaging.acuity']],
  acsProbability: ['Probability of an acute coronary syndrome', LOW_INTERMEDIATE_HIGH],
  ischemiaStatus: ['Ischemia', {EXCLUDED: 'Already excluded', NOT_EXCLUDED: 'Not excluded'}],
  heartFailureStatus: ['Heart failure', VALUES['imaging.heartFailureStatus']],
  timeSinceCabg: ['Time since CABG', {NONE: 'No prior CABG', UNDER_5_YEARS: 'Less than 5 years',
    FIVE_YEARS_OR_MORE: '5 years or more'}],
  timeSincePci: ['Time since PCI', {NONE: 'No prior PCI', UNDER_2_YEARS: 'Less than 2 years',
    TWO_YEARS_OR_MORE: '2 years or more'}],
  priorRevascularization: ['Prior CABG or PCI'],
  daysSinceSameTest: ['Days since the same test was last done'],
};

/** The engine's interpretations of the criteria (Interpretation.java), worded for clinicians. */
const INTERPRETATIONS = {
  SIGNIFICANT_STENOSIS: 'Significant stenosis: 70% or more (50% or more in the left main), or FFR 0.80 or less, or'
    + ' significant IVUS. A 50-69% stenosis with FFR above 0.80 or non-significant IVUS is not significant; a'
    + ' stenosis of 70% or more stays significant whatever the FFR.',
  BORDERLINE_50_60: 'Borderline stenosis (indications 21-23): 50-60% outside the left main.',
  LESION_61_69_UNEVALUATED_IGNORED: 'A 61-69% stenosis without FFR or IVUS is neither significant nor borderline'
    + ' and is not counted.',
  CTO_DURATION_ASSERTED: 'A lesion marked as a chronic total occlusion is taken as a 100% occlusion of more than 3'
    + ' months; "without other stenoses" means no other stenosis of 50% or more and no other significant one.',
  ABNORMAL_LV_BELOW_50: 'LV systolic function: an LVEF of 50% or more is normal, below 50% reduced (the patient\'s'
    + ' LVEF, else the rest LVEF of the stress test).',
  NONINVASIVE_RISK_FROM_FINDINGS: 'Stress test risk: the findings are graded by JACC 2012 Table A2 and the highest'
    + ' grade any finding reaches is used, also when the reported risk differs.',
  MOST_RECENT_TEST: 'With several stress tests, the most recent one up to the date of the plan is used.',
  THERAPY_CLASS_COUNT: 'Anti-ischemic therapy: none or minimal = 0-1 anti-anginal drug class; maximal = 2 or more'
    + ' classes (as in the SCAI appropriate-use app).',
  UNSTABLE_ACS_FLAGS: 'Instability in an acute coronary syndrome: present when shock, severe heart failure,'
    + ' persistent ischemic symptoms, hemodynamic or electrical instability is documented; absent only when each'
    + ' is documented absent.',
  ASYMPTOMATIC_ACS_NO_INSTABILITY: '"Asymptomatic" in indications 3, 5, 6 and 7 is read as no persistent ischemic'
    + ' symptoms and no instability (each documented absent).',
  STEMI_TIMING_BOUNDARIES: 'STEMI timing: exactly 12 hours counts as within 12 hours; more than 12 and up to 24'
    + ' hours as 12-24 hours; beyond 24 hours only indication 3 applies.',
  ROWS_1_3_BEFORE_REPERFUSION: 'Indications 1-3 concern a culprit artery not yet reperfused (none, or failed'
    + ' fibrinolysis); after successful fibrinolysis indications 4-7 apply, after primary PCI 7-8.',
  REPERFUSION_ABSENT_NONE: 'When no reperfusion is documented, none is assumed.',
  CULPRIT_PRESUMED: 'The target segments are taken to include the culprit artery unless a lesion is marked as the'
    + ' culprit and the targets lie in another artery.',
  TIMI_RISK_BANDS: 'UA/NSTEMI risk: TIMI 0-2 low, 3-4 intermediate, 5-7 high; any instability or shock makes it'
    + ' high.',
  MULTIPLE_ARTERIES_ROW_12: 'Indication 12 applies when the target segments lie in two or more coronary arteries.',
  CULPRIT_PCI_INDICATION_8: 'Indication 8 ("successful PCI of the culprit artery") is read from reperfusion by'
    + ' primary PCI, also for NSTEMI; "recurrent ischemia" is persistent or recurrent ischemic symptoms.',
  GRAFT_SIGNIFICANT_70: 'Bypass grafts: a graft stenosis of 70% or more is significant; indications 50-55 need a'
    + ' significant vein-graft stenosis, 56-61 every graft below 70% and a significant native stenosis in a'
    + ' territory no graft reaches.',
  LEFT_MAIN_PROTECTED: 'A left main stenosis is protected when a graft reaches the LAD or circumflex territory.',
  ROWS_56_61_THERAPY_ROUTING: 'The published text of indications 56-61 lacks the medical-therapy wording: none or'
    + ' minimal therapy leads to the even rows, maximal therapy to the odd ones (as the SCAI app routes them).',
  ROWS_42_43_THERAPY_ROUTING: 'Indications 42-43 lack the medical-therapy wording: none or minimal therapy leads to'
    + ' 42, maximal to 43 (as the SCAI app routes them); both require normal LV function.',
  METHOD_ROWS_WORDING: 'The published wording of the CABG-versus-PCI rows 62-67 is not available; they are read as:'
    + ' 62 two vessels with proximal LAD; 63 three vessels, SYNTAX 22 or less, no chronic total occlusion; 64 three'
    + ' vessels with SYNTAX 23 or more or a chronic total occlusion; 65 left main alone; 66 left main and 1-2'
    + ' vessels, SYNTAX 22 or less, no occlusion; 67 left main and three vessels, an occlusion or SYNTAX 23 or more.'
    + ' Stable patients without prior CABG only.',
  IMAGING_SYMPTOMS_FROM_CCS: 'Imaging criteria: "asymptomatic" means no symptoms documented for the imaging request;'
    + ' when symptoms are not documented, CCS class 0 counts as asymptomatic and a higher class as anginal symptoms.',
  IMAGING_INTERVALS: 'Time since CABG or PCI is counted in whole years to the date of the plan: exactly 5 years after'
    + ' CABG counts as more than 5 years, exactly 2 years after PCI as more than 2 years; with several PCIs the most'
    + ' recent dated one decides.',
  IMAGING_FLAG_SCENARIOS: '2023 imaging scenarios 39, 40 and 45 apply to follow-up testing when incomplete'
    + ' revascularization, a prior high-risk PCI or a high risk of silent ischemia is documented; otherwise not.',
  IMAGING_SCENARIO_SELECTION: '2023 imaging Table 2.2 applies to stable patients without symptoms after CABG or PCI;'
    + ' the scenario follows from the clinical question (follow-up: 39-45, viability: 46, graft patency after'
    + ' CABG: 47).',
  ACR_VARIANT_SELECTION: 'ACR variants are chosen from the clinical question, symptoms, pretest probability, acuity,'
    + ' suspected condition, probability of an acute coronary syndrome, whether ischemia is excluded and the heart'
    + ' failure status; a request that fits no variant gets no ACR rating.',
  ACR_ASYMPTOMATIC_RISK: 'ACR "asymptomatic patient at risk": the ACR risk category is read from the pretest'
    + ' probability of CAD, and the topic applies only without prior CABG or PCI.',
  ACR_POSSIBLE_ACS_HIGH: 'ACR "chest pain, possible acute coronary syndrome", high probability: also applies to'
    + ' diagnosed unstable angina and NSTEMI, not to STEMI.',
  ACR_SEVERAL_PROCEDURES: 'Where one ACR variant rates several published procedures of one kind (e.g. stress MRI'
    + ' with dobutamine or with a vasodilator), each is reported and the least favourable decides.',
  ANATOMY_PATTERN_WHAT_IF: 'When the anatomy is not documented, the what-ifs consider typical patterns (no'
    + ' significant disease, 1-2 vessels with or without proximal LAD, three vessels, left main, one chronic total'
    + ' occlusion).',
};

/** The engine's wording of a missing item's possible values (Dimension.describe) that needs clinical wording. */
const WHAT_IF_VALUES = {
  'no instability (every presence flag documented false)': 'no instability (each feature documented absent)',
  'instability present (severe HF, persistent ischemic symptoms, hemodynamic or electrical instability, or shock)':
    'instability present (severe heart failure, persistent ischemic symptoms, hemodynamic or electrical'
    + ' instability, or shock)',
  'SYNTAX score 22 or less and no CTO': 'SYNTAX score 22 or less and no chronic total occlusion',
  'SYNTAX score 23 or more, or a CTO': 'SYNTAX score 23 or more, or a chronic total occlusion',
};

// ---- functions ----

/** A path with its list indices written [] (anatomy.lesions[2].ffr -> anatomy.lesions[].ffr). */
export function pattern(path) {
  return String(path).replace(/\[\d*\]/g, '[]');
}

/** The clinical label of a field path, with its list item ("Lesion 2: FFR"). */
export function fieldLabel(path) {
  const p = String(path).trim();
  const label = FIELDS[pattern(p)];
  const item = /^(.*?)\[(\d*)\]\.(.*)$/.exec(p);
  if (item && label) {
    const list = ITEMS[pattern(item[1])] || fieldLabel(item[1]);
    return item[2] === '' ? `${list}: ${lower(label)}` : `${list} ${Number(item[2]) + 1}: ${lower(label)}`;
  }
  if (label) return label;
  const last = p.split('.').pop().replace(/\[\d*\]/g, '');
  return sentence(last.replace(/([A-Z])/g, ' $1').toLowerCase());
}

/** Several fields' labels in one phrase: "Cardiogenic shock, severe heart failure and hemodynamic instability". */
export function fieldsLabel(paths) {
  const labels = paths.map((p, i) => i === 0 ? fieldLabel(p) : lower(fieldLabel(p)));
  return labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** A field's label without its list item ("FFR" for anatomy.lesions[2].ffr). */
export function bareLabel(path) {
  return FIELDS[pattern(path)] || fieldLabel(path);
}

/** "Lesion 2" for anatomy.lesions, index 1. */
export function itemLabel(listPath, index) {
  return `${ITEMS[pattern(listPath)] || fieldLabel(listPath)} ${index + 1}`;
}

/** The words of a coded value of a field ("LAD_PROXIMAL" of request.targets[] -> "Proximal LAD"). */
export function valueWords(path, value) {
  if (value === null || value === undefined) return 'not documented';
  const domain = VALUES[pattern(path)] || VALUES[pattern(path) + '[]'];
  if (domain && Object.prototype.hasOwnProperty.call(domain, String(value))) return domain[String(value)];
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  return typeof value === 'string' && /^[A-Z0-9_]+$/.test(value) ? codeWords(value) : String(value);
}

/** The options of a coded field, in the order given, as [value, words]. */
export function choices(path, values) {
  return values.map(v => [v, valueWords(path, v)]);
}

export function procedureWords(code) {
  return PROCEDURES[code] || codeWords(code || 'request');
}

/** The procedure in running text: "coronary CT angiography", "PCI (coronary stent)". */
export function procedureInText(code) {
  const w = procedureWords(code);
  return /^[A-Z]{2}/.test(w) ? w : lower(w);
}

export function tierWords(tier) {
  return TIERS[tier] || codeWords(tier);
}

export function outcomeWords(outcome) {
  return OUTCOMES[outcome] || codeWords(outcome);
}

export function ruleSetName(id) {
  return RULE_SETS[id] || id;
}

const ITEM_NAMES = {'revasc-auc-2012': 'indication', 'imaging-ccd-auc-2023': 'scenario', 'acr-cardiac': 'variant'};

/**
 * A criterion reference in words: "revasc-auc-2012/16/CCS_I_II" -> "2012 revascularization criteria ...,
 * indication 16"; an ACR reference "acr-cardiac/topic/1/column" names its variant; "no test" stays.
 */
export function criterionWords(ref) {
  const [set, ...rest] = String(ref).split('/');
  const acr = set === 'acr-cardiac' && rest.length > 1;
  const item = acr ? rest[1] : rest[0];
  const noTest = rest.includes('no test') ? ', not testing' : '';
  return `${ruleSetName(set)}${item ? `, ${ITEM_NAMES[set] || 'item'} ${item}` : ''}${noTest}`;
}

/** A tier as the end of a sentence about a request: "rated appropriate", "no published criterion covers it". */
export function tierPhrase(tier) {
  if (tier === 'NO_CRITERIA_APPLY') return 'no published criterion covers it';
  if (tier === 'NOT_RATED') return 'its only criterion is not rated by the source';
  return 'rated ' + tierWords(tier);
}

export function derivedLabel(key) {
  return (DERIVED[key] || [sentence(key.replace(/([A-Z])/g, ' $1').toLowerCase())])[0];
}

export function derivedValue(key, value) {
  const domain = (DERIVED[key] || [])[1];
  if (domain && domain[value] !== undefined) return domain[value];
  return valueWords(key, value);
}

export function interpretationWords(id, engineText) {
  return INTERPRETATIONS[id] || replaceCodes(engineText || id);
}

export function hasInterpretationWords(id) {
  return Object.prototype.hasOwnProperty.call(INTERPRETATIONS, id);
}

/** A decision reason in clinical words (the reason code and the engine's text stay available as codes). */
export function reasonWords(reason, evaluation) {
  const text = reason.text || '';
  switch (reason.code) {
    case 'EMERGENT_REQUEST':
      return 'An emergent request is never held for review.';
    case 'TIME_CRITICAL_INDICATION':
      return 'A time-critical acute coronary syndrome (STEMI within 12 hours, unstable STEMI at 12-24 hours, or'
        + ' cardiogenic shock) is never held for review.';
    case 'RARELY_APPROPRIATE': {
      const by = /by ([a-z0-9-]+)\s*$/.exec(text);
      return `Rated rarely appropriate${by ? ' by the ' + ruleSetName(by[1]) : ''}.`;
    }
    case 'NO_CRITERIA_APPLY':
      return 'No published criterion covers this scenario.';
    case 'NOT_RATED':
      return 'The only matching criterion is not rated by its source.';
    case 'MAY_BE_APPROPRIATE': {
      const urgency = /for this (\w+) request/.exec(text);
      return `Rated may be appropriate (uncertain)${urgency ? ' for this ' + urgency[1] + ' request' : ''}; the`
        + ' review policy asks for a second review.';
    }
    case 'HEART_TEAM_PCI_VS_CABG': {
      const m = /\(([^)]+)\) rate PCI (\w+) and CABG (\w+)/.exec(text);
      return m ? `PCI is requested, but the criteria comparing PCI with CABG (${criterionWords(m[1])}) rate PCI`
        + ` ${tierWords(m[2])} and CABG ${tierWords(m[3])}: a heart-team discussion is needed.`
        : 'PCI is requested, but the criteria rate CABG better for this anatomy: a heart-team discussion is needed.';
    }
    case 'REPEAT_TEST_WITHIN_WINDOW': {
      const m = /done (\d+) days ago \(window (\d+) days\)/.exec(text);
      return m ? `The same test was done ${m[1]} days ago (the review policy's window is ${m[2]} days) and no new or`
        + ' worse symptoms are documented.' : 'The same test was done recently and no new or worse symptoms are documented.';
    }
    case 'RETROSPECTIVE_REVIEW': {
      const inner = text.replace(/^.*?review: /, '');
      const code = ['RARELY_APPROPRIATE', 'NO_CRITERIA_APPLY', 'NOT_RATED', 'MAY_BE_APPROPRIATE',
        'HEART_TEAM_PCI_VS_CABG', 'REPEAT_TEST_WITHIN_WINDOW'].find(c => startsLike(c, inner));
      return 'Not delayed (emergency); reviewed after the fact: '
        + lower(code ? reasonWords({code, text: inner}, evaluation) : replaceCodes(inner));
    }
    case 'MISSING_DATA':
      return 'Data that could change the criterion or the outcome is missing (listed below).';
    default:
      return replaceCodes(text);
  }
}

function startsLike(code, text) {
  const starts = {RARELY_APPROPRIATE: 'Rated rarely', NO_CRITERIA_APPLY: 'No published', NOT_RATED: 'The only',
    MAY_BE_APPROPRIATE: 'Rated may be', HEART_TEAM_PCI_VS_CABG: 'PCI requested', REPEAT_TEST_WITHIN_WINDOW: 'The same test'};
  return text.startsWith(starts[code]);
}

/**
 * An engine warning in clinical words, with the field it concerns: {text, field}. The case is the one evaluated
 * (to name a lesion by its segment).
 */
export function warningWords(warning, theCase) {
  let m = /^imaging\.symptoms (\w+) and presentation\.ccsClass (\d) disagree/.exec(warning);
  if (m) {
    return {field: 'imaging.symptoms', text: `The symptoms entered for the imaging request (${lower(valueWords(
      'imaging.symptoms', m[1]))}) and the CCS angina class (${valueWords('presentation.ccsClass', m[2])}) disagree;`
      + ' the symptoms entered for the imaging request are used.'};
  }
  m = /^stressTests\[(\d+)\]: dated (\S+), after asOf (\S+?);/.exec(warning);
  if (m) {
    return {field: `stressTests[${m[1]}].date`, text: `Stress test ${Number(m[1]) + 1} is dated ${m[2]}, after the`
      + ` date of the plan (${m[3]}): it is not used.`};
  }
  m = /^stressTests\[(\d+)\]: reported riskCategory (\w+) differs from the findings \((\w+)\)/.exec(warning);
  if (m) {
    return {field: `stressTests[${m[1]}].riskCategory`, text: `Stress test ${Number(m[1]) + 1}: the risk reported`
      + ` (${lower(valueWords('stressTests[].riskCategory', m[2]))}) differs from the risk its findings reach by JACC`
      + ` Table A2 (${lower(valueWords('stressTests[].riskCategory', m[3]))}); the findings are used. If the report`
      + ' rests on findings not entered yet (multiple defects, LV dilation, lung uptake, stress LVEF, wall motion),'
      + ' enter them.'};
  }
  m = /^anatomy\.lesions\[(\d+)\]: a (\d+)% stenosis stays significant although FFR\/IVUS is not significant/
    .exec(warning);
  if (m) {
    return {field: `anatomy.lesions[${m[1]}].ffr`, text: `${lesionName(theCase, m[1])}: a ${m[2]}% stenosis counts`
      + ' as significant although FFR or IVUS is not significant (the criteria define significance by the'
      + ' angiogram from 70%).'};
  }
  m = /^anatomy\.lesions\[(\d+)\]: a (\d+)% stenosis without FFR or IVUS is neither/.exec(warning);
  if (m) {
    return {field: `anatomy.lesions[${m[1]}].ffr`, text: `${lesionName(theCase, m[1])}: a ${m[2]}% stenosis without`
      + ' FFR or IVUS is neither significant nor borderline by the criteria and is not counted; an FFR or IVUS'
      + ' result would settle it.'};
  }
  if (/^Too many unknown items/.test(warning)) {
    return {field: null, text: 'So much is missing that the combinations cannot all be considered: document the'
      + ' missing data listed above.'};
  }
  m = /^Unknown, but the same rating and outcome for every possible value: (.*)$/.exec(warning);
  if (m) {
    return {field: null, text: 'Not documented, but it would not change the result: '
      + m[1].split(', ').map(p => lower(fieldLabel(p))).join(', ') + '.'};
  }
  return {field: null, text: replaceCodes(warning)};
}

function lesionName(theCase, index) {
  const lesion = theCase && theCase.anatomy && (theCase.anatomy.lesions || [])[Number(index)];
  return `Lesion ${Number(index) + 1}` + (lesion && lesion.segment ? ` (${valueWords('anatomy.lesions[].segment',
    lesion.segment)})` : '');
}

/**
 * A what-if in clinical words: {kind, text, field}. kind is 'plan' (another procedure: the clinician's choice),
 * 'no-test' (the criteria rate not testing), 'data' (a value to document: a hypothesis until entered) or
 * 'missing' (a pending case: one possible value of a missing item).
 */
export function whatIfWords(w, theCase) {
  const field = w.field || '';
  if (field === 'request.procedure' && w.value !== undefined) {
    return {kind: 'plan', field, text: `If ${procedureInText(w.value)} were requested instead`};
  }
  if (field === 'request.procedure') {
    const m = /rates not testing (\S+)(?: \((\d+)\))? for (\w+) (\S+)/.exec(w.change);
    return {kind: 'no-test', field: null, text: 'If no test were done' + (m ? ` (the ${ruleSetName(
      (/no test: ([a-z0-9-]+)/.exec(w.change) || [])[1])} rate not testing ${m[1]}${m[2] ? ' (' + m[2] + ')' : ''}`
      + ` for ${m[3]} ${m[4]})` : '')};
  }
  let m = /^anatomy\.lesions\[(\d+)\]\.ffr$/.exec(field);
  if (m && typeof w.value === 'number') {
    return {kind: 'data', field, text: `If the FFR of ${lower(lesionName(theCase, m[1]))} were`
      + ` ${w.value <= 0.80 ? '0.80 or less' : 'above 0.80'} (e.g. ${w.value})`};
  }
  if (field === 'stressTests' && Array.isArray(w.value)) {
    const added = w.value[w.value.length - 1] || {};
    const risk = {LOW: 'low-risk', INTERMEDIATE: 'intermediate-risk', HIGH: 'high-risk'}[added.riskCategory]
      || lower(valueWords('stressTests[].riskCategory', added.riskCategory));
    return {kind: 'data', field, text: `If a stress test showed ${risk} findings`};
  }
  if (field === 'therapy.antianginalClasses') {
    return {kind: 'data', field, text: 'If maximal anti-ischemic therapy (two or more anti-anginal drug classes) were'
      + ' documented'};
  }
  const colon = w.change.indexOf(': ');
  if (w.value === undefined && colon > 0) {
    const fields = w.change.slice(0, colon).split(', ');
    let value = w.change.slice(colon + 2);
    const setting = /^setting (\w+)$/.exec(value);
    if (setting) value = valueWords('presentation.setting', setting[1]);
    else if (/^[A-Z0-9_]+$/.test(value)) value = valueWords(fields[0], value);
    else value = WHAT_IF_VALUES[value] || value;
    const label = fieldsLabel(fields);
    return {kind: 'missing', field: fields.join(', '), label, value: sentence(value), text: `If ${lower(label)}: ${value}`};
  }
  return {kind: 'data', field: field || null, text: 'If ' + replaceCodes(w.change)};
}

/** A criterion's published wording, without the engine's notes; the project's reading is labelled as such. */
export function descriptionWords(text) {
  const missing = /^Row wording not in the available sources\. (.*)$/.exec(text || '');
  if (missing) {
    return `The published wording of this row is not available; the criteria are read as: ${missing[1]}`;
  }
  return text;
}

/** A citation without the engine's file references. */
export function citationWords(text) {
  return String(text || '')
    .replace(/;?\s*versions per topic in \S+\.md/g, '')
    .replace(/\s*\(table title not seen in stored text\)/g, '')
    .replace(/variant [a-z0-9-]+\/(\d+)/g, 'variant $1')
    .replace(/version current when scraped, /g, 'version of ')
    .replace(/\s+,/g, ',');
}

/** What a finding's source check means for a clinician, or null when the cell was checked against the source. */
export function verificationWords(text) {
  if (!text) return null;
  if (/unverified/i.test(text)) {
    return 'Caution: this rating comes from the data of the SCAI appropriate-use app; its row could not be checked'
      + ' against the published table. Use it together with the original publication.';
  }
  if (/third-party/i.test(text)) {
    return 'Transcribed from a copy of the ACR document; check the current ACR publication before relying on it.';
  }
  return null;
}

/** A finding's rating as published with its tier: "U (5): may be appropriate"; a worded rating stays as it is. */
export function ratingWords(finding) {
  if (!/^(A|U|I|M|R|NR)$/.test(finding.rating)) return finding.rating;
  return `${finding.rating}${finding.score ? ' (' + finding.score + ')' : ''}: ${tierWords(finding.tier)}`;
}

/** Field paths and codes in a free text replaced by words (the last resort for a text the page does not know). */
export function replaceCodes(text) {
  return String(text)
    .replace(/\b[a-z]+(?:\.[a-zA-Z]+|\[\d*\])+(?:\.[a-zA-Z]+)*\b|\b(?:lvef|stressTests|anatomy|therapy)\b/g,
      p => lower(fieldLabel(p)))
    .replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, c => lower(TIERS[c] || codeWords(c)))
    .replace(/\btrue\b/g, 'yes').replace(/\bfalse\b/g, 'no');
}

/** Clinical abbreviations stay upper case when a code is turned into words. */
const ABBREVIATIONS = new Set(['PCI', 'CABG', 'LAD', 'LCX', 'RCA', 'PDA', 'PLV', 'SPECT', 'MPI', 'PET', 'ECG', 'CMR',
  'CCTA', 'CAC', 'CCS', 'STEMI', 'NSTEMI', 'SVG', 'LIMA', 'RIMA', 'LV', 'LVEF', 'ACS', 'CAD', 'TIMI', 'HF', 'CT',
  'FFR', 'IVUS', 'ACR', 'AUC', 'MRI', 'EF', 'HFREF']);

/** A code in words: LCX_PROXIMAL -> "LCX proximal" (used only where no word is defined). */
export function codeWords(value) {
  return sentence(String(value).split(/[_ ]/).filter(Boolean)
    .map(t => ABBREVIATIONS.has(t.toUpperCase()) ? t.toUpperCase() : t.toLowerCase()).join(' '));
}

export function sentence(s) {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** Lower-cases the first letter unless it starts an abbreviation ("Mid LAD" -> "mid LAD", "PCI" stays). */
export function lower(s) {
  s = String(s);
  return /^[A-Z]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/** For the tests: every label and value the page defines. */
export const vocabulary = {FIELDS, VALUES, DERIVED, INTERPRETATIONS, TIERS, OUTCOMES};
