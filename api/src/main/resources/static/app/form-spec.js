// SPDX-License-Identifier: Apache-2.0
// The case form: which field of case format v1 is asked where, and when it can matter. The choices, ranges and
// required fields come from the case schema (docs/case.schema.json); the labels from words.js; this file says only
// what goes in which section and when a field is shown. A field is shown when a rule set can read it for the
// requested procedure and the clinical setting (engine: RevascDerivation, ImagingDerivation, Dimension): a hidden
// field is not sent.

const ACS = ['UNSTABLE_ANGINA', 'NSTEMI', 'STEMI'];
const ACR_QUESTIONS = ['CHEST_PAIN_EVALUATION', 'SURVEILLANCE', 'OTHER'];
const ACUITY_MATTERS = ['CAD', 'NONSPECIFIC_CHEST_PAIN', 'HEART_FAILURE'];
const ISCHEMIA_IRRELEVANT = ['CAD', 'ACS', 'NONSPECIFIC_CHEST_PAIN'];
export const REVASCULARIZATION = ['PCI', 'CABG'];

/**
 * What the shown fields depend on, from the form's current values. A procedure named only by codes (a loaded case)
 * shows both kinds of fields; no procedure at all shows only the request.
 */
export function context(v) {
  const chosen = v.procedure !== '' || v.hasCodes;
  const revasc = chosen && (v.procedure === '' || REVASCULARIZATION.includes(v.procedure));
  const imaging = chosen && !REVASCULARIZATION.includes(v.procedure);
  const s = v.setting;
  const q = v.question;
  const suspected = v.suspected;
  const acrQuestion = !q || (ACR_QUESTIONS.includes(q) && !(q === 'SURVEILLANCE' && v.priorRevascularization));
  return {
    chosen, revasc, imaging,
    stable: revasc && (!s || s === 'STABLE'),
    acs: revasc && (!s || ACS.includes(s)),
    stemi: revasc && (!s || s === 'STEMI'),
    nstemi: revasc && (!s || s === 'NSTEMI'),
    uaNstemi: revasc && (!s || s === 'UNSTABLE_ANGINA' || s === 'NSTEMI'),
    // Dimension.isRelevant: the ACR variant fields, each only for the suspected conditions whose variants it separates
    acr: imaging && acrQuestion,
    acuity: imaging && acrQuestion && (!suspected || ACUITY_MATTERS.includes(suspected)),
    acsProbability: imaging && acrQuestion && (!suspected || suspected === 'ACS'),
    ischemia: imaging && acrQuestion && !ISCHEMIA_IRRELEVANT.includes(suspected),
    heartFailure: imaging && acrQuestion && (!suspected || suspected === 'HEART_FAILURE'),
    // 2023 Table 2.2 scenarios 39-45: surveillance after revascularization
    surveillance: imaging && (!q || q === 'SURVEILLANCE'),
    priorRevascularization: v.priorRevascularization,
    repeatTest: imaging && v.priorImaging,
  };
}

const tristate = (path, when, extra = {}) => ({path, kind: 'tristate', when, ...extra});

/** The sections of the form, in order. Kinds: select, number, date, text, tristate, check, checks, group, list. */
export const SECTIONS = [
  {id: 'request', legend: 'Request', fields: [
    {path: 'request.procedure', kind: 'select', empty: 'choose the procedure'},
    {path: 'request.urgency', kind: 'select', empty: 'choose the urgency'},
    {path: 'request.targets', kind: 'checks', when: c => c.revasc},
    {path: 'asOf', kind: 'date'},
    {path: 'caseId', kind: 'text', hint: 'Optional; printed with the result, never stored.'},
  ]},
  {id: 'patient', legend: 'Patient', when: c => c.chosen, fields: [
    {path: 'patient.ageYears', kind: 'number'},
    {path: 'patient.sex', kind: 'select'},
    {path: 'lvef', kind: 'number', when: c => c.stable || c.stemi},
    tristate('patient.silentIschemiaRisk', c => c.surveillance, {hint: 'For example diabetes with accelerated'
      + ' coronary disease, chronic kidney disease, peripheral artery disease, in-stent restenosis, a prior'
      + ' vein-graft intervention.'}),
  ]},
  {id: 'presentation', legend: 'Clinical setting and symptoms', when: c => c.chosen, fields: [
    {path: 'presentation.setting', kind: 'select'},
    {path: 'presentation.ccsClass', kind: 'select', values: [0, 1, 2, 3, 4], when: c => c.stable || c.imaging,
      hint: c => c.imaging ? 'For an imaging request, used when the symptoms below are not entered.' : null},
    {path: 'presentation.hoursSinceSymptomOnset', kind: 'number', when: c => c.stemi},
    {path: 'presentation.timiRiskScore', kind: 'number', when: c => c.uaNstemi},
    {path: 'presentation.reperfusion', kind: 'select', empty: 'none documented', when: c => c.stemi || c.nstemi},
    tristate('presentation.duringIndexHospitalization', c => c.stemi || c.nstemi),
    tristate('presentation.cardiogenicShock', c => c.acs),
    tristate('presentation.severeHeartFailure', c => c.acs),
    tristate('presentation.persistentIschemicSymptoms', c => c.acs),
    tristate('presentation.hemodynamicInstability', c => c.acs),
    tristate('presentation.electricalInstability', c => c.acs),
  ]},
  {id: 'imaging', legend: 'Imaging request', when: c => c.imaging, fields: [
    {path: 'imaging.question', kind: 'select'},
    {path: 'imaging.symptoms', kind: 'select'},
    {path: 'imaging.suspectedCondition', kind: 'select', when: c => c.acr},
    {path: 'imaging.cadProbability', kind: 'select', when: c => c.acr},
    {path: 'imaging.acuity', kind: 'select', when: c => c.acuity},
    {path: 'imaging.acsProbability', kind: 'select', when: c => c.acsProbability},
    tristate('imaging.ischemiaExcluded', c => c.ischemia),
    {path: 'imaging.heartFailureStatus', kind: 'select', when: c => c.heartFailure},
  ]},
  {id: 'therapy', legend: 'Anti-anginal medication', when: c => c.stable, fields: [
    {kind: 'group', path: 'therapy', states: {absent: 'not documented', present: 'documented (below)'},
      fields: [{path: 'therapy.antianginalClasses', kind: 'checks', hint: 'None ticked: no anti-anginal drug.'}]},
  ]},
  {id: 'stress', legend: 'Noninvasive stress tests', when: c => c.stable || c.stemi || c.nstemi, fields: [
    {kind: 'list', path: 'stressTests', add: 'Add a stress test',
      states: {absent: 'not documented', empty: 'none performed', items: 'performed (each test below)'},
      fields: [
        {key: 'modality', kind: 'select'},
        {key: 'date', kind: 'date'},
        {key: 'riskCategory', kind: 'select', hint: 'As reported. Findings entered below are graded by JACC 2012'
          + ' Table A2 and the highest grade is used.'},
        {key: 'findings.dukeTreadmillScore', kind: 'number'},
        {key: 'findings.restLvef', kind: 'number'},
        {key: 'findings.exerciseLvef', kind: 'number'},
        {key: 'findings.perfusionDefect', kind: 'select'},
        {key: 'findings.multipleModerateDefects', kind: 'check'},
        {key: 'findings.lvDilation', kind: 'check'},
        {key: 'findings.increasedLungUptake', kind: 'check'},
        {key: 'findings.wallMotionSegmentsAtLowDose', kind: 'number'},
        {key: 'findings.extensiveIschemia', kind: 'check'},
      ]},
  ]},
  {id: 'anatomy', legend: 'Coronary anatomy', when: c => c.revasc, fields: [
    {kind: 'group', path: 'anatomy', states: {absent: 'not documented', present: 'documented'}, fields: [
      {path: 'anatomy.source', kind: 'select'},
      {path: 'anatomy.date', kind: 'date'},
      {path: 'anatomy.syntaxScore', kind: 'number', when: c => c.stable},
      {kind: 'list', path: 'anatomy.lesions', add: 'Add a lesion',
        states: {absent: 'not documented', empty: 'no stenosis', items: 'each lesion below'},
        fields: [
          {key: 'segment', kind: 'select'},
          {key: 'stenosisPercent', kind: 'number'},
          {key: 'ffr', kind: 'number', placeholder: 'e.g. 0.78'},
          {key: 'ivusSignificant', kind: 'tristate', words: ['not performed', 'significant', 'not significant']},
          {key: 'chronicTotalOcclusion', kind: 'tristate', hint: 'A 100% lesion not marked either way may or may not be'
            + ' chronic.'},
          {key: 'culprit', kind: 'check', when: c => c.acs},
        ]},
    ]},
  ]},
  {id: 'history', legend: 'Prior revascularization', when: c => c.stable || c.imaging, fields: [
    {kind: 'group', path: 'priorCabg', states: {absent: 'no', present: 'yes'}, fields: [
      {path: 'priorCabg.date', kind: 'date'},
      {kind: 'list', path: 'priorCabg.grafts', add: 'Add a graft', when: c => c.stable,
        states: {absent: 'not documented', items: 'each graft below'},
        fields: [{key: 'conduit', kind: 'select'}, {key: 'target', kind: 'select'}, {key: 'stenosisPercent',
          kind: 'number'}]},
    ]},
    {kind: 'list', path: 'priorPci', add: 'Add a PCI', when: c => c.imaging,
      states: {absent: 'none', items: 'yes (each PCI below)'},
      fields: [{key: 'date', kind: 'date'}, {key: 'segment', kind: 'select'}, {key: 'highRisk', kind: 'check'}]},
    tristate('incompleteRevascularization', c => c.imaging && c.priorRevascularization, {hint: 'Significant disease'
      + ' left untreated by the last revascularization.'}),
  ]},
  {id: 'earlier-tests', legend: 'Earlier cardiac tests', when: c => c.imaging, fields: [
    {kind: 'list', path: 'priorImaging', add: 'Add an earlier test',
      states: {absent: 'none documented', items: 'each test below'},
      fields: [{key: 'procedure', kind: 'select'}, {key: 'date', kind: 'date'}]},
    tristate('imaging.newOrWorseningSymptoms', c => c.repeatTest),
  ]},
];

/**
 * Case fields that no rule set reads and the form therefore does not ask; a loaded case keeps them as they are.
 * (SelfCheckPageTest checks that every other field of the schema is on the form.)
 */
export const NOT_ASKED = ['patient.diabetes', 'request.codes', 'request.requester', 'request.facility',
  'recordedReview', 'title', 'expected'];
