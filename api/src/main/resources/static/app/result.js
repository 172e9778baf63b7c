// SPDX-License-Identifier: Apache-2.0
// The result of a check in clinical words: the outcome, why, what is missing, what to check in the data, the matched
// criteria with their sources, the hypotheses (what-ifs) beside the documented result, how the data were read, and
// what was checked. Hypotheses are never written into the case: a "Go to the field" button opens the field where the
// clinician documents the real value; only a change of the requested procedure (the clinician's choice) is offered
// as a new check.
import {$, el} from './dom.js';
import * as words from './words.js';
import {summary} from './summary.js';

/** A code shown only on demand ("Show the codes"). */
function code(...text) {
  return el('span', {class: 'code'}, ' [', text.filter(Boolean).join(' | '), ']');
}

function heading(text) {
  return el('h3', {}, text);
}

/**
 * Renders an evaluation of {@code theCase}. actions: go(path) opens a field, plan(procedure) checks another
 * procedure instead.
 */
export function renderResult(e, theCase, actions) {
  const d = e.decision;
  const procedure = theCase.request && theCase.request.procedure;
  const procedureText = words.procedureWords(procedure);
  $('#outcome').className = 'outcome outcome-' + d.outcome.toLowerCase();
  $('#outcome').replaceChildren(
    el('p', {class: 'headline', id: 'outcome-headline'}, words.outcomeWords(d.outcome)),
    el('p', {id: 'outcome-rating'}, d.tier ? `${procedureText}: ${words.tierPhrase(d.tier)}.`
      : d.outcome === 'PEND' ? 'No rating until the missing data are documented.' : 'No single rating.',
    code(d.outcome, d.tier)));

  const reasons = d.reasons.filter(r => r.code !== 'MISSING_DATA');
  $('#reasons').replaceChildren(...(reasons.length && d.outcome !== 'CLEAR' ? [heading('Why'),
    el('ul', {}, reasons.map(r => el('li', {}, words.reasonWords(r), code(r.code, r.text))))] : []));

  $('#missing').replaceChildren(...(d.missingData.length ? [
    heading('Missing data that could change the rating'),
    el('ul', {class: 'links'}, d.missingData.map(path => el('li', {}, fieldButton(path, actions), code(path))))] : []));

  const checks = e.warnings.map(w => ({...words.warningWords(w, theCase), engine: w}));
  $('#checks').replaceChildren(...(checks.length ? [heading('Check the data'),
    el('ul', {class: 'warnings'}, checks.map(w => el('li', {}, w.text, ' ',
      w.field ? goButton(w.field, 'Go to the field', actions) : null, code(w.engine))))] : []));

  $('#findings').replaceChildren(heading('Matched criteria'), ...(e.findings.length
    ? [el('ul', {class: 'findings'}, e.findings.map(finding))]
    : [el('p', {}, d.outcome === 'PEND' ? 'None yet: the missing data decide which criterion applies.'
      : 'No published criterion matches this scenario.')]));

  $('#whatifs').replaceChildren(...hypotheses(e, theCase, actions));

  const derived = Object.entries(e.derived || {});
  $('#derived').replaceChildren(...(derived.length ? [heading('How the data were read'),
    el('dl', {class: 'derived'}, derived.flatMap(([k, v]) => [el('dt', {}, words.derivedLabel(k)),
      el('dd', {}, words.derivedValue(k, v), code(k, String(v)))]))] : []));

  $('#interpretations').replaceChildren(...(e.interpretations.length ? [heading('Readings of the criteria used'),
    el('ul', {class: 'small'}, e.interpretations.map(n => el('li', {}, words.interpretationWords(n.id, n.text),
      code(n.id, n.text))))] : []));

  $('#inputs').replaceChildren(heading('What was checked'), summary(theCase));

  const reference = theCase.caseId && theCase.caseId !== 'self-check' ? theCase.caseId : 'none entered';
  $('#print-head').textContent = `Crosscheck appropriateness check. Case reference: ${reference}. Date of the plan:`
    + ` ${theCase.asOf}.`;
  $('#print-footer').replaceChildren(
    el('p', {id: 'case-reference'}, `Case reference: ${reference}. Check reference: `,
      el('span', {class: 'mono'}, e.provenance.inputSha256.slice(0, 16)), ` (a fingerprint of the data above).`),
    el('p', {}, `Crosscheck ${e.provenance.engineVersion}, rule sets `
      + e.provenance.ruleSets.map(r => `${words.ruleSetName(r.id)} ${r.version}`).join(', ')
      + `; evaluated as of ${e.evaluatedAt}; printed ${new Date().toLocaleString()}.`),
    el('p', {}, 'Decision support: the criteria rate scenarios, the clinician decides. Only documented data are'
      + ' shown; hypotheses (what-ifs) are not printed.'));
}

function finding(f) {
  const caution = words.verificationWords(f.verification);
  return el('li', {class: 'finding'},
    el('p', {}, el('strong', {}, words.ratingWords(f)),
      ` for ${words.procedureInText(f.procedure)}`, code(f.rule, `${f.ruleSet}/${f.criterion}`, f.column)),
    el('p', {}, words.descriptionWords(f.description)),
    el('p', {class: 'citation'}, el('cite', {}, words.citationWords(f.citation)), code(f.citation)),
    caution ? el('p', {class: 'caution'}, caution, code(f.verification)) : null);
}

/** The what-ifs as hypotheses beside the documented result. */
function hypotheses(e, theCase, actions) {
  if (!e.whatIf.length) return [];
  const d = e.decision;
  const documented = el('li', {class: 'documented'}, el('p', {class: 'if'}, 'As documented'),
    el('p', {class: 'would'}, resultWords(d.outcome, d.tier)));
  const items = e.whatIf.map(w => ({w, h: words.whatIfWords(w, theCase)}));
  const missing = new Map();
  const rest = [];
  for (const item of items) {
    if (item.h.kind === 'missing') {
      if (!missing.has(item.h.field)) missing.set(item.h.field, []);
      missing.get(item.h.field).push(item);
    } else {
      rest.push(item);
    }
  }
  const list = el('ul', {class: 'whatifs', id: 'whatif-list'}, documented,
    [...missing.entries()].map(([field, values]) => el('li', {class: 'hypothesis'},
      el('p', {class: 'if'}, `If ${words.lower(values[0].h.label)} were documented:`),
      el('ul', {}, values.map(({w, h}) => el('li', {}, `${h.value}: `, el('span', {class: 'would'},
        wouldWords(w.wouldBe)), code(w.change)))),
      goButton(field, 'Go to the field', actions))),
    rest.map(({w, h}, i) => el('li', {class: 'hypothesis'},
      el('p', {class: 'if'}, h.text + ':'),
      el('p', {class: 'would'}, wouldWords(w.wouldBe)),
      h.kind === 'plan' ? el('button', {type: 'button', class: 'apply', id: `whatif-${i}`,
        onclick: () => actions.plan(w.value)}, `Check ${words.procedureInText(w.value)} instead`)
        : h.kind === 'data' ? goButton(h.field, 'Go to the field to document it', actions) : null,
      code(w.change, w.field))));
  return [heading('Hypotheses: what would change the result'),
    el('p', {class: 'help'}, 'Not part of the case and never printed. Only what you document in the form is checked.'),
    list];
}

function resultWords(outcome, tier) {
  return words.outcomeWords(outcome) + (tier ? `: ${words.tierPhrase(tier)}` : '') + '.';
}

function wouldWords(would) {
  if (would.outcome === 'PEND') return 'still open: other missing data decide it.';
  const criteria = would.criteria && would.criteria.length ? ` (${words.criteriaWords(would.criteria)})` : '';
  if (!would.outcome) return `${words.tierPhrase(would.tier)}${criteria}.`;
  return words.lower(words.outcomeWords(would.outcome)) + (would.tier ? `: ${words.tierPhrase(would.tier)}` : '')
    + criteria + '.';
}

function fieldButton(path, actions) {
  return el('button', {type: 'button', class: 'link', 'data-field': path, onclick: () => actions.go(path)},
    words.fieldsLabel(path.split(', ')));
}

function goButton(path, text, actions) {
  return el('button', {type: 'button', class: 'apply go', 'data-field': path, onclick: () => actions.go(path)}, text);
}
