// SPDX-License-Identifier: Apache-2.0
// The case read from the form and written into it, and the field of a case path (a missing item, a what-if, a
// server error).
import {$, $$, getPath, setPath, today} from './dom.js';
import {form, addItem, clearError, listOf, setControl, showError, shown, typedValue, updateVisibility, validate}
  from './form.js';
import {NOT_ASKED, SECTIONS} from './form-spec.js';

// ---- the case from the form, and the form from a case ----

/** The case paths the form manages (a loaded case keeps the others as they are). */
function managedPaths() {
  const paths = [];
  const walk = fields => fields.forEach(f => { if (f.path) paths.push(f.path); if (f.kind === 'group') walk(f.fields); });
  SECTIONS.forEach(s => walk(s.fields));
  return paths;
}

/** The case the form shows, over the loaded case; throws when a field is invalid (each is marked). */
export function caseFromForm() {
  const c = structuredClone(form.base);
  for (const path of managedPaths()) setPath(c, path, undefined);
  let invalid = 0;
  for (const select of $$('[data-state-of]', form.root).filter(shown)) {
    const path = select.dataset.stateOf;
    clearError(select);
    if (select.value === 'present') setPath(c, path, getPath(c, path) || {});
    if (select.value === 'empty') setPath(c, path, []);
    if (select.value === 'items') {
      const count = $('.items', listOf(path)).children.length;
      if (count === 0) { showError(select, 'Add one, or choose another answer.'); invalid++; }
      setPath(c, path, Array.from({length: count}, () => ({})));
    }
  }
  for (const control of $$('[data-path]', form.root).filter(shown)) {
    if (!validate(control)) { invalid++; continue; }
    const value = typedValue(control);
    if (value !== undefined) setPath(c, control.dataset.path, value);
  }
  for (const key of ['patient', 'presentation', 'imaging']) {
    if (c[key] && Object.keys(c[key]).length === 0) delete c[key];
  }
  (c.stressTests || []).forEach(t => { if (t.findings && Object.keys(t.findings).length === 0) delete t.findings; });
  if (!c.caseId) c.caseId = 'self-check';
  if (invalid) throw new Error(`${invalid} field(s) need attention.`);
  return c;
}

/** Fills the form from a case; the fields the form does not ask stay in the loaded case. */
export function fillForm(c) {
  form.base = structuredClone(c);
  for (const select of $$('[data-state-of]', form.root)) {
    const path = select.dataset.stateOf;
    const v = getPath(c, path);
    const options = Array.from(select.options).map(o => o.value);
    select.value = v === undefined || v === null ? 'absent' : !Array.isArray(v) ? 'present'
      : v.length === 0 && options.includes('empty') ? 'empty' : v.length === 0 ? 'absent' : 'items';
    clearError(select);
    const node = listOf(path);
    if (node) {
      $('.items', node).replaceChildren();
      (Array.isArray(v) ? v : []).forEach(item => addItem(form.specs.get(node), item));
    }
  }
  for (const control of $$('[data-path]', form.root)) {
    if (!control.closest('.item')) setControl(control, getPath(c, control.dataset.path));
  }
  if (!$('[data-path="asOf"]', form.root).value) $('[data-path="asOf"]', form.root).value = today();
  updateVisibility();
}

/** The leaf fields of the schema that the form neither asks nor lists as not asked (for the tests: none). */
export function fieldsNotOnTheForm() {
  const asked = new Set();
  (function walk(fields) {
    for (const f of fields) {
      if (f.kind === 'group') walk(f.fields);
      else if (f.kind === 'list') f.fields.forEach(i => asked.add(`${f.path}[].${i.key}`));
      else asked.add(f.path);
    }
  })(SECTIONS.flatMap(s => s.fields));
  const leaves = [];
  (function walk(node, path) {
    const object = node.items && node.items.properties ? node.items : node;
    if (!object.properties) { leaves.push(path); return; }
    const prefix = path === '' ? '' : object === node ? path + '.' : path + '[].';
    for (const [k, v] of Object.entries(object.properties)) walk(v, prefix + k);
  })(form.schema, '');
  return leaves.filter(p => !asked.has(p) && !NOT_ASKED.some(n => p === n || p.startsWith(n + '.') || p.startsWith(n + '[')));
}

// ---- the field of a case path ----

/**
 * The control that documents a case path (a missing item, a what-if, a server error): the field itself, a list's
 * or group's "documented?" question while it is closed, or the first empty field of a list's items ("priorPci[].date").
 */
export function controlFor(path) {
  path = String(path).trim();
  if (path.includes('[]')) {
    const candidates = $$('[data-path]', form.root).filter(c => c.dataset.path.replace(/\[\d+\]/g, '[]') === path);
    const pick = candidates.find(c => shown(c) && !c.value) || candidates.find(shown) || candidates[0];
    return pick ? opened(pick) : controlFor(path.slice(0, path.indexOf('[]')));
  }
  const exact = form.root.querySelector(`[data-path="${CSS.escape(path)}"]`)
    || form.root.querySelector(`[data-state-of="${CSS.escape(path)}"]`);
  if (exact) return opened(exact);
  const inside = $$('[data-path]', form.root).find(c => c.dataset.path.startsWith(path + '.') || c.dataset.path.startsWith(path + '['));
  if (inside) return opened(inside);
  const parent = path.replace(/(\.[A-Za-z0-9]+|\[\d*\])$/, '');
  return parent !== path && parent ? controlFor(parent) : null;
}

/** A control, or the question that opens the closed group or list it is in. */
function opened(control) {
  let node = control;
  while (node && node !== form.root) {
    if (node.hidden && node.dataset.bodyOf) {
      return form.root.querySelector(`[data-state-of="${node.dataset.bodyOf}"]`);
    }
    node = node.parentElement;
  }
  return control;
}

/** Scrolls to and focuses the field of a case path; false when the form has no shown field for it. */
export function focusField(path) {
  for (const one of String(path).split(', ')) {
    const control = controlFor(one);
    if (control && shown(control)) {
      const target = control.dataset.kind === 'checks' ? $('input', control) : control;
      target.scrollIntoView({block: 'center'});
      target.focus();
      return true;
    }
  }
  return false;
}

/** The control of a server error's field path, or null. */
export function errorControl(path) {
  const control = controlFor(path);
  return control && shown(control) ? control : null;
}

