// SPDX-License-Identifier: Apache-2.0
// The documentation form of a pending order (Da Vinci DTR, adaptive): asks the service for the next question
// ($next-question) until the order is decided, then sends the completed answers (QuestionnaireResponse), which
// re-rates the order. Renders the FHIR Questionnaire items as they come; nothing is kept outside this page's memory.
import {el} from '/app/dom.js';
import {render, responseItem, showItemErrors} from '/app/questionnaire-items.js';

const CANONICAL = 'https://crosscheck.dev/fhir/Questionnaire/';
const OUTCOME_WORDS = {
  CLEAR: 'Rated: no second review needed',
  SECOND_REVIEW: 'Rated: a second review by another clinician is needed',
  PEND: 'Still not decided: the order goes to a reviewer with your answers',
  NO_DELAY: 'Emergency: proceed without delay',
};
const TIER_WORDS = {
  APPROPRIATE: 'appropriate', MAY_BE_APPROPRIATE: 'may be appropriate', RARELY_APPROPRIATE: 'rarely appropriate',
  NOT_RATED: 'not rated by the criteria', NO_CRITERIA_APPLY: 'not covered by any published criterion',
};
const COVERAGE_WORDS = {
  coverage: 'Coverage', 'pa-needed': 'Prior authorization', 'doc-needed': 'Documentation needed',
  'auth-needed': 'needed', 'no-auth': 'not needed', conditional: 'conditional on the missing information',
  covered: 'covered',
  clinical: 'clinical documentation',
};

const state = {auth: null, context: null, response: null};
const $ = s => document.querySelector(s);

async function call(path, resource) {
  const response = await fetch(path, {method: 'POST', body: JSON.stringify(resource), headers: {
    'Content-Type': 'application/fhir+json', 'Accept': 'application/fhir+json, application/problem+json',
    'Authorization': state.auth, 'X-Requested-With': 'XMLHttpRequest'}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw Object.assign(new Error(body.detail || body.title || ('HTTP ' + response.status)), {body});
  return body;
}

function showProblem(error) {
  const p = $('#problem');
  p.textContent = error ? error.message : '';
  p.hidden = !error;
  showItemErrors(document, error && error.body && error.body.errors);
}

// ---- the steps ----

function containedQuestionnaire() {
  return (state.response.contained || []).find(r => r.resourceType === 'Questionnaire');
}

function show() {
  const q = containedQuestionnaire();
  const byLink = Object.fromEntries((q ? q.item : []).map(i => [i.linkId, i]));
  const done = state.response.item.filter(i => i.answer || i.item);
  const open = state.response.item.filter(i => !(i.answer || i.item));
  $('#answered').hidden = done.length === 0;
  $('#answered-list').replaceChildren(...done.map(i => el('li', {text: (byLink[i.linkId] || i).text})));
  $('#items').replaceChildren(...open.map(i => render(byLink[i.linkId], 'q-')));
  $('#step').hidden = open.length === 0;
  $('#step-title').textContent = open.length > 1 ? 'Next questions' : 'Next question';
}

async function next(event) {
  if (event) event.preventDefault();
  showProblem(null);
  try {
    const boxes = [...document.querySelectorAll('#items > .question')];
    const answered = new Map(boxes.map(b => [b.dataset.linkId, responseItem(b)]));
    state.response.item = state.response.item.map(i => answered.get(i.linkId) || i);
    state.response = await call('/fhir/Questionnaire/$next-question', state.response);
    if (state.response.status === 'completed') return finish();
    show();
  } catch (e) {
    showProblem(e);
  }
}

async function finish() {
  $('#step').hidden = true;
  const answers = structuredClone(state.response);
  answers.item = answers.item.filter(i => i.answer || i.item);
  const result = await call('/fhir/QuestionnaireResponse', answers);
  const part = name => (result.parameter || []).find(p => p.name === name);
  const outcome = part('outcome').valueString;
  const tier = part('tier') ? part('tier').valueString : null;
  $('#result-outcome').textContent = OUTCOME_WORDS[outcome] + (tier ? ' (rated ' + (TIER_WORDS[tier] || tier) + ')'
    : '');
  const order = part('order').resource;
  const coverage = (order.extension || []).find(e => e.url.endsWith('ext-coverage-information'));
  const rows = [];
  for (const sub of coverage ? coverage.extension : []) {
    if (sub.url === 'covered') {
      rows.push(el('dt', {text: 'Coverage'}), el('dd', {text: COVERAGE_WORDS[sub.valueCode] || sub.valueCode}));
      continue;
    }
    if (!COVERAGE_WORDS[sub.url] || sub.url === 'coverage') continue;
    rows.push(el('dt', {text: COVERAGE_WORDS[sub.url]}), el('dd', {text: COVERAGE_WORDS[sub.valueCode] || sub.valueCode}));
  }
  if (coverage && !coverage.extension.some(s => s.url === 'doc-needed')) {
    rows.push(el('dt', {text: 'Documentation needed'}), el('dd', {text: 'no: your answers document the order'}));
  }
  $('#result-coverage').replaceChildren(...rows);
  $('#result').hidden = false;
  $('#result-title').focus();
}

async function start(event) {
  event.preventDefault();
  const token = $('#signin-token').value.trim();
  state.auth = token ? 'Bearer ' + token
    : 'Basic ' + btoa($('#signin-user').value + ':' + $('#signin-password').value);
  $('#signin-status').textContent = 'Signed in.';
  state.response = {resourceType: 'QuestionnaireResponse', status: 'in-progress',
    questionnaire: CANONICAL + 'adaptive-' + state.context, item: []};
  await next();
}

document.addEventListener('DOMContentLoaded', () => {
  state.context = new URLSearchParams(location.search).get('context');
  if (!state.context) {
    showProblem(new Error('This page is opened from an order card: its address names the order (context).'));
    $('#signin-button').disabled = true;
  }
  $('#signin').addEventListener('submit', start);
  $('#step').addEventListener('submit', next);
});
