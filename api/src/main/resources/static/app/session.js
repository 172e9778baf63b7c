// SPDX-License-Identifier: Apache-2.0
// What the reviewer's workbench and the requester's page share: DOM helpers (from dom.js), the sign-in (credentials
// in this page's memory only, checked against GET /api/v1/me before the page says "signed in"), and calls to the
// service with their problem+json errors. Plain ES modules, nothing from the internet (Content-Security-Policy 'self').

import {$} from './dom.js';

// the DOM helpers, for the pages that import them from here
export {$, $$, el} from './dom.js';

const session = {auth: null, user: null};

/** The signed-in user: {name, roles}, or null. */
export function currentUser() {
  return session.user;
}

export function hasRole(role) {
  return !!session.user && session.user.roles.includes(role);
}

/** An error of the service: its status and problem+json body. */
export class ServiceError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || ('Error ' + status));
    this.status = status;
    this.problem = problem;
  }
}

/** Calls the service; resolves to the JSON body, or throws a ServiceError (401 also signs out). */
export async function api(method, path, body) {
  if (!session.auth) throw new ServiceError(401, {title: 'Sign in first', detail: 'Sign in first (top right).'});
  const headers = {'Accept': 'application/json, application/problem+json', 'Authorization': session.auth,
    'X-Requested-With': 'XMLHttpRequest'};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  } catch (e) {
    throw new ServiceError(0, {title: 'The service cannot be reached', detail: 'The service cannot be reached.'});
  }
  const json = await response.json().catch(() => ({}));
  if (response.status === 401) {
    signedOut('The user, password or token was not accepted.');
  }
  if (!response.ok) throw new ServiceError(response.status, json);
  return json;
}

let onSignIn = () => {};

function signedOut(why) {
  session.auth = null;
  session.user = null;
  $('#signin-status').textContent = 'Not signed in. ' + why;
  $('#signin').classList.remove('signed-in');
  document.body.dataset.user = '';
}

/**
 * Wires the sign-in form: basic credentials or a bearer token, checked against GET /api/v1/me; then calls
 * {@code signedIn(user)}.
 */
export function setUpSignIn(signedIn) {
  onSignIn = signedIn;
  $('#signin-switch').addEventListener('click', () => {
    $('#signin').classList.remove('signed-in');
    $('#signin-user').focus();
  });
  $('#signin').addEventListener('submit', async e => {
    e.preventDefault();
    const token = $('#signin-token').value.trim();
    if (token) {
      session.auth = 'Bearer ' + token;
    } else {
      const bytes = new TextEncoder().encode(`${$('#signin-user').value.trim()}:${$('#signin-password').value}`);
      session.auth = 'Basic ' + btoa(String.fromCharCode(...bytes));
    }
    $('#signin-password').value = '';
    $('#signin-status').textContent = 'Checking...';
    try {
      session.user = await api('GET', '/api/v1/me');
    } catch (err) {
      if (err.status !== 401) signedOut(err.message);
      return;
    }
    $('#signin-status').textContent = `Signed in as ${session.user.name}.`;
    $('#signin').classList.add('signed-in');
    document.body.dataset.user = session.user.name;
    onSignIn(session.user);
  });
}

/** A date and time in the reader's locale, e.g. "Mar 1, 2026, 9:00 AM". */
export function when(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString([], {dateStyle: 'medium', timeStyle: 'short'});
}

/** A date in the reader's locale. */
export function day(iso) {
  if (!iso) return '';
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(iso + 'T12:00:00') : new Date(iso);
  return d.toLocaleDateString([], {dateStyle: 'medium'});
}

/** A duration in words: "2 days 4 h", "3 h 20 min", "12 min". */
export function span(ms) {
  const minutes = Math.round(Math.abs(ms) / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days) return `${days} day${days > 1 ? 's' : ''}${hours ? ' ' + hours + ' h' : ''}`;
  if (hours) return `${hours} h${mins ? ' ' + mins + ' min' : ''}`;
  return `${mins} min`;
}

/** Shows a message in a status line (role=status or alert). */
export function say(selector, text) {
  const node = typeof selector === 'string' ? $(selector) : selector;
  if (node) node.textContent = text;
}
