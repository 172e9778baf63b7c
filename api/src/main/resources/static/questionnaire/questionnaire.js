// SPDX-License-Identifier: Apache-2.0
// The documentation form of a pending order (Da Vinci DTR, adaptive): asks the service for the next question
// ($next-question) until the order is decided, then sends the completed answers (QuestionnaireResponse), which
// re-rates the order. Renders the FHIR Questionnaire items as they come; nothing is kept outside this page's memory.
'use strict';

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

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
  return node;
}

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
  document.querySelectorAll('.field-error').forEach(e => e.remove());
  for (const e of (error && error.body && error.body.errors) || []) {
    const target = document.querySelector(`[data-link-id="${CSS.escape(e.field)}"]`);
    if (target) target.append(el('p', {class: 'field-error', text: e.message}));
  }
}

// ---- rendering the items of the contained Questionnaire ----

function unit(item) {
  const ext = (item.extension || []).find(e => e.url.endsWith('questionnaire-unit'));
  return ext ? ext.valueCoding.code : null;
}

function limit(item, name) {
  const ext = (item.extension || []).find(e => e.url.endsWith('/' + name));
  return ext ? (ext.valueInteger ?? ext.valueDecimal) : undefined;
}

function render(item, prefix) {
  const id = prefix + item.linkId.replace(/[^A-Za-z0-9]/g, '-');
  const box = el('div', {class: 'question', 'data-link-id': item.linkId});
  if (item.type === 'group') {
    const fields = el('fieldset', {'data-link-id': item.linkId}, el('legend', {text: item.text}));
    const none = (item.item || []).find(c => c.linkId.endsWith('.none'));
    const one = (item.item || []).find(c => c.repeats);
    if (none && one) {
      const list = el('div', {class: 'entries'});
      const add = () => list.append(entry(one, id + '-' + list.children.length));
      const noneBox = el('input', {type: 'checkbox', id: id + '-none', 'data-none': none.linkId});
      noneBox.addEventListener('change', () => { list.hidden = addButton.hidden = noneBox.checked; });
      const addButton = el('button', {type: 'button', class: 'secondary', onclick: add}, 'Add another');
      fields.append(el('label', {for: id + '-none'}, noneBox, ' ' + none.text), list, addButton);
      add();
    } else {
      for (const child of item.item || []) fields.append(render(child, id + '-'));
    }
    box.append(fields);
    return box;
  }
  const label = el('span', {class: 'label', id: id + '-label', text: item.text});
  box.append(label);
  if (item.type === 'choice') {
    const many = item.repeats;
    const options = item.answerOption || [];
    if (!many && options.length > 6) {
      const select = el('select', {id, 'aria-labelledby': id + '-label'}, el('option', {value: ''}, 'Choose'));
      for (const o of options) select.append(el('option', {value: o.valueCoding.code}, o.valueCoding.display));
      box.append(select);
    } else {
      const choices = el('div', {class: 'choices', role: many ? 'group' : 'radiogroup',
        'aria-labelledby': id + '-label'});
      options.forEach((o, n) => choices.append(el('label', {},
        el('input', {type: many ? 'checkbox' : 'radio', name: id, value: o.valueCoding.code, id: id + '-' + n}),
        ' ' + o.valueCoding.display)));
      box.append(choices);
    }
  } else if (item.type === 'boolean') {
    box.append(el('div', {class: 'choices', role: 'radiogroup', 'aria-labelledby': id + '-label'},
      el('label', {}, el('input', {type: 'radio', name: id, value: 'true'}), ' Yes'),
      el('label', {}, el('input', {type: 'radio', name: id, value: 'false'}), ' No')));
  } else {
    const type = item.type === 'date' ? 'date' : 'number';
    box.append(el('input', {id, type, 'aria-labelledby': id + '-label', min: limit(item, 'minValue'),
      max: limit(item, 'maxValue'), step: item.type === 'decimal' ? 'any' : (type === 'number' ? '1' : null)}));
    if (unit(item)) box.append(el('span', {class: 'unit', text: unit(item)}));
  }
  box.dataset.type = item.type + (item.repeats ? '*' : '');
  return box;
}

function entry(one, id) {
  const fields = el('fieldset', {class: 'entry', 'data-entry': one.linkId}, el('legend', {text: one.text}));
  for (const child of one.item || []) fields.append(render(child, id + '-'));
  fields.append(el('button', {type: 'button', class: 'secondary', onclick: () => fields.remove()}, 'Remove'));
  return fields;
}

// ---- reading the answers back into QuestionnaireResponse items ----

function answersOf(box) {
  const type = box.dataset.type;
  const input = box.querySelector(':scope > input, :scope > select');
  const checked = [...box.querySelectorAll(':scope > .choices input:checked')].map(i => i.value);
  if (type === 'choice' || type === 'choice*') {
    const codes = input && input.tagName === 'SELECT' ? (input.value ? [input.value] : []) : checked;
    return codes.map(code => ({valueCoding: {system: 'https://crosscheck.dev/fhir/CodeSystem/case-finding', code}}));
  }
  if (type === 'boolean') return checked.map(v => ({valueBoolean: v === 'true'}));
  if (!input || input.value === '') return [];
  if (type === 'date') return [{valueDate: input.value}];
  if (type === 'integer') return [{valueInteger: Number(input.value)}];
  return [{valueDecimal: Number(input.value)}];
}

function responseItem(box) {
  const linkId = box.dataset.linkId;
  const group = box.querySelector(':scope > fieldset');
  if (!group) {
    const answer = answersOf(box);
    return answer.length ? {linkId, answer} : null;
  }
  const none = group.querySelector(`:scope > label > input[data-none]`);
  if (none) {
    if (none.checked) return {linkId, item: [{linkId: none.dataset.none, answer: [{valueBoolean: true}]}]};
    const entries = [...group.querySelectorAll(':scope > .entries > fieldset')].map(f => ({
      linkId: f.dataset.entry,
      item: [...f.querySelectorAll(':scope > .question')].map(responseItem).filter(Boolean)}))
      .filter(e => e.item.length);
    return entries.length ? {linkId, item: entries} : null;
  }
  const children = [...group.querySelectorAll(':scope > .question')].map(responseItem).filter(Boolean);
  return children.length ? {linkId, item: children} : null;
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
