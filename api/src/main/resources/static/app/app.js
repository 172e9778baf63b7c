// SPDX-License-Identifier: Apache-2.0
// The self-check page: a case form built on the case format's JSON Schema (served beside this file), the stateless
// evaluation (POST /api/v1/evaluations), the result in clinical words, and what-ifs that apply to the form.
// No framework, nothing fetched from the internet, nothing stored: the credentials and the case live in this page only.
'use strict';

const state = {
  schema: null,     // case format v1 JSON Schema
  auth: null,       // the Authorization header value, in memory only
  base: {},         // a case loaded from JSON: the fields the form does not show are kept from it
  lastCase: null,   // the case last sent
};

const IMAGING = ['EXERCISE_ECG', 'STRESS_SPECT_MPI', 'STRESS_PET_MPI', 'STRESS_ECHO', 'STRESS_CMR', 'CCTA',
  'CAC_SCORING', 'CORONARY_ANGIOGRAPHY'];

const PROCEDURE_WORDS = {
  PCI: 'PCI', CABG: 'CABG', CORONARY_ANGIOGRAPHY: 'coronary angiography', EXERCISE_ECG: 'an exercise ECG',
  STRESS_SPECT_MPI: 'stress SPECT MPI', STRESS_PET_MPI: 'stress PET MPI', STRESS_ECHO: 'stress echo',
  STRESS_CMR: 'stress CMR', CCTA: 'coronary CT angiography', CAC_SCORING: 'CAC scoring',
};

const TIER_WORDS = {
  APPROPRIATE: 'appropriate',
  MAY_BE_APPROPRIATE: 'may be appropriate (uncertain)',
  RARELY_APPROPRIATE: 'rarely appropriate',
  NOT_RATED: 'not rated by the criteria',
  NO_CRITERIA_APPLY: 'not covered by any published criterion',
};

const OUTCOME_WORDS = {
  CLEAR: 'No second review needed',
  SECOND_REVIEW: 'A second review by another clinician is needed',
  PEND: 'Cannot be rated yet: data that could change the rating is missing',
  NO_DELAY: 'Emergency: proceed without delay',
};

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Clinical abbreviations stay upper case when a code is shown in words. */
const ABBREVIATIONS = new Set(['PCI', 'CABG', 'LAD', 'LCX', 'RCA', 'PDA', 'PLV', 'SPECT', 'MPI', 'PET', 'ECG', 'CMR',
  'CCTA', 'CAC', 'CCS', 'STEMI', 'NSTEMI', 'SVG', 'LIMA', 'RIMA', 'LV', 'LVEF', 'ACS', 'CAD', 'TIMI', 'HF', 'CT',
  'I', 'II', 'III', 'IV', 'FFR', 'IVUS']);

/** A code in words: LCX_PROXIMAL -> "LCX proximal", STABLE -> "stable". */
function words(value) {
  return String(value).split(/[_ ]/).filter(Boolean)
    .map(t => ABBREVIATIONS.has(t.toUpperCase()) ? t.toUpperCase() : t.toLowerCase()).join(' ');
}

// ---- paths: "anatomy.lesions[1].ffr" <-> ["anatomy", "lesions", 1, "ffr"] ----

function parsePath(path) {
  const steps = [];
  for (const part of path.split('.')) {
    const m = /^([A-Za-z0-9]+)((?:\[\d*\])*)$/.exec(part);
    if (!m) return [path];
    steps.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d*)\]/g)) steps.push(idx[1] === '' ? '[]' : Number(idx[1]));
  }
  return steps;
}

function getPath(obj, path) {
  let node = obj;
  for (const step of parsePath(path)) {
    if (node === null || node === undefined) return undefined;
    node = node[step];
  }
  return node;
}

function setPath(obj, path, value) {
  const steps = parsePath(path);
  let node = obj;
  for (let i = 0; i < steps.length - 1; i++) {
    const step = steps[i];
    if (node[step] === undefined || node[step] === null) node[step] = typeof steps[i + 1] === 'number' ? [] : {};
    node = node[step];
  }
  const last = steps[steps.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last, 1); else delete node[last];
  } else {
    node[last] = value;
  }
}

// ---- the schema: rules of each field ----

function schemaAt(path) {
  let node = state.schema;
  for (const step of parsePath(path)) {
    if (!node) return null;
    if (typeof step === 'number' || step === '[]') node = node.items;
    else node = node.properties ? node.properties[step] : null;
  }
  return node || null;
}

function typeOf(schema) {
  if (!schema) return 'string';
  const t = Array.isArray(schema.type) ? schema.type.find(x => x !== 'null') : schema.type;
  return t || (schema.enum ? 'string' : 'string');
}

/** The field's value as the case format wants it, or undefined when empty; throws a message when invalid. */
function typedValue(control) {
  const path = control.dataset.path;
  const raw = control.value.trim();
  const kind = control.dataset.kind;
  if (raw === '') {
    if (control.required) throw 'required';
    return undefined;
  }
  if (kind === 'tristate') return raw === 'true';
  const schema = schemaAt(path);
  const type = typeOf(schema);
  if (type === 'integer') {
    if (!/^-?\d+$/.test(raw)) throw 'a whole number';
    const n = Number(raw);
    checkRange(schema, n);
    return n;
  }
  if (type === 'number') {
    const n = Number(raw.replace(',', '.'));
    if (!Number.isFinite(n)) throw 'a number';
    checkRange(schema, n);
    return n;
  }
  if (schema && schema.pattern && !new RegExp(schema.pattern).test(raw)) throw 'a date (YYYY-MM-DD)';
  if (schema && schema.enum && !schema.enum.includes(raw)) throw 'one of ' + schema.enum.join(', ');
  return raw;
}

function checkRange(schema, n) {
  if (!schema) return;
  const low = schema.minimum;
  const high = schema.maximum;
  if (schema.exclusiveMinimum !== undefined && !(n > schema.exclusiveMinimum)) {
    throw `more than ${schema.exclusiveMinimum}` + (high !== undefined ? ` and at most ${high}` : '');
  }
  if ((low !== undefined && n < low) || (high !== undefined && n > high)) {
    throw `between ${low} and ${high}`;
  }
}

function errorSlot(control) {
  const id = control.id + '-error';
  let slot = document.getElementById(id);
  if (!slot) {
    slot = el('span', {id, class: 'field-error', 'aria-live': 'polite'});
    control.insertAdjacentElement('afterend', slot);
    const described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    if (!described.includes(id)) control.setAttribute('aria-describedby', [...described, id].join(' '));
  }
  return slot;
}

function showError(control, message) {
  errorSlot(control).textContent = message;
  control.setAttribute('aria-invalid', 'true');
}

function clearError(control) {
  const slot = document.getElementById(control.id + '-error');
  if (slot) slot.textContent = '';
  control.removeAttribute('aria-invalid');
}

/** Checks one control against the case format; returns true when valid. */
function validate(control) {
  try {
    typedValue(control);
    clearError(control);
    return true;
  } catch (message) {
    showError(control, message === 'required' ? 'Required.' : 'Must be ' + message + '.');
    return false;
  }
}

// ---- building the form from the schema ----

function fillOptions(select, values, emptyLabel) {
  select.replaceChildren();
  if (emptyLabel !== null) select.append(el('option', {value: ''}, emptyLabel));
  for (const v of values) select.append(el('option', {value: v}, v === v.toUpperCase() ? words(v) : v));
}

function buildForm() {
  for (const select of $$('select[data-path]')) {
    if (select.dataset.kind === 'tristate') {
      select.replaceChildren(el('option', {value: ''}, 'not documented'), el('option', {value: 'true'}, 'yes'),
        el('option', {value: 'false'}, 'no'));
    } else if (select.options.length === 0) {
      const schema = schemaAt(select.dataset.path);
      fillOptions(select, (schema && schema.enum) || [], select.required ? null : 'not documented');
    }
  }
  $('#f-procedure').value = 'PCI';
  $('#f-urgency').value = 'ELECTIVE';
  const segments = schemaAt('request.targets[]').enum;
  $('#f-targets').replaceChildren(...segments.map(s => checkbox('target', s)));
  const classes = schemaAt('therapy.antianginalClasses[]').enum;
  $('#f-classes').replaceChildren(...classes.map(s => checkbox('class', s)));
  for (const control of $$('#case-form [data-path]')) {
    if (control.matches('input, select')) describeRule(control);
  }
  $('#f-asOf').value = today();
  updateSections();
}

function checkbox(prefix, value) {
  const id = `f-${prefix}-${value}`;
  return el('label', {class: 'check', for: id}, el('input', {type: 'checkbox', id, value}), ' ' + words(value));
}

/** The field's rule in words, from the schema, as a hint (e.g. "0-100"). */
function describeRule(control) {
  const schema = schemaAt(control.dataset.path);
  if (!schema || control.tagName === 'SELECT') return;
  const type = typeOf(schema);
  if (type === 'integer' || type === 'number') {
    const low = schema.minimum !== undefined ? schema.minimum : schema.exclusiveMinimum !== undefined
      ? '>' + schema.exclusiveMinimum : null;
    if (low !== null || schema.maximum !== undefined) {
      control.setAttribute('placeholder', `${low ?? ''}-${schema.maximum ?? ''}`);
    }
  }
}

function today() {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

function updateSections() {
  const procedure = $('#f-procedure').value;
  const imaging = IMAGING.includes(procedure);
  $('.imaging').hidden = !imaging;
  $('.therapy-classes').hidden = $('#f-therapy-known').value !== 'yes';
  $('.stress').hidden = $('#f-stress-known').value !== 'done';
  $('.anatomy').hidden = $('#f-anatomy-known').value !== 'yes';
  $('.cabg').hidden = $('#f-cabg').value !== 'yes';
  const acute = ['STEMI', 'NSTEMI', 'UNSTABLE_ANGINA'].includes($('#f-setting').value);
  for (const row of $$('.row.acs')) row.hidden = !acute;
}

// ---- lesion and graft editors ----

function lesionRow(lesion = {}) {
  const n = $('#lesions tbody').rows.length;
  const segment = el('select', {id: `f-lesion-${n}-segment`, 'data-path': `anatomy.lesions[${n}].segment`,
    'aria-label': `Lesion ${n + 1} segment`});
  fillOptions(segment, schemaAt('anatomy.lesions[].segment').enum, 'choose');
  segment.value = lesion.segment || '';
  const stenosis = el('input', {id: `f-lesion-${n}-stenosis`, inputmode: 'numeric', size: 4,
    'data-path': `anatomy.lesions[${n}].stenosisPercent`, 'aria-label': `Lesion ${n + 1} stenosis %`,
    value: lesion.stenosisPercent ?? ''});
  const ffr = el('input', {id: `f-lesion-${n}-ffr`, inputmode: 'decimal', size: 4,
    'data-path': `anatomy.lesions[${n}].ffr`, 'aria-label': `Lesion ${n + 1} FFR`, value: lesion.ffr ?? ''});
  const cto = el('input', {id: `f-lesion-${n}-cto`, type: 'checkbox', 'aria-label': `Lesion ${n + 1} chronic total occlusion`,
    'data-path': `anatomy.lesions[${n}].chronicTotalOcclusion`});
  cto.checked = lesion.chronicTotalOcclusion === true;
  const culprit = el('input', {id: `f-lesion-${n}-culprit`, type: 'checkbox', 'aria-label': `Lesion ${n + 1} culprit`,
    'data-path': `anatomy.lesions[${n}].culprit`});
  culprit.checked = lesion.culprit === true;
  const remove = el('button', {type: 'button', class: 'remove', 'aria-label': `Remove lesion ${n + 1}`,
    onclick: () => { readLesions(n); }}, 'Remove');
  [stenosis, ffr].forEach(describeRule);
  const row = el('tr', {}, el('td', {}, segment), el('td', {}, stenosis), el('td', {}, ffr), el('td', {}, cto),
    el('td', {}, culprit), el('td', {}, remove));
  $('#lesions tbody').append(row);
  return row;
}

/** Rebuilds the lesion rows, without row {@code skip} (a removal). */
function readLesions(skip) {
  const lesions = lesionsFromRows(false).filter((_, i) => i !== skip);
  $('#lesions tbody').replaceChildren();
  lesions.forEach(l => lesionRow(l));
}

function lesionsFromRows(strict) {
  const out = [];
  $$('#lesions tbody tr').forEach((row, i) => {
    const lesion = {};
    for (const control of $$('[data-path]', row)) {
      const key = control.dataset.path.split('.').pop();
      if (control.type === 'checkbox') {
        if (control.checked) lesion[key] = true;
      } else {
        const v = strict ? typedValue(control) : (control.value.trim() === '' ? undefined : safeValue(control));
        if (v !== undefined) lesion[key] = v;
      }
    }
    out.push(lesion);
  });
  return out;
}

function safeValue(control) {
  try { return typedValue(control); } catch (e) { return control.value.trim(); }
}

function graftRow(graft = {}) {
  const n = $('#grafts tbody').rows.length;
  const conduit = el('select', {id: `f-graft-${n}-conduit`, 'data-path': `priorCabg.grafts[${n}].conduit`,
    'aria-label': `Graft ${n + 1} conduit`});
  fillOptions(conduit, schemaAt('priorCabg.grafts[].conduit').enum, 'choose');
  conduit.value = graft.conduit || '';
  const target = el('input', {id: `f-graft-${n}-target`, size: 12, 'data-path': `priorCabg.grafts[${n}].target`,
    'aria-label': `Graft ${n + 1} target`, value: graft.target ?? ''});
  const stenosis = el('input', {id: `f-graft-${n}-stenosis`, inputmode: 'numeric', size: 4,
    'data-path': `priorCabg.grafts[${n}].stenosisPercent`, 'aria-label': `Graft ${n + 1} stenosis %`,
    value: graft.stenosisPercent ?? ''});
  describeRule(stenosis);
  const remove = el('button', {type: 'button', class: 'remove', 'aria-label': `Remove graft ${n + 1}`,
    onclick: () => {
      const grafts = graftsFromRows().filter((_, i) => i !== n);
      $('#grafts tbody').replaceChildren();
      grafts.forEach(g => graftRow(g));
    }}, 'Remove');
  $('#grafts tbody').append(el('tr', {}, el('td', {}, conduit), el('td', {}, target), el('td', {}, stenosis),
    el('td', {}, remove)));
}

function graftsFromRows() {
  return $$('#grafts tbody tr').map(row => {
    const graft = {};
    for (const control of $$('[data-path]', row)) {
      const key = control.dataset.path.split('.').pop();
      const v = control.value.trim() === '' ? undefined : safeValue(control);
      if (v !== undefined) graft[key] = v;
    }
    return graft;
  });
}

// ---- form <-> case ----

/** The fields of the form, outside the editors and the sections handled as a whole. */
function simpleControls(section) {
  return $$(`${section} [data-path]`).filter(c => c.matches('input:not([type=checkbox]), select')
    && !c.closest('table') && !c.closest('.checks'));
}

/** The case from the form, over the loaded case; throws when a field is invalid (each is marked). */
function caseFromForm() {
  const c = structuredClone(state.base);
  let invalid = 0;
  const put = control => {
    if (control.closest('[hidden]')) { setPath(c, control.dataset.path, undefined); return; }
    if (!validate(control)) { invalid++; return; }
    setPath(c, control.dataset.path, typedValue(control));
  };
  for (const control of simpleControls('#case-form fieldset:not(.imaging)')) {
    const path = control.dataset.path;
    if (path.startsWith('stressTests') || path.startsWith('anatomy') || path.startsWith('priorCabg')) continue;
    put(control);
  }
  if (!c.caseId) c.caseId = 'self-check';
  const targets = $$('#f-targets input:checked').map(i => i.value);
  if (targets.length) c.request.targets = targets; else if (c.request) delete c.request.targets;

  if ($('#f-therapy-known').value === 'yes') {
    c.therapy = {antianginalClasses: $$('#f-classes input:checked').map(i => i.value)};
  } else {
    delete c.therapy;
  }

  const stress = $('#f-stress-known').value;
  if (stress === 'none') {
    c.stressTests = [];
  } else if (stress === 'done') {
    const tests = Array.isArray(c.stressTests) ? c.stressTests : [];
    tests[0] = {};
    c.stressTests = tests;
    simpleControls('.stress').forEach(put);
    if (c.stressTests[0].findings && Object.keys(c.stressTests[0].findings).length === 0) {
      delete c.stressTests[0].findings;
    }
  } else {
    delete c.stressTests;
  }

  if ($('#f-anatomy-known').value === 'yes') {
    c.anatomy = {};
    simpleControls('.anatomy').forEach(put);
    $$('#lesions [data-path]').filter(x => x.type !== 'checkbox').forEach(x => { if (!validate(x)) invalid++; });
    c.anatomy.lesions = invalid ? lesionsFromRows(false) : lesionsFromRows(true);
  } else {
    delete c.anatomy;
  }

  if ($('#f-cabg').value === 'yes') {
    c.priorCabg = {};
    simpleControls('.cabg').forEach(put);
    $$('#grafts [data-path]').forEach(x => { if (!validate(x)) invalid++; });
    c.priorCabg.grafts = graftsFromRows();
  } else {
    delete c.priorCabg;
  }

  if (IMAGING.includes(c.request && c.request.procedure)) {
    const imaging = c.imaging || {};
    c.imaging = imaging;
    simpleControls('.imaging').forEach(put);
    if (Object.keys(c.imaging).length === 0) delete c.imaging;
  } else {
    delete c.imaging;
  }
  dropEmpty(c, ['patient', 'presentation']);
  if (invalid) throw new Error(`${invalid} field(s) need attention.`);
  return c;
}

function dropEmpty(c, keys) {
  for (const k of keys) {
    if (c[k] && typeof c[k] === 'object' && Object.keys(c[k]).length === 0) delete c[k];
  }
}

/** Fills the form from a case; the fields the form does not show stay in state.base. */
function fillForm(c) {
  state.base = structuredClone(c);
  for (const control of simpleControls('#case-form')) {
    const v = getPath(c, control.dataset.path);
    control.value = v === undefined || v === null ? '' : String(v);
    clearError(control);
  }
  $('#f-procedure').value = (c.request && c.request.procedure) || 'PCI';
  for (const box of $$('#f-targets input')) box.checked = !!(c.request && (c.request.targets || []).includes(box.value));
  const classes = c.therapy && c.therapy.antianginalClasses;
  $('#f-therapy-known').value = Array.isArray(classes) ? 'yes' : '';
  for (const box of $$('#f-classes input')) box.checked = Array.isArray(classes) && classes.includes(box.value);
  $('#f-stress-known').value = !Array.isArray(c.stressTests) ? '' : c.stressTests.length === 0 ? 'none' : 'done';
  $('#f-anatomy-known').value = c.anatomy ? 'yes' : '';
  $('#lesions tbody').replaceChildren();
  ((c.anatomy && c.anatomy.lesions) || []).forEach(l => lesionRow(l));
  $('#f-cabg').value = c.priorCabg ? 'yes' : '';
  $('#grafts tbody').replaceChildren();
  ((c.priorCabg && c.priorCabg.grafts) || []).forEach(g => graftRow(g));
  if (!$('#f-asOf').value) $('#f-asOf').value = today();
  updateSections();
}

// ---- calling the service ----

async function evaluate(c) {
  if (!state.auth) {
    setStatus('#form-status', 'Sign in first (top right).');
    $('#signin-password').focus();
    return;
  }
  state.lastCase = c;
  setStatus('#form-status', 'Checking...');
  let response;
  try {
    response = await fetch('/api/v1/evaluations', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
        'Authorization': state.auth, 'X-Requested-With': 'XMLHttpRequest'},
      body: JSON.stringify(c),
    });
  } catch (e) {
    setStatus('#form-status', 'The service cannot be reached: ' + e.message);
    return;
  }
  const body = await response.json().catch(() => ({}));
  if (response.status === 401) {
    state.auth = null;
    $('#signin-status').textContent = 'Not signed in: the user, password or token was not accepted.';
    setStatus('#form-status', 'Sign in again (top right).');
    return;
  }
  if (!response.ok) {
    showProblem(body, response.status);
    return;
  }
  setStatus('#form-status', '');
  renderResult(body);
}

/** A problem+json: each field error next to its field (or in the status line when the form has no such field). */
function showProblem(problem, status) {
  const errors = problem.errors || [];
  const unplaced = [];
  for (const e of errors) {
    const control = controlFor(e.field);
    if (control) showError(control, e.message);
    else unplaced.push((e.field ? e.field + ': ' : '') + e.message);
  }
  const title = problem.title || ('Error ' + status);
  setStatus('#form-status', `${title}: ${errors.length ? errors.length + ' problem(s), marked at the fields.' : problem.detail || ''}`
    + (unplaced.length ? ' ' + unplaced.join('; ') : ''));
  const first = errors.map(e => controlFor(e.field)).find(Boolean);
  if (first) first.focus();
}

/** The control of a case field path, e.g. anatomy.lesions[0].stenosisPercent. */
function controlFor(path) {
  if (!path) return null;
  const exact = $$('#case-form [data-path]').find(c => c.dataset.path === path);
  if (exact) return exact;
  // a field without its own control (e.g. stressTests[0]): the first control inside it
  return $$('#case-form [data-path]').find(c => c.dataset.path.startsWith(path + '.') && !c.closest('[hidden]'))
    || null;
}

function setStatus(selector, text) {
  $(selector).textContent = text;
}

// ---- the result ----

function renderResult(e) {
  const d = e.decision;
  const procedure = PROCEDURE_WORDS[state.lastCase.request && state.lastCase.request.procedure] || 'the request';
  const tier = d.tier ? TIER_WORDS[d.tier] || words(d.tier) : null;
  const outcome = $('#outcome');
  outcome.className = 'outcome outcome-' + d.outcome.toLowerCase();
  outcome.replaceChildren(
    el('p', {class: 'headline', id: 'outcome-headline'}, OUTCOME_WORDS[d.outcome] || d.outcome),
    el('p', {id: 'outcome-rating'}, tier ? `${cap(procedure)} is rated ${tier}.` : 'No rating yet.'));

  $('#reasons').replaceChildren(...(d.reasons.length && d.outcome !== 'CLEAR' ? [
    el('h3', {}, 'Why'), el('ul', {}, d.reasons.map(r => el('li', {}, r.text)))] : []));

  $('#missing').replaceChildren(...(d.missingData.length ? [
    el('h3', {}, 'Missing data that could change the rating'),
    el('ul', {}, d.missingData.map(f => el('li', {}, fieldLink(f))))] : []));

  $('#findings').replaceChildren(...(e.findings.length ? [
    el('h3', {}, 'Matched criteria'),
    el('ul', {class: 'findings'}, e.findings.map(f => el('li', {class: 'finding'},
      el('p', {}, el('strong', {}, `${f.rating}${f.score ? ' (' + f.score + ')' : ''}: ${TIER_WORDS[f.tier] || words(f.tier)}`),
        ` for ${PROCEDURE_WORDS[f.procedure] || f.procedure}`),
      el('p', {}, f.description),
      el('p', {class: 'citation'}, el('cite', {}, f.citation)),
      f.interpretations.length ? el('p', {class: 'small'}, 'Relies on: ' + f.interpretations.join(', ')) : null)))]
    : [el('h3', {}, 'Matched criteria'), el('p', {}, 'No published criterion matches this scenario.')]));

  $('#whatifs').replaceChildren(...(e.whatIf.length ? [
    el('h3', {}, 'What would change the result'),
    el('ul', {class: 'whatifs'}, e.whatIf.map((w, i) => whatIfItem(w, i, procedure)))] : []));

  $('#derived').replaceChildren(el('h3', {}, 'How the data were read'),
    el('dl', {class: 'derived'}, Object.entries(e.derived || {}).flatMap(([k, v]) =>
      [el('dt', {}, words(k.replace(/([A-Z])/g, '_$1'))), el('dd', {}, v === null ? 'unknown' : words(v))])));

  $('#interpretations').replaceChildren(...(e.interpretations.length ? [
    el('h3', {}, 'Interpretations of the criteria used'),
    el('ul', {class: 'small'}, e.interpretations.map(n => el('li', {}, el('strong', {}, n.id + ': '), n.text)))]
    : []), ...(e.warnings.length ? [el('h3', {}, 'Warnings'), el('ul', {}, e.warnings.map(w => el('li', {}, w)))] : []));

  $('#print-footer').textContent = `Crosscheck ${e.provenance.engineVersion}; rule sets `
    + e.provenance.ruleSets.map(r => `${r.id} ${r.version}`).join(', ') + `; evaluated as of ${e.evaluatedAt}.`;
  const result = $('#result');
  result.hidden = false;
  $('#result-title').setAttribute('tabindex', '-1');
  $('#result-title').focus();
}

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function whatIfItem(w, i, procedure) {
  const would = w.wouldBe;
  const target = would.tier ? `${TIER_WORDS[would.tier] || words(would.tier)}` : 'still pending';
  const text = `With ${w.change}: ${would.outcome ? OUTCOME_WORDS[would.outcome].toLowerCase() + ', ' : ''}rated ${target}.`;
  const applicable = w.value !== undefined;
  const button = applicable
    ? el('button', {type: 'button', class: 'apply', id: `whatif-${i}`, onclick: () => applyWhatIf(w)}, 'Apply to the plan')
    : el('button', {type: 'button', class: 'apply', id: `whatif-${i}`, onclick: () => focusField(w.field)},
      'Go to the field');
  return el('li', {}, el('span', {}, text), ' ', button);
}

function fieldLink(path) {
  return el('button', {type: 'button', class: 'link', onclick: () => focusField(path)}, path);
}

function focusField(path) {
  const section = path.split(/[.[]/)[0];
  const toggles = {anatomy: '#f-anatomy-known', stressTests: '#f-stress-known', therapy: '#f-therapy-known',
    priorCabg: '#f-cabg'};
  const control = controlFor(path) || (toggles[section] && $(toggles[section]));
  if (control) {
    control.scrollIntoView({block: 'center'});
    control.focus();
  }
}

/** One click: the what-if's change goes into the case, the form shows it, and the plan is checked again. */
function applyWhatIf(w) {
  const c = structuredClone(state.lastCase);
  setPath(c, w.field, structuredClone(w.value));
  fillForm(c);
  evaluate(c);
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
  const response = await fetch('/app/case.schema.json');
  state.schema = await response.json();
  buildForm();

  $('#case-form').addEventListener('input', e => {
    if (e.target.matches('[data-path]') && e.target.type !== 'checkbox') validate(e.target);
  });
  $('#case-form').addEventListener('change', e => {
    if (e.target.matches('select')) updateSections();
  });
  $('#case-form').addEventListener('submit', e => {
    e.preventDefault();
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
  });
  $('#clear').addEventListener('click', () => {
    fillForm({});
    $('#f-asOf').value = today();
    $('#result').hidden = true;
  });
  $('#add-lesion').addEventListener('click', () => $('select', lesionRow()).focus());
  $('#add-graft').addEventListener('click', () => { graftRow(); $$('#grafts select').pop().focus(); });
  $('#load-json').addEventListener('click', () => {
    const c = readJson();
    if (c) { fillForm(c); setStatus('#json-status', 'Loaded into the form.'); }
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
  $('#print').addEventListener('click', () => window.print());
  $('#signin').addEventListener('submit', e => {
    e.preventDefault();
    const token = $('#signin-token').value.trim();
    if (token) {
      state.auth = 'Bearer ' + token;
    } else {
      const user = $('#signin-user').value.trim();
      const bytes = new TextEncoder().encode(`${user}:${$('#signin-password').value}`);
      state.auth = 'Basic ' + btoa(String.fromCharCode(...bytes));
    }
    $('#signin-password').value = '';
    $('#signin-status').textContent = token ? 'Signed in with a token.' : `Signed in as ${$('#signin-user').value.trim()}.`;
  });
  document.body.dataset.ready = 'true';
}

document.addEventListener('DOMContentLoaded', () => {
  start().catch(e => setStatus('#form-status', 'The page could not start: ' + e.message));
});
