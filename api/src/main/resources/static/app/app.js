// SPDX-License-Identifier: Apache-2.0
// The self-check page: a case form built on the case format's JSON Schema (served beside this file), the stateless
// evaluation (POST /api/v1/evaluations), the result in clinical words. No framework, nothing fetched from the
// internet, nothing stored: the credentials and the case live in this page only.
import {$, el, today} from './dom.js';
import {cardView} from './ehr-card.js';
import {buildForm, showError, updateVisibility, validate} from './form.js';
import {caseFromForm, errorControl, fieldsNotOnTheForm, fillForm, focusField} from './form-case.js';
import {answeredStep, hideQuestions, showQuestionProblem, showStep} from './questions.js';
import {renderResult} from './result.js';
import * as words from './words.js';

const state = {
  auth: null,       // the Authorization header value, in memory only
  lastCase: null,   // the case last checked: the result and the printout show it, not the form as edited since
  step: null,       // the questions' current step (a QuestionnaireResponse) for the case last checked
  checks: 0,        // counts the checks: an answer that arrives after a newer check is dropped
};

function setStatus(selector, text) {
  $(selector).textContent = text;
}

function headers(extra = {}) {
  return {'Accept': 'application/json, application/problem+json', 'Authorization': state.auth,
    'X-Requested-With': 'XMLHttpRequest', ...extra};
}

// ---- signing in: the credentials are checked before the page says so ----

async function signIn(event) {
  event.preventDefault();
  const token = $('#signin-token').value.trim();
  const user = $('#signin-user').value.trim();
  let auth;
  if (token) {
    auth = 'Bearer ' + token;
  } else {
    const bytes = new TextEncoder().encode(`${user}:${$('#signin-password').value}`);
    auth = 'Basic ' + btoa(String.fromCharCode(...bytes));
  }
  $('#signin-password').value = '';
  setStatus('#signin-status', 'Checking the sign-in...');
  let response;
  try {
    response = await fetch('/api/v1/rulesets', {headers: {...headers(), Authorization: auth}});
  } catch (e) {
    setStatus('#signin-status', 'Not signed in: the service cannot be reached.');
    return;
  }
  if (response.ok) {
    state.auth = auth;
    setStatus('#signin-status', token ? 'Signed in with a token.' : `Signed in as ${user}.`);
  } else {
    state.auth = null;
    setStatus('#signin-status', response.status === 401
      ? 'Not signed in: the user, password or token was not accepted.'
      : `Not signed in: the service answered ${response.status}.`);
  }
}

// ---- calling the service ----

/** A JSON POST to the service: {ok, status, body}; a lost sign-in is said at the top. */
async function post(path, json) {
  const response = await fetch(path, {method: 'POST', headers: headers({'Content-Type': 'application/json'}),
    body: JSON.stringify(json)});
  const body = await response.json().catch(() => ({}));
  if (response.status === 401) {
    state.auth = null;
    setStatus('#signin-status', 'Not signed in: the user, password or token was not accepted.');
  }
  return {ok: response.ok, status: response.status, body};
}

/**
 * Checks a case. {@code questions}: the step of the questions that follows the clinician's answers, and the fields
 * they documented; without it, the questions of a pending plan start afresh.
 */
async function evaluate(c, questions = null) {
  if (!state.auth) {
    setStatus('#form-status', 'Sign in first (top right).');
    $('#signin-password').focus();
    return;
  }
  setStatus('#form-status', 'Checking...');
  let response;
  try {
    response = await fetch('/api/v1/evaluations', {method: 'POST',
      headers: headers({'Content-Type': 'application/json'}), body: JSON.stringify(c)});
  } catch (e) {
    setStatus('#form-status', 'The service cannot be reached: ' + e.message);
    return;
  }
  const body = await response.json().catch(() => ({}));
  if (response.status === 401) {
    state.auth = null;
    setStatus('#signin-status', 'Not signed in: the user, password or token was not accepted.');
    setStatus('#form-status', 'Sign in again (top right).');
    return;
  }
  if (response.status === 403) {
    setStatus('#form-status', 'This user may not use the check: sign in as a clinician.');
    return;
  }
  if (!response.ok) {
    showProblem(body, response.status);
    return;
  }
  setStatus('#form-status', '');
  state.lastCase = c;
  const check = ++state.checks;
  renderResult(body, c, {go: path => goTo(path), plan: procedure => checkInstead(procedure)});
  showCard(c, check);
  showQuestions(c, body.decision.outcome === 'PEND', questions, check);
  $('#stale').hidden = true;
  $('#print').disabled = false;
  $('#result').hidden = false;
  $('#result-title').setAttribute('tabindex', '-1');
  $('#result-title').focus();
}

/** The card the EHR would get for this order at order-sign, made by the service. */
async function showCard(c, check) {
  let r;
  try {
    r = await post('/api/v1/order-sign-card', c);
  } catch (e) {
    r = {ok: false, body: {detail: e.message}};
  }
  if (check !== state.checks) return;
  $('#ehr-card-holder').replaceChildren(r.ok ? cardView(r.body)
    : el('p', {class: 'help'}, 'The card could not be made: ' + (r.body.detail || r.body.title || r.status)));
  $('#ehr').hidden = false;
}

/** The questions of a pending plan: the step after the clinician's answers, or the first step of the case. */
async function showQuestions(c, pending, questions, check) {
  if (questions) {
    state.step = questions.step;
    showStep(state.step, questions.answered, pending);
    return;
  }
  state.step = null;
  hideQuestions();
  if (!pending) return;
  let r;
  try {
    r = await post('/api/v1/questions', {case: c});
  } catch (e) {
    r = {ok: false, body: {detail: e.message}};
  }
  if (check !== state.checks || !r.ok) return;
  state.step = r.body.response;
  showStep(state.step, [], true);
}

/** The clinician's answers: entered into the case by the service, put into the form, and the plan checked again. */
async function answerQuestions(event) {
  event.preventDefault();
  if (!state.step || !state.lastCase || $('#answer-questions').disabled) return;
  $('#answer-questions').disabled = true;
  setStatus('#question-status', 'Entering your answers...');
  let r;
  try {
    r = await post('/api/v1/questions', {case: state.lastCase, response: answeredStep(state.step)});
  } catch (e) {
    r = {ok: false, status: 0, body: {title: 'The service cannot be reached', detail: e.message}};
  }
  if (!r.ok) {
    $('#answer-questions').disabled = false;
    showQuestionProblem(r.body, r.status);
    return;
  }
  fillForm(r.body.case);
  let c;
  try {
    c = caseFromForm();
  } catch (err) {
    setStatus('#question-status', err.message);
    return;
  }
  await evaluate(c, {step: r.body.response, answered: r.body.answered});
}

/** A problem+json: each field error next to its field, the others in the status line. */
function showProblem(problem, status) {
  const errors = problem.errors || [];
  const unplaced = [];
  for (const e of errors) {
    const control = errorControl(e.field);
    if (control) showError(control, e.message);
    else unplaced.push((e.field ? words.fieldLabel(e.field) + ': ' : '') + e.message);
  }
  const title = problem.title || ('Error ' + status);
  setStatus('#form-status', `${title}: ${errors.length ? errors.length + ' problem(s), marked at the fields.'
    : problem.detail || ''}` + (unplaced.length ? ' ' + unplaced.join('; ') : ''));
  const first = errors.map(e => errorControl(e.field)).find(Boolean);
  if (first) first.focus();
}

function goTo(path) {
  if (!focusField(path)) setStatus('#form-status', `${words.fieldLabel(path)}: not asked for this procedure.`);
}

/** Another procedure instead of the requested one: the clinician's choice, checked with the documented data. */
function checkInstead(procedure) {
  $('[data-path="request.procedure"]').value = procedure;
  updateVisibility();
  submit();
}

function submit() {
  let c;
  try {
    c = caseFromForm();
  } catch (err) {
    setStatus('#form-status', err.message);
    const first = $('#case-form [aria-invalid="true"]');
    if (first) first.focus();
    return;
  }
  evaluate(c);
}

function markStale() {
  if (!$('#result').hidden) {
    $('#stale').hidden = false;
    $('#print').disabled = true;
    if (!$('#questions').hidden) {
      $('#answer-questions').disabled = true;
      setStatus('#question-status', 'The form has changed since this check: check the plan again to answer its'
        + ' questions.');
    }
  }
}

// ---- JSON panel ----

function readJson() {
  try {
    const c = JSON.parse($('#case-json').value);
    if (!c || typeof c !== 'object' || Array.isArray(c)) throw new Error('a case is a JSON object');
    setStatus('#json-status', '');
    return c;
  } catch (e) {
    setStatus('#json-status', 'Not a case: ' + e.message);
    return null;
  }
}

// ---- wiring ----

async function start() {
  const [schema] = await Promise.all([fetch('/app/case.schema.json').then(r => r.json()), words.loadWords()]);
  buildForm(schema, $('#case-sections'));
  fillForm({asOf: today()});

  $('#case-form').addEventListener('input', e => {
    if (e.target.matches('[data-path]') && e.target.type !== 'checkbox') validate(e.target);
    markStale();
  });
  $('#case-form').addEventListener('change', markStale);
  $('#case-form').addEventListener('submit', e => { e.preventDefault(); submit(); });
  $('#clear').addEventListener('click', () => {
    fillForm({asOf: today()});
    setStatus('#form-status', '');
    $('#result').hidden = true;
  });
  $('#load-json').addEventListener('click', () => {
    const c = readJson();
    if (c) { fillForm(c); setStatus('#json-status', 'Loaded into the form.'); markStale(); }
  });
  $('#check-json').addEventListener('click', () => {
    const c = readJson();
    if (c) { fillForm(c); evaluate(c); }
  });
  $('#show-json').addEventListener('click', () => {
    try {
      $('#case-json').value = JSON.stringify(caseFromForm(), null, 2);
      setStatus('#json-status', '');
    } catch (err) {
      setStatus('#json-status', err.message);
    }
  });
  const drop = $('#case-json');
  drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('dragging'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', async e => {
    e.preventDefault();
    drop.classList.remove('dragging');
    const file = e.dataTransfer.files[0];
    if (file) { drop.value = await file.text(); const c = readJson(); if (c) fillForm(c); }
  });
  $('#show-codes').addEventListener('change', e => $('#result').classList.toggle('show-codes', e.target.checked));
  $('#print').addEventListener('click', () => window.print());
  $('#question-form').addEventListener('submit', answerQuestions);
  $('#signin').addEventListener('submit', signIn);
  // for the browser tests: the page's own view of the form and its words
  window.crosscheck = {fieldsNotOnTheForm, focusField, words, caseFromForm, fillForm};
  document.body.dataset.ready = 'true';
}

start().catch(e => setStatus('#form-status', 'The page could not start: ' + e.message));
