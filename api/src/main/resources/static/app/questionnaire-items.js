// SPDX-License-Identifier: Apache-2.0
// The items of a FHIR Questionnaire (the Da Vinci DTR forms the service writes) as form controls, and the answers
// read back as QuestionnaireResponse items: choices (radio buttons, or a list when long), yes/no, numbers with
// their unit and range, dates, and lists (stenoses, grafts) with a "none" box. Used by the documentation form's page
// (/questionnaire/) and by the self-check page's questions; the questions and their order come from the service.
import {el} from './dom.js';

const CASE_FINDING = 'https://crosscheck.dev/fhir/CodeSystem/case-finding';

function unit(item) {
  const ext = (item.extension || []).find(e => e.url.endsWith('questionnaire-unit'));
  return ext ? ext.valueCoding.code : null;
}

function limit(item, name) {
  const ext = (item.extension || []).find(e => e.url.endsWith('/' + name));
  return ext ? (ext.valueInteger ?? ext.valueDecimal) : undefined;
}

/** The controls of an item; {@code prefix} keeps the ids of a page's forms apart. */
export function render(item, prefix) {
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
  // a single control gets a label of its own; a group of radio buttons or boxes is named by its question
  const single = item.type !== 'boolean' && !(item.type === 'choice'
    && (item.repeats || (item.answerOption || []).length <= 6));
  box.append(single ? el('label', {class: 'label', id: id + '-label', for: id, text: item.text})
    : el('span', {class: 'label', id: id + '-label', text: item.text}));
  if (item.type === 'choice') {
    const many = item.repeats;
    const options = item.answerOption || [];
    if (single) {
      const select = el('select', {id}, el('option', {value: ''}, 'Choose'));
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
    box.append(el('input', {id, type, min: limit(item, 'minValue'), max: limit(item, 'maxValue'),
      step: item.type === 'decimal' ? 'any' : (type === 'number' ? '1' : null)}));
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

function answersOf(box) {
  const type = box.dataset.type;
  const input = box.querySelector(':scope > input, :scope > select');
  const checked = [...box.querySelectorAll(':scope > .choices input:checked')].map(i => i.value);
  if (type === 'choice' || type === 'choice*') {
    const codes = input && input.tagName === 'SELECT' ? (input.value ? [input.value] : []) : checked;
    return codes.map(code => ({valueCoding: {system: CASE_FINDING, code}}));
  }
  if (type === 'boolean') return checked.map(v => ({valueBoolean: v === 'true'}));
  if (!input || input.value === '') return [];
  if (type === 'date') return [{valueDate: input.value}];
  if (type === 'integer') return [{valueInteger: Number(input.value)}];
  return [{valueDecimal: Number(input.value)}];
}

/** The QuestionnaireResponse item of a rendered question, or null when it is left unanswered. */
export function responseItem(box) {
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

/** Shows the service's errors at their items (errors[].field is the item's linkId); clears the earlier ones. */
export function showItemErrors(container, errors) {
  container.querySelectorAll('.field-error').forEach(e => e.remove());
  let placed = 0;
  for (const e of errors || []) {
    const target = container.querySelector(`[data-link-id="${CSS.escape(e.field)}"]`);
    if (target) {
      // the message may start with the item's path, which the page shows as its question
      const message = e.message && e.message.startsWith(e.field + ': ') ? e.message.slice(e.field.length + 2)
        : e.message;
      target.append(el('p', {class: 'field-error', text: message}));
      placed++;
    }
  }
  return placed;
}
