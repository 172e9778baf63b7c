// SPDX-License-Identifier: Apache-2.0
// The requester's page (/requests): their requests with where each stands and the reviewers' messages, a request's
// page (what the reviewer asks, a form to supply it as a new version of the case, the determination letter to
// print, the case and its rating), and submitting a new request. Calls /api/v1/screenings.
import {$, $$, el, api, currentUser, setUpSignIn, say, when} from './session.js';
import {DOCUMENTED_BY, PROCEDURE, STATUS, fieldLabel, plain} from './clinical-words.js';
import {cap, caseView, evaluationView, letterView, messagesView} from './case-view.js';
import {caseEditor, controlFor, itemAnchor, loadSchema} from './case-editor.js';

/** What the requester can do, by status. */
const NEXT = {
  CLEAR: 'The request meets the published criteria: no second review is needed.',
  PEND: 'Data that could change the rating are missing: supply them below.',
  SECOND_REVIEW: 'A second clinician reviews the request. You will see their questions or their decision here.',
  NO_DELAY: 'An emergency is never held: the procedure proceeds. A second clinician reviews it afterwards.',
  INFO_REQUESTED: 'The reviewer needs more information: read the message and supply it below.',
  APPROVED: 'A second clinician approved the request. The determination letter is below.',
  NOT_APPROVED: 'A second clinician did not approve the request. The letter gives the specific reason and the'
    + ' alternative recommended.',
};

const state = {screening: null, editor: null};

function problem(err) {
  say('#page-status', err.status === 403
    ? `Signed in as ${currentUser().name}: this page is for requesters (and administrators).` : err.message);
}

async function route() {
  const hash = location.hash || '#/';
  say('#page-status', '');
  for (const id of ['#list-view', '#new-view', '#request-view']) $(id).hidden = true;
  for (const tab of $$('.tabs a')) tab.removeAttribute('aria-current');
  document.body.classList.remove('has-letter');
  if (!currentUser()) {
    say('#page-status', 'Sign in (top right) to see your requests.');
    return;
  }
  const request = /^#\/request\/([\w-]+)$/.exec(hash);
  try {
    if (request) {
      await showRequest(request[1]);
    } else if (hash === '#/new') {
      $('#tab-new').setAttribute('aria-current', 'page');
      $('#new-view').hidden = false;
    } else {
      $('#tab-list').setAttribute('aria-current', 'page');
      $('#list-view').hidden = false;
      await showList();
    }
  } catch (err) {
    problem(err);
  }
  document.body.dataset.view = request ? 'request' : hash.slice(2) || 'list';
  document.body.dataset.ready = 'true';
}

// ---- the list ----

async function showList() {
  const page = await api('GET', '/api/v1/screenings?size=200');
  $('#requests').replaceChildren(...(page.items.length ? page.items.map(requestItem)
    : [el('li', {class: 'empty'}, 'No request yet.')]));
  if (page.total > page.items.length) {
    $('#requests').append(el('li', {class: 'empty'}, `The ${page.items.length} latest of ${page.total}.`));
  }
}

function requestItem(s) {
  const last = s.messages[s.messages.length - 1];
  const waitingForYou = s.status === 'INFO_REQUESTED' || s.status === 'PEND';
  return el('li', {class: 'request-item' + (waitingForYou ? ' attention' : ''), id: 'request-' + s.id},
    el('p', {}, el('span', {class: 'badge'}, STATUS[s.status] || plain(s.status))),
    el('p', {}, el('strong', {}, cap(PROCEDURE[s.procedure] || plain(s.procedure))), `, case ${s.caseId}`),
    el('p', {class: 'small'}, `Submitted ${when(s.createdAt)}; last change ${when(s.updatedAt)}; version ${s.version}`),
    last ? el('p', {class: 'note'}, `${last.from}: ${last.note}`) : null,
    el('div', {class: 'actions'}, el('a', {class: 'button primary', href: '#/request/' + s.id},
      waitingForYou ? 'Open and answer' : 'Open')));
}

// ---- one request ----

async function showRequest(id) {
  const s = await api('GET', `/api/v1/screenings/${id}`);
  state.screening = s;
  $('#request-title').textContent = `${cap(PROCEDURE[s.procedure] || plain(s.procedure))}: case ${s.caseId}`;
  $('#request-status').replaceChildren(el('div', {class: 'status-banner status-' + s.status.toLowerCase()},
    el('p', {class: 'headline', id: 'status-headline'}, STATUS[s.status] || plain(s.status)),
    el('p', {}, NEXT[s.status] || ''),
    el('p', {class: 'small'}, `Version ${s.version}, last change ${when(s.updatedAt)}.`)));

  const letter = !!s.determination;
  $('#letter-section').hidden = !letter;
  document.body.classList.toggle('has-letter', letter);
  $('#letter-holder').replaceChildren(...(letter ? [letterView(s.determination, s.case)] : []));

  const asked = askedItems(s);
  const supplying = s.status === 'INFO_REQUESTED' || s.status === 'PEND';
  $('#request-messages').replaceChildren(messagesView(s.messages, supplying ? itemLink : null));
  $('#supply-section').hidden = !supplying;
  if (supplying) {
    await loadSchema();
    state.editor = caseEditor(s.case, asked);
    $('#supply-fields').replaceChildren(state.editor.node);
    say('#supply-status', '');
  }
  $('#request-case').replaceChildren(caseView(s.case));
  $('#request-evaluation').replaceChildren(evaluationView(s.evaluation, s.procedure, supplying ? itemLink : null));
  $('#request-view').hidden = false;
}

/** What to supply: the items of the latest request for information, and the data a pending request misses. */
function askedItems(s) {
  const asks = s.messages.filter(m => m.kind === 'INFO_REQUEST');
  const latest = s.status === 'INFO_REQUESTED' && asks.length ? asks[asks.length - 1].items : [];
  return [...new Set([...latest, ...(s.missingData || [])])];
}

/** An item asked for: a link to its field in the form (added to the form when it is not there yet). */
function itemLink(path) {
  return el('button', {type: 'button', class: 'link', onclick: () => {
    state.editor.add(path);
    const item = document.getElementById(itemAnchor(path));
    const control = item && item.querySelector('select, input, textarea');
    if (item) item.scrollIntoView({block: 'center'});
    if (control) control.focus();
  }}, fieldLabel(path));
}

async function supply(e) {
  e.preventDefault();
  let updated;
  try {
    updated = state.editor.read();
  } catch (err) {
    say('#supply-status', err.message);
    return;
  }
  say('#supply-status', 'Sending...');
  try {
    await api('PUT', `/api/v1/screenings/${state.screening.id}/case`, updated);
  } catch (err) {
    showFieldErrors(err, $('#supply-fields'), '#supply-status');
    return;
  }
  await showRequest(state.screening.id);
  say('#page-status', 'Sent: the case was evaluated again and is back with the reviewer.');
  $('#status-headline').scrollIntoView({block: 'start'});
}

/** A problem+json: each field error at its field when the form shows it, the rest in the status line. */
function showFieldErrors(err, root, status) {
  const errors = (err.problem && err.problem.errors) || [];
  const unplaced = [];
  for (const x of errors) {
    const control = controlFor(root, x.field);
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      control.insertAdjacentElement('afterend', el('span', {class: 'field-error'}, x.message));
    } else {
      unplaced.push(`${fieldLabel(x.field)}: ${x.message}`);
    }
  }
  say(status, (err.problem && err.problem.title ? err.problem.title + ': ' : '')
    + (errors.length ? `${errors.length} problem(s)` + (unplaced.length ? ': ' + unplaced.join('; ') : ', marked at the'
      + ' fields.') : err.message));
}

// ---- a new request ----

async function submit() {
  let c;
  try {
    c = JSON.parse($('#new-case').value);
  } catch (err) {
    say('#new-status', 'This is not a case in case format v1: ' + err.message);
    return;
  }
  try {
    const s = await api('POST', '/api/v1/screenings', c);
    $('#new-case').value = '';
    say('#new-status', '');
    location.hash = '#/request/' + s.id;
  } catch (err) {
    showFieldErrors(err, $('#new-view'), '#new-status');
  }
}

// ---- wiring ----

function start() {
  const add = $('#supply-add');
  for (const path of [...new Set(Object.values(DOCUMENTED_BY))]) add.append(el('option', {value: path}, fieldLabel(path)));
  add.addEventListener('change', () => {
    if (add.value && state.editor) state.editor.add(add.value);
    add.value = '';
  });
  setUpSignIn(() => route());
  window.addEventListener('hashchange', () => route());
  $('#refresh').addEventListener('click', () => showList().catch(problem));
  $('#supply-form').addEventListener('submit', supply);
  $('#submit-case').addEventListener('click', () => submit());
  $('#print-letter').addEventListener('click', () => window.print());
  const drop = $('#new-case');
  drop.addEventListener('dragover', e => e.preventDefault());
  drop.addEventListener('drop', async e => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) drop.value = await file.text();
  });
  route();
  document.body.dataset.started = 'true';
}

document.addEventListener('DOMContentLoaded', start);
