// SPDX-License-Identifier: Apache-2.0
// The one mapping from the case format's and the evaluation's codes to clinical words: the tables are
// docs/clinical-words.json (served beside this file, also read by the audit report); this module resolves them and
// words the engine's own texts (reasons, warnings, what-ifs), which are written for developers and auditors. The
// codes themselves appear only on demand ("Show the codes").

/** The tables of clinical-words.json, once loaded. */
const W = {fields: {}, items: {}, values: {}, tiers: {}, outcomes: {}, ruleSets: {}, derived: {}, interpretations: {},
  whatIfValues: {}, reasons: {}};

/** Loads the tables; "@name" refers to a shared table, "=path" to the values of a field. */
export async function loadWords(url = '/app/clinical-words.json') {
  const response = await fetch(url);
  const json = await response.json();
  const resolve = v => typeof v !== 'string' ? v : v.startsWith('@') ? json.shared[v.slice(1)]
    : v.startsWith('=') ? resolve(json.values[v.slice(1)]) : v;
  Object.assign(W, json);
  W.values = Object.fromEntries(Object.entries(json.values).map(([k, v]) => [k, resolve(v)]));
  W.derived = Object.fromEntries(Object.entries(json.derived).map(([k, v]) => [k, [v.label, resolve(v.values)]]));
}

// ---- functions ----

/** A path with its list indices written [] (anatomy.lesions[2].ffr -> anatomy.lesions[].ffr). */
export function pattern(path) {
  return String(path).replace(/\[\d*\]/g, '[]');
}

/** The clinical label of a field path, with its list item ("Lesion 2: FFR"). */
export function fieldLabel(path) {
  const p = String(path).trim();
  const whole = /^(.*)\[(\d+)\]$/.exec(p);
  if (whole && W.items[pattern(whole[1])]) return itemLabel(whole[1], Number(whole[2]));
  const label = W.fields[pattern(p)];
  const item = /^(.*?)\[(\d*)\]\.(.*)$/.exec(p);
  if (item && label) {
    const list = W.items[pattern(item[1])] || fieldLabel(item[1]);
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
  return W.fields[pattern(path)] || fieldLabel(path);
}

/** "Lesion 2" for anatomy.lesions, index 1. */
export function itemLabel(listPath, index) {
  return `${W.items[pattern(listPath)] || fieldLabel(listPath)} ${index + 1}`;
}

/** The words of a coded value of a field ("LAD_PROXIMAL" of request.targets[] -> "Proximal LAD"). */
export function valueWords(path, value) {
  if (value === null || value === undefined) return 'not documented';
  const domain = W.values[pattern(path)] || W.values[pattern(path) + '[]'];
  if (domain && Object.prototype.hasOwnProperty.call(domain, String(value))) return domain[String(value)];
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  return typeof value === 'string' && /^[A-Z0-9_]+$/.test(value) ? codeWords(value) : String(value);
}

export function procedureWords(code) {
  return W.values['request.procedure'][code] || codeWords(code || 'request');
}

/** The procedure in running text: "coronary CT angiography", "PCI (coronary stent)". */
export function procedureInText(code) {
  const w = procedureWords(code);
  return /^[A-Z]{2}/.test(w) ? w : lower(w);
}

export function tierWords(tier) {
  return W.tiers[tier] || codeWords(tier);
}

export function outcomeWords(outcome) {
  return W.outcomes[outcome] || codeWords(outcome);
}

export function ruleSetName(id) {
  return W.ruleSets[id] || id;
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

/** Several criterion references, grouped by rule set: "ACCF/SCAI ... criteria, indications 37 and 62". */
export function criteriaWords(refs) {
  const bySet = new Map();
  for (const ref of refs) {
    const [set, ...rest] = String(ref).split('/');
    const acr = set === 'acr-cardiac' && rest.length > 1;
    const item = (acr ? rest[1] : rest[0]) + (rest.includes('no test') ? ' (not testing)' : '');
    if (!bySet.has(set)) bySet.set(set, []);
    if (item && !bySet.get(set).includes(item)) bySet.get(set).push(item);
  }
  return [...bySet.entries()].map(([set, items]) => {
    const name = ITEM_NAMES[set] || 'item';
    const list = items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
    return `${ruleSetName(set)}${items.length ? `, ${name}${items.length > 1 ? 's' : ''} ${list}` : ''}`;
  }).join('; ');
}

/** A tier as the end of a sentence about a request: "rated appropriate", "no published criterion covers it". */
export function tierPhrase(tier) {
  if (tier === 'NO_CRITERIA_APPLY') return 'no published criterion covers it';
  if (tier === 'NOT_RATED') return 'its only criterion is not rated by the source';
  return 'rated ' + tierWords(tier);
}

export function derivedLabel(key) {
  return (W.derived[key] || [sentence(key.replace(/([A-Z])/g, ' $1').toLowerCase())])[0];
}

export function derivedValue(key, value) {
  const domain = (W.derived[key] || [])[1];
  if (domain && domain[value] !== undefined) return domain[value];
  return valueWords(key, value);
}

export function interpretationWords(id, engineText) {
  return W.interpretations[id] ? W.interpretations[id].words : replaceCodes(engineText || id);
}

/** The engine text an interpretation's words were written for (a test compares it with the engine's). */
export function interpretationEngineText(id) {
  return W.interpretations[id] ? W.interpretations[id].engine : null;
}

export function hasInterpretationWords(id) {
  return Object.prototype.hasOwnProperty.call(W.interpretations, id);
}

/** A decision reason in clinical words (the reason code and the engine's text stay available as codes). */
export function reasonWords(reason) {
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
        + lower(code ? reasonWords({code, text: inner}) : replaceCodes(inner));
    }
    case 'TARGET_WITHOUT_LESION': {
      const m = /\(request\.targets\[\d+\] (\w+)\)/.exec(text);
      return `A target segment has no documented lesion${m ? ' (' + valueWords('request.targets[]', m[1]) + ')' : ''}:`
        + ' the criteria rate the documented lesions only.';
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
  m = /^request\.targets\[(\d+)\] (\w+): no lesion is documented in this segment/.exec(warning);
  if (m) {
    return {field: 'anatomy.lesions', text: `Target segment ${valueWords('request.targets[]', m[2])}: no lesion is`
      + ' documented in this segment; the criteria rate the documented lesions only.'};
  }
  m = /^Unknown, but the same (?:rating and )?outcome for every possible value: (.*)$/.exec(warning);
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
  if (field === 'therapy.antianginalClasses' && w.value !== undefined) {
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
    else value = W.whatIfValues[value] || replaceCodes(value);
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
    .replace(/\s*\(table title not seen in stored text\)/g, '')
    .replace(/variant [a-z0-9-]+\/(\d+)/g, 'variant $1')
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
    .replace(/\b(?:graft|lesion) ((?:priorCabg\.grafts|anatomy\.lesions)\[\d+\])/g, (_, p) => lower(fieldLabel(p)))
    .replace(/\b(?:lvef|[a-z][a-zA-Z]*(?:\.[a-zA-Z]+|\[\d*\])+)(?![\w[])/g, p => lower(fieldLabel(p)))
    .replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z]{4,}\b/g,
      c => ABBREVIATIONS.has(c) ? c : lower(W.tiers[c] || anyValueWords(c)))
    .replace(/\btrue\b/g, 'yes').replace(/\bfalse\b/g, 'no');
}

/** The words of a code in the first value table that has it (segments first), else the code as text. */
function anyValueWords(code) {
  const tables = [W.values['request.targets[]'], ...Object.values(W.values)];
  const table = tables.find(t => t && Object.prototype.hasOwnProperty.call(t, code));
  return table ? table[code] : codeWords(code);
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
export const vocabulary = W;
