// SPDX-License-Identifier: Apache-2.0
// The case form, built from form-spec.js and the case schema: controls, lists, what is shown when, and the field
// rules checked as typed. The case read from the form and written into it, and the field of a case path: form-case.js.
import {$, $$, el, getPath, idOf, parsePath, setPath} from './dom.js';
import {SECTIONS, context} from './form-spec.js';
import {bareLabel, fieldLabel, itemLabel, valueWords} from './words.js';

/** The form's state: the schema, its element, the loaded case, the spec of each shown-or-hidden element. */
export const form = {schema: null, root: null, base: {}, specs: new Map()};

// ---- the schema: rules of each field ----

function schemaAt(path) {
  let node = form.schema;
  for (const step of parsePath(path)) {
    if (!node) return null;
    node = typeof step === 'number' || step === '[]' ? node.items : node.properties ? node.properties[step] : null;
  }
  return node || null;
}

function isRequired(path) {
  const steps = String(path).split('.');
  const key = steps.pop().replace(/\[\d*\]$/, '');
  const parent = steps.length ? schemaAt(steps.join('.')) : form.schema;
  return key !== 'caseId' && !!(parent && (parent.required || []).includes(key));
}

function typeOf(schema) {
  if (!schema) return 'string';
  return (Array.isArray(schema.type) ? schema.type.find(x => x !== 'null') : schema.type) || 'string';
}

function enumOf(path) {
  const s = schemaAt(path);
  return (s && (s.enum || (s.items && s.items.enum))) || [];
}

/** The rule of a number in words: "between 0 and 100", "more than 0 and at most 1", "at least 0". */
function rangeWords(s) {
  const low = s.minimum;
  const above = s.exclusiveMinimum;
  const high = s.maximum;
  const lowPart = low !== undefined ? `${low}` : above !== undefined ? `more than ${above}` : null;
  if (lowPart !== null && high !== undefined) {
    return low !== undefined ? `between ${low} and ${high}` : `${lowPart} and at most ${high}`;
  }
  if (lowPart !== null) return low !== undefined ? `at least ${low}` : lowPart;
  return high !== undefined ? `at most ${high}` : null;
}

/** The control's value as the case format wants it, or undefined when empty; throws a message when invalid. */
export function typedValue(control) {
  const kind = control.dataset.kind;
  if (kind === 'checks') {
    const values = $$('input:checked', control).map(i => i.value);
    return values.length || control.dataset.empty === 'none' ? values : undefined;
  }
  if (kind === 'check') return control.checked ? true : undefined;
  const raw = control.value.trim();
  if (raw === '') {
    if (control.dataset.required === 'true') throw 'Required.';
    return undefined;
  }
  if (kind === 'tristate') return raw === 'true';
  const schema = schemaAt(control.dataset.path);
  const type = typeOf(schema);
  if (type === 'integer' || type === 'number') {
    const n = Number(raw.replace(',', '.'));
    if (type === 'integer' && !/^-?\d+$/.test(raw)) throw 'Must be a whole number.';
    if (!Number.isFinite(n)) throw 'Must be a number.';
    const ok = (schema.minimum === undefined || n >= schema.minimum)
      && (schema.exclusiveMinimum === undefined || n > schema.exclusiveMinimum)
      && (schema.maximum === undefined || n <= schema.maximum);
    if (!ok) throw `Must be ${rangeWords(schema)}.`;
    return n;
  }
  if (schema && schema.pattern && !new RegExp(schema.pattern).test(raw)) throw 'Must be a date.';
  if (schema && schema.enum && !schema.enum.includes(raw) && !schema.enum.includes(Number(raw))) {
    throw 'Must be one of the choices.';
  }
  return kind === 'select' && typeOf(schema) === 'integer' ? Number(raw) : raw;
}

export function showError(control, message) {
  const slot = document.getElementById(control.id + '-error');
  if (slot) slot.textContent = message;
  control.setAttribute('aria-invalid', 'true');
}

export function clearError(control) {
  const slot = document.getElementById(control.id + '-error');
  if (slot) slot.textContent = '';
  control.removeAttribute('aria-invalid');
}

/** Checks one control against the case format; returns true when valid. */
export function validate(control) {
  try {
    typedValue(control);
    clearError(control);
    return true;
  } catch (message) {
    showError(control, message);
    return false;
  }
}

// ---- building the form ----

function optionList(select, values, path, emptyLabel) {
  select.replaceChildren(el('option', {value: ''}, emptyLabel));
  for (const v of values) select.append(el('option', {value: String(v)}, valueWords(path, v)));
}

/** A field's control; list items pass the item's path (stressTests[0].findings.restLvef). */
function control(spec, path) {
  const id = idOf(path);
  const common = {id, 'data-path': path, 'data-kind': spec.kind, 'data-required': isRequired(path) ? 'true' : null,
    'aria-required': isRequired(path) ? 'true' : null, 'aria-describedby': id + '-error'};
  switch (spec.kind) {
    case 'select': {
      const select = el('select', common);
      optionList(select, spec.values || enumOf(path), path, spec.empty || (isRequired(path) ? 'choose' : 'not documented'));
      return select;
    }
    case 'tristate': {
      const [unknown, yes, no] = spec.words || ['not documented', 'yes', 'no'];
      return el('select', common, el('option', {value: ''}, unknown), el('option', {value: 'true'}, yes),
        el('option', {value: 'false'}, no));
    }
    case 'check':
      return el('input', {...common, type: 'checkbox'});
    case 'checks':
      return el('div', {...common, class: 'checks', role: 'group', 'aria-labelledby': id + '-label',
        'data-empty': path === 'therapy.antianginalClasses' ? 'none' : null},
      enumOf(path).map(v => el('label', {class: 'check'}, el('input', {type: 'checkbox', id: `${id}-${v}`, value: v}),
        ' ' + valueWords(path + '[]', v))));
    case 'date':
      return el('input', {...common, type: 'date'});
    case 'number': {
      const s = schemaAt(path) || {};
      const range = rangeWords(s);
      return el('input', {...common, inputmode: typeOf(s) === 'integer' && !(s.minimum < 0) ? 'numeric' : 'decimal',
        placeholder: spec.placeholder || (range && range.startsWith('between ') ? range.replace('between ', '')
          .replace(' and ', '-') : null)});
    }
    default:
      return el('input', {...common, autocomplete: 'off'});
  }
}

function row(spec, path) {
  const input = control(spec, path);
  const required = input.dataset.required === 'true' && spec.kind !== 'checks';
  const labelText = spec.key ? bareLabel(path) : fieldLabel(path);
  const label = spec.kind === 'checks'
    ? el('span', {class: 'label', id: input.id + '-label'}, labelText, required ? el('span', {class: 'required'}, ' (required)') : null)
    : el('label', {for: input.id}, labelText, required ? el('span', {class: 'required'}, ' (required)') : null);
  const hint = spec.hint ? el('p', {class: 'hint'}, typeof spec.hint === 'string' ? spec.hint : '') : null;
  const node = el('div', {class: 'row' + (spec.kind === 'check' ? ' row-check' : ''), 'data-row': path}, label,
    el('div', {class: 'control'}, input, hint, el('span', {id: input.id + '-error', class: 'field-error',
      'aria-live': 'polite'})));
  form.specs.set(node, spec);
  return node;
}

function stateSelect(spec) {
  const id = idOf(spec.path) + '-state';
  const select = el('select', {id, 'data-state-of': spec.path});
  for (const [state, words] of Object.entries(spec.states)) select.append(el('option', {value: state}, words));
  const node = el('div', {class: 'row'}, el('label', {for: id}, fieldLabel(spec.path)),
    el('div', {class: 'control'}, select, el('span', {id: id + '-error', class: 'field-error', 'aria-live': 'polite'})));
  return node;
}

function group(spec) {
  const body = el('div', {class: 'group-body', 'data-body-of': spec.path}, spec.fields.map(f => field(f)));
  const node = el('div', {class: 'group', 'data-group': spec.path}, stateSelect(spec), body);
  form.specs.set(node, spec);
  return node;
}

function list(spec) {
  const items = el('div', {class: 'items'});
  const add = el('button', {type: 'button', class: 'add', id: idOf(spec.path) + '-add',
    onclick: () => { const item = addItem(spec, {}); $('select, input', item).focus(); }}, spec.add);
  const node = el('div', {class: 'list', 'data-list': spec.path}, stateSelect(spec),
    el('div', {class: 'list-body', 'data-body-of': spec.path}, items, add));
  form.specs.set(node, spec);
  return node;
}

function field(spec) {
  if (spec.kind === 'group') return group(spec);
  if (spec.kind === 'list') return list(spec);
  return row(spec, spec.path);
}

export function listOf(path) {
  return form.root.querySelector(`[data-list="${path}"]`);
}

/** Adds an item to a list, filled from a case's item; returns its element. */
export function addItem(spec, item) {
  const items = $('.items', listOf(spec.path));
  const index = items.children.length;
  const base = `${spec.path}[${index}]`;
  const name = itemLabel(spec.path, index);
  const node = el('fieldset', {class: 'item', 'data-item': base}, el('legend', {}, name),
    spec.fields.map(f => row(f, `${base}.${f.key}`)),
    el('button', {type: 'button', class: 'remove', onclick: () => removeItem(spec, index)}, `Remove ${name.toLowerCase()}`));
  items.append(node);
  for (const f of spec.fields) setControl(node.querySelector(`[data-path="${base}.${f.key}"]`), getPath(item, f.key));
  updateVisibility();
  return node;
}

function removeItem(spec, index) {
  const kept = itemsOf(spec).filter((_, i) => i !== index);
  $('.items', listOf(spec.path)).replaceChildren();
  kept.forEach(item => addItem(spec, item));
  const next = $$('.item', listOf(spec.path))[Math.min(index, kept.length - 1)];
  (next ? $('select, input', next) : $(`#${idOf(spec.path)}-add`)).focus();
}

/** A list's items as entered (invalid values kept as typed), to rebuild it. */
function itemsOf(spec) {
  return $$('.item', listOf(spec.path)).map(node => {
    const item = {};
    for (const c of $$('[data-path]', node)) {
      const key = c.dataset.path.slice(node.dataset.item.length + 1);
      let v;
      try { v = typedValue(c); } catch (e) { v = c.value.trim() || undefined; }
      if (v !== undefined) setPath(item, key, v);
    }
    return item;
  });
}

export function buildForm(schema, root) {
  form.schema = schema;
  form.root = root;
  root.replaceChildren(...SECTIONS.map(section => {
    const node = el('fieldset', {class: 'section', id: 'section-' + section.id}, el('legend', {}, section.legend),
      section.fields.map(field));
    form.specs.set(node, section);
    return node;
  }));
  root.addEventListener('change', e => {
    const of = e.target.dataset.stateOf;
    if (of) openList(of);
    updateVisibility();
  });
}

/** A list switched to "each ... below" with no item yet gets its first item. */
function openList(path) {
  const node = listOf(path);
  const select = node && $(`[data-state-of="${path}"]`, node);
  if (select && select.value === 'items' && $('.items', node).children.length === 0) addItem(form.specs.get(node), {});
}

// ---- what is shown ----

function currentContext() {
  const value = path => { const c = form.root.querySelector(`[data-path="${path}"]`); return c ? c.value : ''; };
  const state = path => { const c = form.root.querySelector(`[data-state-of="${path}"]`); return c ? c.value : ''; };
  return context({
    procedure: value('request.procedure'),
    hasCodes: !!(form.base.request && form.base.request.codes && form.base.request.codes.length),
    setting: value('presentation.setting'),
    question: value('imaging.question'),
    suspected: value('imaging.suspectedCondition'),
    priorRevascularization: state('priorCabg') === 'present' || state('priorPci') === 'items',
    priorImaging: state('priorImaging') === 'items',
  });
}

export function updateVisibility() {
  const ctx = currentContext();
  for (const [node, spec] of form.specs) {
    if (!node.isConnected) { form.specs.delete(node); continue; }
    node.hidden = !!(spec.when && !spec.when(ctx));
    if (typeof spec.hint === 'function') {
      const hint = $('.hint', node);
      hint.textContent = spec.hint(ctx) || '';
      hint.hidden = !hint.textContent;
    }
  }
  for (const select of $$('[data-state-of]', form.root)) {
    const body = form.root.querySelector(`[data-body-of="${select.dataset.stateOf}"]`);
    body.hidden = !(select.value === 'present' || select.value === 'items');
  }
  $('#form-hint').hidden = ctx.chosen;
}

export function shown(node) {
  return !node.closest('[hidden]');
}

export function setControl(control, v) {
  if (!control) return;
  if (control.dataset.kind === 'checks') {
    for (const box of $$('input', control)) box.checked = Array.isArray(v) && v.includes(box.value);
  } else if (control.dataset.kind === 'check') {
    control.checked = v === true;
  } else {
    control.value = v === undefined || v === null ? '' : String(v);
  }
  clearError(control);
}

export {schemaAt};
