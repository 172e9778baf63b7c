// SPDX-License-Identifier: Apache-2.0
// An editor for the case fields a reviewer asked for (or that a pending request misses), built from the published case
// schema: a choice for coded values, numbers and dates as such, yes / no / not documented for flags, tick boxes for
// lists of codes, and a group per item for lists of tests, lesions or grafts. Empty means "not documented".
import {el, $$} from './session.js';
import {fieldLabel, shortLabel, valueWords} from './clinical-words.js';
import {getPath} from './case-view.js';

let schema = null;

export async function loadSchema() {
  if (!schema) schema = await (await fetch('/app/case.schema.json')).json();
  return schema;
}

/** The schema of a case path ("anatomy.lesions[0].ffr"). */
export function schemaAt(path) {
  let node = schema;
  for (const step of String(path).split('.')) {
    const m = /^([A-Za-z0-9]+)((?:\[\d*\])*)$/.exec(step);
    if (!node || !m) return null;
    node = node.properties ? node.properties[m[1]] : null;
    for (let i = 0; node && i < (m[2].match(/\[/g) || []).length; i++) node = node.items;
  }
  return node || null;
}

function typeOf(s) {
  if (!s) return 'string';
  return (Array.isArray(s.type) ? s.type.find(t => t !== 'null') : s.type) || 'string';
}

const controlId = path => 'edit-' + path.replace(/[^A-Za-z0-9]+/g, '-');

/** A control for one field; {@code read()} gives its value (undefined when empty) or throws a message. */
function scalar(path, s, value, label) {
  const id = controlId(path);
  const type = typeOf(s);
  let control;
  if (s && s.enum) {
    control = el('select', {id, 'data-path': path}, el('option', {value: ''}, 'not documented'),
      s.enum.map(v => el('option', {value: String(v)}, valueWords(path, v))));
  } else if (type === 'boolean') {
    control = el('select', {id, 'data-path': path}, el('option', {value: ''}, 'not documented'),
      el('option', {value: 'true'}, 'yes'), el('option', {value: 'false'}, 'no'));
  } else if (type === 'integer' && path.endsWith('ccsClass')) {
    control = el('select', {id, 'data-path': path}, el('option', {value: ''}, 'not documented'),
      [0, 1, 2, 3, 4].map(v => el('option', {value: String(v)}, valueWords(path, v))));
  } else {
    const date = !!s && s.format === 'date';
    control = el('input', {id, 'data-path': path, type: date ? 'date' : 'text',
      inputmode: type === 'integer' ? 'numeric' : type === 'number' ? 'decimal' : null});
  }
  control.value = value === undefined || value === null ? '' : String(value);
  const read = () => {
    const raw = control.value.trim();
    if (raw === '') return undefined;
    if (type === 'boolean') return raw === 'true';
    if (type === 'integer' || type === 'number') {
      const n = Number(raw.replace(',', '.'));
      if (!Number.isFinite(n) || (type === 'integer' && !Number.isInteger(n))) {
        throw type === 'integer' ? 'a whole number' : 'a number';
      }
      if ((s.minimum !== undefined && n < s.minimum) || (s.maximum !== undefined && n > s.maximum)) {
        throw `between ${s.minimum ?? s.exclusiveMinimum} and ${s.maximum}`;
      }
      return n;
    }
    return raw;
  };
  return {node: el('div', {class: 'row'}, el('label', {for: id}, label), control), read};
}

function codeList(path, s, value, label) {
  const id = controlId(path);
  const boxes = s.items.enum.map(v => el('label', {class: 'check'},
    el('input', {type: 'checkbox', value: v, 'data-path': path, id: `${id}-${v}`,
      checked: Array.isArray(value) && value.includes(v)}), ' ', valueWords(path, v)));
  const known = el('select', {id, 'data-path': path}, el('option', {value: ''}, 'not documented'),
    el('option', {value: 'yes'}, 'documented: the ticked ones'));
  known.value = Array.isArray(value) ? 'yes' : '';
  boxes.forEach(b => b.querySelector('input').addEventListener('change', () => { known.value = 'yes'; }));
  return {
    node: el('div', {class: 'row'}, el('label', {for: id}, label),
      el('div', {}, known, el('div', {class: 'checks', role: 'group', 'aria-label': label}, boxes))),
    read: () => known.value === '' && !boxes.some(b => b.querySelector('input').checked) ? undefined
      : boxes.map(b => b.querySelector('input')).filter(i => i.checked).map(i => i.value),
  };
}

function objectEditor(path, s, value, label) {
  const parts = Object.entries(s.properties || {})
    .map(([k, sub]) => editor(`${path}.${k}`, sub, value ? value[k] : undefined, true));
  return {
    node: el('fieldset', {class: 'edit-group'}, el('legend', {}, label), parts.map(p => p.node)),
    read: () => {
      const out = {};
      for (const [i, k] of Object.keys(s.properties || {}).entries()) {
        const v = parts[i].read();
        if (v !== undefined) out[k] = v;
      }
      return Object.keys(out).length ? out : undefined;
    },
  };
}

function listEditor(path, s, value, label) {
  const items = [];
  const list = el('div', {class: 'edit-list'});
  const known = el('select', {id: controlId(path), 'data-path': path}, el('option', {value: ''}, 'not documented'),
    el('option', {value: 'yes'}, 'documented: the ones below'));
  known.value = Array.isArray(value) ? 'yes' : '';
  const add = v => {
    const item = objectEditor(`${path}[${items.length}]`, s.items, v, fieldLabel(`${path}[${items.length}]`));
    const remove = el('button', {type: 'button', class: 'link', onclick: () => {
      items.splice(items.indexOf(item), 1);
      item.node.remove();
    }}, 'Remove');
    item.node.append(remove);
    items.push(item);
    list.append(item.node);
    known.value = 'yes';
  };
  (Array.isArray(value) ? value : []).forEach(add);
  return {
    node: el('div', {class: 'edit-block'}, el('div', {class: 'row'}, el('label', {for: controlId(path)}, label), known),
      list, el('button', {type: 'button', onclick: () => add({})}, `Add: ${label.toLowerCase()}`)),
    read: () => known.value === '' && items.length === 0 ? undefined : items.map(i => i.read() || {}),
  };
}

/** The editor of any case path; inside a group its label is the field's own ("FFR", not "Lesion 1: FFR"). */
export function editor(path, s = schemaAt(path), value, nested = false) {
  const type = typeOf(s);
  const label = nested ? shortLabel(path) : fieldLabel(path);
  if (type === 'array' && s.items && s.items.enum) return codeList(path, s, value, label);
  if (type === 'array' && s.items && typeOf(s.items) === 'object') return listEditor(path, s, value, label);
  if (type === 'object') return objectEditor(path, s, value, label);
  return scalar(path, s, value, label);
}

/**
 * Editors for the asked paths over the current case; {@code add(path)} adds one. {@code read()} returns the new case
 * (the edited fields replaced, an emptied one removed) or throws naming every invalid field.
 */
export function caseEditor(current, paths) {
  const editors = [];
  const node = el('div', {class: 'case-editor'});
  const add = path => {
    if (editors.some(e => e.path === path)) return;
    const ed = editor(path, schemaAt(path), getPath(current, path));
    editors.push({path, ed});
    node.append(el('div', {class: 'asked-item', id: itemAnchor(path)}, ed.node));
  };
  paths.forEach(add);
  return {
    node,
    add,
    read: () => {
      const c = structuredClone(current);
      const problems = [];
      for (const {path, ed} of editors) {
        try {
          setPath(c, path, ed.read());
        } catch (message) {
          problems.push(`${fieldLabel(path)}: must be ${message}`);
        }
      }
      if (problems.length) throw new Error(problems.join('; '));
      return c;
    },
  };
}

/** The control showing a case path (for the service's field errors), or the closest one above it. */
export function controlFor(root, path) {
  const controls = $$('[data-path]', root);
  let p = path;
  while (p) {
    const hit = controls.find(c => c.dataset.path === p);
    if (hit) return hit;
    p = p.includes('.') || p.includes('[') ? p.replace(/(\.[A-Za-z0-9]+|\[\d*\])$/, '') : '';
  }
  return null;
}

export function itemAnchor(path) {
  return 'item-' + controlId(path);
}

function setPath(obj, path, value) {
  const steps = String(path).split(/\.|\[|\]/).filter(Boolean).map(s => /^\d+$/.test(s) ? Number(s) : s);
  let node = obj;
  for (let i = 0; i < steps.length - 1; i++) {
    if (node[steps[i]] === undefined || node[steps[i]] === null) node[steps[i]] = typeof steps[i + 1] === 'number' ? [] : {};
    node = node[steps[i]];
  }
  const last = steps[steps.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last, 1); else delete node[last];
  } else {
    node[last] = value;
  }
}
