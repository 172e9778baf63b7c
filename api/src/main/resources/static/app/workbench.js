// SPDX-License-Identifier: Apache-2.0
// The reviewer's workbench (/review): the queue by due time (patients waiting first, emergencies already treated in
// their own list), claims, a case page (the case in clinical words, the evaluation, what changed, messages, history)
// with the decision form, and the prior-authorization figures. Calls /api/v1/reviews, /screenings, /metrics.
import {$, $$, el, api, currentUser, hasRole, setUpSignIn, say, span, when, day} from './session.js';
import {
  ALTERNATIVE, DECIDED, DOCUMENTED_BY, KIND, PROCEDURE, REVIEW_STATUS, STATUS, decisionWords, fieldLabel, named,
  plain,
} from './clinical-words.js';
import {cap, caseView, evaluationView, historyView, letterView, messagesView, versionsView} from './case-view.js';

const URGENCY = {ELECTIVE: 'elective', URGENT: 'urgent', EMERGENT: 'emergency'};

function problem(err) {
  say('#page-status', err.status === 403 && !hasRole('REVIEWER') && !hasRole('ADMIN') && !hasRole('AUDITOR')
    ? `Signed in as ${currentUser().name}: the workbench is for reviewers, auditors and administrators.`
    : err.message);
}

// ---- routing: #/ (queue), #/review/{id} (a case), #/metrics ----

async function route() {
  const hash = location.hash || '#/';
  say('#page-status', '');
  $('#queue-view').hidden = true;
  $('#case-page').hidden = true;
  $('#metrics-view').hidden = true;
  for (const tab of $$('.tabs a')) tab.removeAttribute('aria-current');
  if (!currentUser()) {
    say('#page-status', 'Sign in (top right) to see the queue.');
    return;
  }
  const review = /^#\/review\/([\w-]+)$/.exec(hash);
  try {
    if (review) {
      await showCase(review[1]);
    } else if (hash === '#/metrics') {
      $('#tab-metrics').setAttribute('aria-current', 'page');
      $('#metrics-view').hidden = false;
      await showMetrics();
    } else {
      $('#tab-queue').setAttribute('aria-current', 'page');
      $('#queue-view').hidden = false;
      await showQueue();
    }
  } catch (err) {
    problem(err);
  }
  document.body.dataset.view = review ? 'case' : hash.slice(2) || 'queue';
}

// ---- the queue ----

function filterQuery(kind) {
  const q = new URLSearchParams();
  $('#filter-status').value.split(',').forEach(s => q.append('status', s));
  if ($('#filter-procedure').value) q.set('procedure', $('#filter-procedure').value);
  if ($('#filter-urgency').value) q.set('urgency', $('#filter-urgency').value);
  if ($('#filter-mine').checked) q.set('claimedBy', currentUser().name);
  q.set('kind', kind);
  q.set('size', '200');
  return q.toString();
}

async function showQueue() {
  const only = $('#filter-kind').value;
  for (const kind of ['PROSPECTIVE', 'RETROSPECTIVE']) {
    const list = $(kind === 'PROSPECTIVE' ? '#prospective' : '#retrospective');
    list.closest('section').hidden = !!only && only !== kind;
    if (list.closest('section').hidden) continue;
    const page = await api('GET', '/api/v1/reviews?' + filterQuery(kind));
    list.replaceChildren(...(page.items.length ? page.items.map(queueItem)
      : [el('li', {class: 'empty'}, 'Nothing here with these filters.')]));
    if (page.total > page.items.length) {
      list.append(el('li', {class: 'empty'}, `Showing the first ${page.items.length} of ${page.total}.`));
    }
  }
  document.body.dataset.ready = 'true';
}

function dueWords(r) {
  const left = new Date(r.dueAt).getTime() - Date.now();
  if (!r.status || !['OPEN', 'CLAIMED', 'INFO_REQUESTED'].includes(r.status)) return `Was due ${when(r.dueAt)}`;
  if (r.overdue) return `Overdue${left < 0 ? ' by ' + span(left) : ''}: was due ${when(r.dueAt)}`;
  return `Due ${when(r.dueAt)}${left > 0 ? ' (in ' + span(left) + ')' : ''}`;
}

function stateWords(r) {
  if (r.status === 'CLAIMED') return `Being reviewed by ${r.claimedBy === currentUser().name ? 'you' : r.claimedBy}`;
  if (r.status === 'INFO_REQUESTED') return `Waiting for the requester (asked by ${r.decidedBy})`;
  if (r.status === 'DECIDED') return `Decided by ${r.decidedBy}: ${DECIDED[r.decision]}`;
  return REVIEW_STATUS[r.status] || plain(r.status);
}

function reasonsOf(r) {
  return (r.reasons || []).filter(x => x.code !== 'EMERGENT_REQUEST').map(x => named(x.text));
}

function queueItem(r) {
  return el('li', {class: 'queue-item' + (r.overdue ? ' overdue' : ''), id: 'review-' + r.id, 'data-review': r.id},
    el('p', {class: 'due'}, r.overdue ? el('span', {class: 'badge badge-overdue'}, 'Overdue') : null,
      r.expedited ? el('span', {class: 'badge'}, 'Expedited') : null, ' ', dueWords(r)),
    el('p', {class: 'what'}, el('strong', {}, cap(PROCEDURE[r.procedure] || plain(r.procedure))),
      `, ${URGENCY[r.urgency] || plain(r.urgency)}, case ${r.caseId}`),
    el('p', {class: 'why'}, reasonsOf(r).join(' ')),
    el('p', {class: 'state'}, stateWords(r)),
    el('div', {class: 'actions'}, el('a', {class: 'button primary', href: '#/review/' + r.id}, 'Open the case'),
      claimActions(r, () => showQueue())));
}

/** Claim, release and (admins) reassign, as the review's state and the user's roles allow. */
function claimActions(r, after) {
  const me = currentUser().name;
  const act = async (label, call) => {
    try {
      await call();
      say('#page-status', label);
      await after();
    } catch (err) {
      problem(err);
    }
  };
  const actions = [];
  if (r.status === 'OPEN' && hasRole('REVIEWER')) {
    actions.push(el('button', {type: 'button', class: 'claim', onclick: () =>
      act('Claimed: the review is yours until you decide or release it.',
        () => api('POST', `/api/v1/reviews/${r.id}/claim`))}, 'Claim'));
  }
  if (r.status === 'CLAIMED' && (r.claimedBy === me || hasRole('ADMIN'))) {
    actions.push(el('button', {type: 'button', class: 'release', onclick: () =>
      act('Released: the review is back on the queue.', () => api('POST', `/api/v1/reviews/${r.id}/release`))},
    'Release'));
  }
  if (['OPEN', 'CLAIMED', 'INFO_REQUESTED'].includes(r.status) && hasRole('ADMIN')) {
    const name = el('input', {id: 'reassign-' + r.id, autocomplete: 'off', placeholder: 'reviewer'});
    actions.push(el('span', {class: 'reassign'}, el('label', {for: 'reassign-' + r.id}, 'Reassign to'), name,
      el('button', {type: 'button', onclick: () => act(`Reassigned to ${name.value.trim()}.`,
        () => api('POST', `/api/v1/reviews/${r.id}/reassign`, {reviewer: name.value.trim()}))}, 'Reassign')));
  }
  return actions;
}

// ---- a case ----

async function showCase(id) {
  const review = await api('GET', `/api/v1/reviews/${id}`);
  const screening = await api('GET', `/api/v1/screenings/${review.screeningId}`);
  const versions = screening.version > 1 ? await api('GET', `/api/v1/screenings/${review.screeningId}/versions`)
    : [{version: 1}];
  const history = await api('GET', `/api/v1/screenings/${review.screeningId}/history`);
  const procedure = PROCEDURE[review.procedure] || plain(review.procedure);
  $('#case-title').textContent = `${cap(procedure)}, ${URGENCY[review.urgency] || plain(review.urgency)}: case `
    + review.caseId;
  const pending = ['OPEN', 'CLAIMED', 'INFO_REQUESTED'].includes(review.status);
  $('#case-summary').replaceChildren(
    el('span', {class: 'badge' + (review.overdue ? ' badge-overdue' : '')},
      !pending ? REVIEW_STATUS[review.status] : review.overdue ? 'Overdue' : 'On time'),
    ` ${dueWords(review)}. ${KIND[review.kind]}. ${stateWords(review)}. Request: ${STATUS[screening.status].toLowerCase()}.`);
  $('#case-actions').replaceChildren(...claimActions(review, () => showCase(id)));
  $('#evaluation').replaceChildren(evaluationView(screening.evaluation, review.procedure));
  $('#case').replaceChildren(caseView(screening.case));
  $('#changes').replaceChildren(versionsView(versions));
  $('#messages').replaceChildren(messagesView(screening.messages));
  $('#history').replaceChildren(historyView(history));
  $('#decision').replaceChildren(decisionPanel(review, screening));
  $('#case-page').hidden = false;
  document.body.dataset.ready = 'true';
}

function decisionPanel(review, screening) {
  if (review.status === 'DECIDED') {
    return el('div', {}, el('p', {id: 'decided'}, `${review.decidedBy} ${DECIDED[review.decision]} on `
      + `${when(review.decidedAt)}.`), screening.determination ? letterView(screening.determination, screening.case) : null);
  }
  if (review.status === 'CANCELLED') {
    return el('p', {}, 'Closed without a decision: a new version of the case no longer needs a second review.');
  }
  if (!hasRole('REVIEWER')) {
    return el('p', {id: 'claim-first'}, 'Only reviewers decide.');
  }
  if (review.claimedBy !== currentUser().name) {
    return el('p', {id: 'claim-first'}, review.claimedBy
      ? `${review.claimedBy} holds this review: only they decide (an administrator can reassign it).`
      : 'Claim the review (above) to decide.');
  }
  if (review.status === 'INFO_REQUESTED') {
    return el('div', {}, el('p', {id: 'waiting-for-requester'}, 'You asked the requester for more information: the'
      + ' review comes back to you when they supply it. You may also decide without waiting, or ask again.'),
    decisionForm(review, screening));
  }
  return decisionForm(review, screening);
}

/** The items a reviewer may ask for: the evaluation's missing data, then the data the rating rests on. */
function askable(evaluation) {
  const missing = evaluation.decision.missingData;
  const restsOn = Object.keys(evaluation.derived || {}).map(k => DOCUMENTED_BY[k]).filter(Boolean);
  const seen = new Set();
  return [...missing.map(p => ({path: p, missing: true})), ...restsOn.map(p => ({path: p, missing: false}))]
    .filter(i => !seen.has(i.path) && seen.add(i.path));
}

function decisionForm(review, screening) {
  const note = el('textarea', {id: 'decision-note', rows: 4, required: true, maxlength: 4000,
    'aria-describedby': 'decision-note-help'});
  const alternative = el('select', {id: 'decision-alternative'}, el('option', {value: ''}, 'choose...'),
    Object.entries(ALTERNATIVE).map(([code, words]) => el('option', {value: code}, words)));
  const items = askable(screening.evaluation).map(i => el('label', {class: 'check'},
    el('input', {type: 'checkbox', value: i.path, id: 'ask-' + i.path.replace(/[^A-Za-z0-9]+/g, '-')}),
    ' ', fieldLabel(i.path), i.missing ? el('span', {class: 'small'}, ' (missing: could change the rating)') : ''));
  const status = el('p', {id: 'decision-status', class: 'form-status', role: 'alert'});
  const send = async (decision) => {
    const body = {decision, note: note.value.trim()};
    if (!body.note) {
      status.textContent = decision === 'REQUEST_INFO' ? 'Write what you need from the requester.'
        : 'Write your rationale: it goes into the letter to the requester.';
      note.focus();
      return;
    }
    if (decision === 'OVERTURN') {
      if (!alternative.value) {
        status.textContent = 'Choose the alternative you recommend.';
        alternative.focus();
        return;
      }
      body.alternative = alternative.value;
    }
    if (decision === 'REQUEST_INFO') body.items = items.map(l => l.querySelector('input')).filter(i => i.checked)
      .map(i => i.value);
    try {
      await api('POST', `/api/v1/reviews/${review.id}/decision`, body);
    } catch (err) {
      status.textContent = err.message;
      return;
    }
    await showCase(review.id);
    say('#page-status', decision === 'REQUEST_INFO' ? 'Sent to the requester: the review comes back to you when'
      + ' they supply the data.' : 'Decision recorded: the requester sees it with the letter.');
  };
  const kind = review.kind;
  return el('form', {id: 'decision-form', class: 'decision-form', novalidate: true, onsubmit: e => e.preventDefault()},
    el('label', {for: 'decision-note'}, 'Your rationale, or what you need from the requester'),
    el('p', {id: 'decision-note-help', class: 'help'}, 'The requester reads it: in the letter, or with the request'
      + ' for information.'),
    note,
    el('div', {class: 'decision-choice'},
      el('button', {type: 'button', class: 'primary', id: 'decide-concur', onclick: () => send('CONCUR')},
        decisionWords('CONCUR', kind))),
    el('fieldset', {class: 'decision-choice'}, el('legend', {}, 'Not approving'),
      el('label', {for: 'decision-alternative'}, 'Alternative recommended'), alternative,
      el('button', {type: 'button', id: 'decide-overturn', onclick: () => send('OVERTURN')},
        decisionWords('OVERTURN', kind))),
    el('fieldset', {class: 'decision-choice'}, el('legend', {}, 'Asking for more'),
      el('p', {class: 'help'}, 'Tick what the requester should document.'),
      el('div', {class: 'checks asked-items'}, items),
      el('button', {type: 'button', id: 'decide-request-info', onclick: () => send('REQUEST_INFO')},
        decisionWords('REQUEST_INFO', kind))),
    status);
}

// ---- the prior-authorization figures ----

function share(count, fraction) {
  return fraction === null ? String(count) : `${count} (${Math.round(fraction * 100)}%)`;
}

function hours(h) {
  if (h === null) return 'none decided';
  return h < 48 ? `${h.toFixed(1)} h` : `${(h / 24).toFixed(1)} days`;
}

async function showMetrics() {
  if (!$('#metrics-to').value) {
    const today = new Date();
    $('#metrics-to').value = today.toISOString().slice(0, 10);
    $('#metrics-from').value = new Date(today.getTime() - 29 * 86400000).toISOString().slice(0, 10);
  }
  const q = new URLSearchParams({from: $('#metrics-from').value, to: $('#metrics-to').value,
    period: $('#metrics-period').value});
  const m = await api('GET', '/api/v1/metrics/reviews?' + q);
  const head = el('tr', {}, ['Period', 'Kind of request', 'Decided', 'Approved', 'Not approved',
    'Approved after more information', 'Mean time to decision', 'Median time to decision']
    .map(h => el('th', {scope: 'col'}, h)));
  const rows = m.periods.flatMap(p => [['expedited', 'Expedited (72 h)'], ['standard', 'Standard (7 days)']]
    .map(([k, label]) => {
      const f = p[k];
      return el('tr', {}, el('td', {}, `${day(p.from)} to ${day(p.to)}`), el('th', {scope: 'row'}, label),
        el('td', {}, String(f.decided)), el('td', {}, share(f.approved, f.approvedShare)),
        el('td', {}, share(f.denied, f.deniedShare)),
        el('td', {}, share(f.approvedAfterInformation, f.approvedAfterInformationShare)),
        el('td', {}, hours(f.meanHoursToDecision)), el('td', {}, hours(f.medianHoursToDecision)));
    }));
  $('#metrics').replaceChildren(el('div', {class: 'table-scroll'}, el('table', {class: 'metrics', id: 'metrics-table'},
    el('thead', {}, head), el('tbody', {}, rows))),
  el('details', {class: 'small'}, el('summary', {}, 'What the figures count'),
    el('ul', {}, Object.values(m.definitions).map(d => el('li', {}, d)))));
  document.body.dataset.ready = 'true';
}

// ---- wiring ----

function start() {
  const procedures = $('#filter-procedure');
  for (const [code, words] of Object.entries(PROCEDURE)) procedures.append(el('option', {value: code}, words));
  setUpSignIn(() => route());
  window.addEventListener('hashchange', () => route());
  $('#filters').addEventListener('submit', e => {
    e.preventDefault();
    showQueue().catch(problem);
  });
  $('#metrics-form').addEventListener('submit', e => {
    e.preventDefault();
    showMetrics().catch(problem);
  });
  route();
  document.body.dataset.started = 'true';
}

document.addEventListener('DOMContentLoaded', start);
