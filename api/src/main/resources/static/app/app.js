// SPDX-License-Identifier: Apache-2.0
// The self-check page: a case form built on the case format's JSON Schema (served beside this file), the stateless
// evaluation (POST /api/v1/evaluations), the result in clinical words. No framework, nothing fetched from the
// internet, nothing stored: the credentials and the case live in this page only.
import {$, today} from './dom.js';
import {buildForm, showError, updateVisibility, validate} from './form.js';
import {caseFromForm, errorControl, fieldsNotOnTheForm, fillForm, focusField} from './form-case.js';
import {renderResult} from './result.js';
import * as words from './words.js';

const state = {
  auth: null,       // the Authorization header value, in memory only
  lastCase: null,   // the case last checked: the result and the printout show it, not the form as edited since
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

async function evaluate(c) {
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
  renderResult(body, c, {go: path => goTo(path), plan: procedure => checkInstead(procedure)});
  $('#stale').hidden = true;
  $('#print').disabled = false;
  $('#result').hidden = false;
  $('#result-title').setAttribute('tabindex', '-1');
  $('#result-title').focus();
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
  $('#signin').addEventListener('submit', signIn);
  // for the browser tests: the page's own view of the form and its words
  window.crosscheck = {fieldsNotOnTheForm, focusField, words, caseFromForm, fillForm};
  document.body.dataset.ready = 'true';
}

start().catch(e => setStatus('#form-status', 'The page could not start: ' + e.message));
