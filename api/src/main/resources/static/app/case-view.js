// SPDX-License-Identifier: Apache-2.0
// A stored request in clinical words, for the workbench and the requester's page: the case (not its JSON), the
// evaluation (outcome, criterion with its citation, reasons, derived categories, what-ifs as hypotheses), what changed
// between two versions, the reviewers' messages, the history, and the determination letter.
import {el, when, day} from './session.js';
import {
  ALTERNATIVE, DECIDED, OUTCOME, PROCEDURE, STATUS, STEP, TIER, derivedWords, fieldLabel, named, plain, ratingWords,
  valueWords,
} from './clinical-words.js';

/** The case's sections: fields always shown (as "not documented" when absent) and fields shown when present. */
const SECTIONS = [
  ['The request', ['request.procedure', 'request.urgency'], ['request.targets', 'asOf', 'request.requester',
    'request.facility', 'caseId']],
  ['Patient', [], ['patient.ageYears', 'patient.sex', 'patient.diabetes', 'patient.silentIschemiaRisk']],
  ['Presentation', ['presentation.setting', 'presentation.ccsClass'], ['presentation.hoursSinceSymptomOnset',
    'presentation.timiRiskScore', 'presentation.reperfusion', 'presentation.cardiogenicShock',
    'presentation.severeHeartFailure', 'presentation.persistentIschemicSymptoms', 'presentation.hemodynamicInstability',
    'presentation.electricalInstability', 'presentation.duringIndexHospitalization']],
  ['Therapy and LV function', ['therapy.antianginalClasses', 'lvef'], []],
  ['Noninvasive testing', ['stressTests'], []],
  ['Coronary anatomy', ['anatomy.lesions'], ['anatomy.source', 'anatomy.date', 'anatomy.syntaxScore']],
  ['History', [], ['priorCabg', 'priorPci', 'incompleteRevascularization', 'priorImaging']],
  ['Imaging request', [], ['imaging.question', 'imaging.symptoms', 'imaging.cadProbability', 'imaging.acuity',
    'imaging.suspectedCondition', 'imaging.acsProbability', 'imaging.ischemiaExcluded', 'imaging.heartFailureStatus',
    'imaging.newOrWorseningSymptoms']],
];

export function getPath(obj, path) {
  let node = obj;
  for (const step of String(path).split(/\.|\[|\]/).filter(Boolean)) {
    if (node === null || node === undefined) return undefined;
    node = node[/^\d+$/.test(step) ? Number(step) : step];
  }
  return node;
}

function party(p) {
  if (!p) return 'not documented';
  return p.name ? `${p.name}${p.id ? ' (' + p.id + ')' : ''}` : p.id;
}

function stressTest(t) {
  const parts = [`${valueWords('stressTests.modality', t.modality)} on ${valueWords('stressTests.date', t.date)}`];
  if (t.riskCategory) parts.push(`reported ${valueWords('stressTests.riskCategory', t.riskCategory)}`);
  if (t.findings && Object.keys(t.findings).length) parts.push(valueWords('stressTests.findings', t.findings));
  return parts.join('; ');
}

function lesion(l) {
  const parts = [`${valueWords('anatomy.lesions.segment', l.segment)}: ${l.chronicTotalOcclusion ? 'chronic total'
    + ' occlusion' : l.stenosisPercent !== undefined ? l.stenosisPercent + '% stenosis' : 'stenosis not documented'}`];
  if (l.ffr !== undefined && l.ffr !== null) parts.push(`FFR ${l.ffr}`);
  if (l.ivusSignificant !== undefined && l.ivusSignificant !== null) {
    parts.push(l.ivusSignificant ? 'significant on IVUS' : 'not significant on IVUS');
  }
  if (l.culprit) parts.push('culprit lesion');
  return parts.join(', ');
}

function graft(g) {
  const stenosis = g.stenosisPercent === undefined ? 'stenosis not documented'
    : g.stenosisPercent >= 100 ? 'occluded' : `${g.stenosisPercent}% stenosis`;
  return `${valueWords('priorCabg.grafts.conduit', g.conduit)} to ${valueWords('priorCabg.grafts.target', g.target)}:`
    + ` ${stenosis}`;
}

const ITEM_WORDS = {
  stressTests: stressTest, 'anatomy.lesions': lesion,
  priorPci: p => `${valueWords('priorPci.segment', p.segment)} on ${valueWords('priorPci.date', p.date)}`
    + (p.highRisk ? ', high-risk PCI' : ''),
  priorImaging: p => `${valueWords('priorImaging.procedure', p.procedure)} on ${valueWords('priorImaging.date', p.date)}`,
};

/** One field's value as a node: lists of tests, lesions, grafts as lists; the rest in words. */
function valueNode(path, value) {
  if (path === 'request.requester' || path === 'request.facility') return party(value);
  if (path === 'priorCabg') {
    if (!value) return 'none';
    const grafts = value.grafts === undefined ? [el('li', {}, 'graft status not documented')]
      : value.grafts.length === 0 ? [el('li', {}, 'no grafts documented')] : value.grafts.map(g => el('li', {}, graft(g)));
    return el('div', {}, value.date ? `on ${valueWords('priorCabg.date', value.date)}` : 'date not documented',
      el('ul', {}, grafts));
  }
  if (ITEM_WORDS[path] && Array.isArray(value)) {
    if (value.length === 0) return path === 'stressTests' ? 'none performed' : 'none';
    return el('ul', {}, value.map(v => el('li', {}, ITEM_WORDS[path](v))));
  }
  if (path === 'anatomy.lesions' && value === undefined) return 'not documented';
  return valueWords(path, value);
}

/** The case in clinical words, by section. */
export function caseView(c) {
  const sections = [];
  for (const [title, always, optional] of SECTIONS) {
    const rows = [];
    for (const path of [...always, ...optional]) {
      const value = getPath(c, path);
      if (value === undefined && !always.includes(path)) continue;
      rows.push(el('dt', {}, fieldLabel(path)), el('dd', {'data-field': path}, valueNode(path, value)));
    }
    if (rows.length) sections.push(el('section', {class: 'case-section'}, el('h4', {}, title), el('dl', {}, rows)));
  }
  return el('div', {class: 'case-view'}, sections);
}

/** The evaluation in words: outcome, criteria with citations, reasons, missing data, categories, hypotheses. */
export function evaluationView(e, procedure, fieldLink) {
  const d = e.decision;
  const notes = Object.fromEntries((e.interpretations || []).map(n => [n.id, n.text]));
  const tier = d.tier ? TIER[d.tier] || plain(d.tier) : null;
  const parts = [
    el('div', {class: 'outcome outcome-' + d.outcome.toLowerCase()},
      el('p', {class: 'headline'}, OUTCOME[d.outcome] || plain(d.outcome)),
      el('p', {}, tier ? `${cap(PROCEDURE[procedure] || plain(procedure))} is rated ${tier}.` : 'Not rated yet.')),
  ];
  parts.push(el('h4', {}, 'Criterion'));
  parts.push(e.findings.length ? el('ul', {class: 'findings'}, e.findings.map(f => el('li', {class: 'finding'},
    el('p', {}, el('strong', {}, cap(ratingWords(f))), ` for ${PROCEDURE[f.procedure] || plain(f.procedure)}`),
    el('p', {}, f.description),
    el('p', {class: 'citation'}, el('cite', {}, f.citation)),
    (f.interpretations || []).length ? el('details', {class: 'small'}, el('summary', {}, 'Interpretations used'),
      el('ul', {}, f.interpretations.map(id => el('li', {}, notes[id] || plain(id))))) : null)))
    : el('p', {}, 'No published criterion matches this scenario.'));
  if (d.reasons.length) {
    parts.push(el('h4', {}, d.outcome === 'CLEAR' ? 'Notes' : 'Why'),
      el('ul', {class: 'reasons'}, d.reasons.map(r => el('li', {}, named(r.text)))));
  }
  if (d.missingData.length) {
    parts.push(el('h4', {}, 'Missing data that could change the rating'),
      el('ul', {}, d.missingData.map(p => el('li', {}, fieldLink ? fieldLink(p) : fieldLabel(p)))));
  }
  const derived = Object.entries(e.derived || {}).filter(([, v]) => v !== null && v !== undefined);
  if (derived.length) {
    parts.push(el('h4', {}, 'How the data were read'), el('dl', {class: 'derived'},
      derived.flatMap(([k, v]) => { const [label, words] = derivedWords(k, v); return [el('dt', {}, label), el('dd', {}, words)]; })));
  }
  if ((e.whatIf || []).length) {
    parts.push(el('h4', {}, 'What would change the rating'),
      el('p', {class: 'small'}, 'Hypotheses, not part of the record.'),
      el('ul', {class: 'whatifs'}, e.whatIf.map(w => el('li', {},
        `If ${named(w.change)}: ${w.wouldBe.tier ? 'would be rated ' + (TIER[w.wouldBe.tier] || plain(w.wouldBe.tier))
          : 'still not rated'}${w.wouldBe.outcome ? ' (' + OUTCOME[w.wouldBe.outcome].toLowerCase() + ')' : ''}.`))));
  }
  return el('div', {class: 'evaluation-view'}, parts);
}

export function cap(s) {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** Leaf values of a case by path: lists of plain values are one leaf, lists of objects go item by item. */
function leaves(value, path, out) {
  if (value !== null && typeof value === 'object' && !(Array.isArray(value) && value.every(v => typeof v !== 'object'))) {
    if (Array.isArray(value)) {
      if (value.length === 0) out.set(path, []);
      value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
    } else {
      Object.entries(value).forEach(([k, v]) => leaves(v, path ? `${path}.${k}` : k, out));
    }
  } else {
    out.set(path, value);
  }
  return out;
}

/** What changed between two versions of a case: [{path, before, after}] (a field added or removed included). */
export function caseChanges(before, after) {
  const a = leaves(before, '', new Map());
  const b = leaves(after, '', new Map());
  const paths = [...new Set([...a.keys(), ...b.keys()])].filter(p => p && p !== 'caseId');
  return paths.filter(p => JSON.stringify(a.get(p)) !== JSON.stringify(b.get(p)))
    .map(p => ({path: p, before: a.get(p), after: b.get(p)}));
}

/** The differences between consecutive versions, newest first, with the rating each version got. */
export function versionsView(versions) {
  if (versions.length < 2) return el('p', {}, 'One version: nothing changed since the request was submitted.');
  const blocks = [];
  for (let i = versions.length - 1; i > 0; i--) {
    const before = versions[i - 1];
    const after = versions[i];
    const changes = caseChanges(before.caseJson, after.caseJson);
    blocks.push(el('section', {class: 'version-change'},
      el('h4', {}, `Version ${after.version}, supplied ${when(after.createdAt)} by ${after.createdBy}`),
      el('p', {}, `Rating: ${TIER[before.tier] || 'not rated'} \u2192 ${TIER[after.tier] || 'not rated'}. `
        + (before.outcome === after.outcome ? `Still ${OUTCOME[after.outcome].toLowerCase()}.`
          : `${OUTCOME[before.outcome]} \u2192 ${OUTCOME[after.outcome].toLowerCase()}.`)),
      changes.length ? el('table', {class: 'changes'},
        el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Field'), el('th', {scope: 'col'}, 'Before'),
          el('th', {scope: 'col'}, 'Now'))),
        el('tbody', {}, changes.map(ch => el('tr', {},
          el('th', {scope: 'row'}, fieldLabel(ch.path)),
          el('td', {}, ch.before === undefined ? 'not documented' : valueWords(ch.path, ch.before)),
          el('td', {}, ch.after === undefined ? 'not documented' : valueWords(ch.path, ch.after))))))
        : el('p', {}, 'The case is the same as before.')));
  }
  return el('div', {}, blocks);
}

/** The reviewers' messages, oldest first; {@code itemLink(path)} renders an item asked for. */
export function messagesView(messages, itemLink) {
  if (!messages.length) return el('p', {}, 'No message yet.');
  return el('ol', {class: 'messages'}, messages.map(m => el('li', {class: 'message message-' + m.kind.toLowerCase()},
    el('p', {class: 'message-head'}, el('strong', {}, m.from), ` ${DECIDED[m.decision]} `,
      el('span', {class: 'small'}, `(${when(m.at)}, version ${m.screeningVersion})`)),
    el('p', {class: 'note'}, m.note),
    m.alternative ? el('p', {}, `Recommended instead: ${ALTERNATIVE[m.alternative] || plain(m.alternative)}.`) : null,
    m.items.length ? el('div', {}, el('p', {}, 'Asked for:'),
      el('ul', {class: 'asked'}, m.items.map(p => el('li', {}, itemLink ? itemLink(p) : fieldLabel(p))))) : null)));
}

/** The request's history, oldest first. */
export function historyView(entries) {
  return el('ol', {class: 'history'}, entries.map(h => el('li', {},
    el('span', {class: 'when'}, when(h.at)), ' ',
    el('strong', {}, STEP[h.action] || plain(h.action)),
    h.action === 'SCREENING_STATUS_CHANGED' && h.status ? `: ${(STATUS[h.status] || plain(h.status)).toLowerCase()}` : '',
    (h.action === 'REVIEW_REASSIGNED' && h.claimedBy) ? ` to ${h.claimedBy}` : '',
    h.action === 'CASE_UPDATED' && h.version ? ` (version ${h.version})` : '',
    h.action === 'REVIEW_DECIDED' && h.decision ? `: ${DECIDED[h.decision]}` : '',
    el('span', {class: 'small'}, ` by ${h.actor}`))));
}

/**
 * The determination letter: the decision, the specific reason (the criterion and its rating, why the request was
 * held), the criteria cited, the reviewer's rationale, the alternative when not approved, and what the requester may
 * do next.
 */
export function letterView(d, c) {
  const approved = d.outcome === 'APPROVED';
  const procedure = PROCEDURE[d.procedure] || plain(d.procedure);
  const main = d.criteria[0];
  const reason = main
    ? `The criteria rate ${procedure} in this scenario ${ratingWords(main)}: "${main.description}".`
    : `No published criterion covers ${procedure} in this scenario.`;
  return el('article', {class: 'letter', id: 'letter', 'aria-labelledby': 'letter-title'},
    el('header', {}, el('p', {class: 'small'}, 'Crosscheck second review'),
      el('h3', {id: 'letter-title'}, 'Determination of a prior authorization request'),
      el('p', {}, `Date: ${day(d.decidedAt)}`)),
    el('dl', {class: 'letter-facts'},
      c && c.request && c.request.requester ? [el('dt', {}, 'Requesting clinician'),
        el('dd', {}, party(c.request.requester))] : null,
      c && c.request && c.request.facility ? [el('dt', {}, 'Facility'), el('dd', {}, party(c.request.facility))] : null,
      el('dt', {}, 'Request'), el('dd', {}, `${cap(procedure)}, case ${d.caseId}, submitted ${when(d.requestedAt)}`),
      el('dt', {}, 'Version decided'), el('dd', {}, String(d.version)),
      el('dt', {}, 'Determination'), el('dd', {id: 'letter-decision', class: approved ? 'approved' : 'not-approved'},
        approved ? 'Approved' : 'Not approved')),
    el('h4', {}, approved ? 'Basis of the decision' : 'Specific reason for the decision'),
    el('p', {id: 'letter-reason'}, reason,
      d.reasons.length ? ' It was held for a second review because: '
        + d.reasons.map(r => named(r.text)).join('; ') + '.' : ''),
    el('h4', {}, 'Criteria cited'),
    d.criteria.length ? el('ul', {id: 'letter-criteria'}, d.criteria.map(x => el('li', {},
      `${cap(ratingWords(x))}: ${x.description}`, el('br'), el('cite', {}, x.citation))))
      : el('p', {}, 'None: no published criterion covers this scenario.'),
    el('h4', {}, "Reviewer's rationale"),
    el('p', {id: 'letter-rationale', class: 'note'}, d.rationale),
    approved ? null : el('h4', {}, 'Alternative recommended'),
    approved ? null : el('p', {id: 'letter-alternative'}, cap(ALTERNATIVE[d.alternative] || plain(d.alternative))),
    el('p', {}, `Reviewed by ${d.decidedBy}, ${when(d.decidedAt)}.`),
    approved ? null : el('p', {class: 'small'}, 'If you disagree, send a new version of the case with the additional'
      + ' documentation from your requests page: it is evaluated again and, when it still needs one, reviewed again.'));
}
