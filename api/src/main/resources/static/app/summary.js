// SPDX-License-Identifier: Apache-2.0
// "What was checked": the documented data of the case that was evaluated, in the form's order and words. It is what
// the printout carries, so it shows the case as sent, never the form as edited since, and nothing hypothetical.
import {el, getPath} from './dom.js';
import {SECTIONS, context} from './form-spec.js';
import {bareLabel, fieldLabel, itemLabel, valueWords} from './words.js';

function contextOf(c) {
  return context({
    procedure: (c.request && c.request.procedure) || '',
    hasCodes: !!(c.request && c.request.codes && c.request.codes.length),
    setting: (c.presentation && c.presentation.setting) || '',
    question: (c.imaging && c.imaging.question) || '',
    suspected: (c.imaging && c.imaging.suspectedCondition) || '',
    priorRevascularization: !!c.priorCabg || (Array.isArray(c.priorPci) && c.priorPci.length > 0),
    priorImaging: Array.isArray(c.priorImaging) && c.priorImaging.length > 0,
  });
}

function valueText(path, v) {
  if (Array.isArray(v)) return v.length ? v.map(x => valueWords(path + '[]', x)).join(', ') : 'none';
  return valueWords(path, v);
}

/** Label/value pairs of one section's documented fields. */
function pairs(fields, c, ctx) {
  const out = [];
  for (const f of fields) {
    if (f.when && !f.when(ctx)) continue;
    const v = getPath(c, f.path);
    if (f.kind === 'group') {
      if (v === undefined) {
        out.push([fieldLabel(f.path), f.states.absent]);
        continue;
      }
      const inner = pairs(f.fields, c, ctx);
      if (f.states.present === 'yes' || inner.length === 0) {
        out.push([fieldLabel(f.path), f.states.present === 'yes' ? 'yes' : 'documented']);
      }
      out.push(...inner);
    } else if (f.kind === 'list') {
      if (!Array.isArray(v) || v.length === 0) {
        out.push([fieldLabel(f.path), Array.isArray(v) && f.states.empty ? f.states.empty : f.states.absent]);
      } else {
        v.forEach((item, i) => out.push([itemLabel(f.path, i), f.fields
          .filter(x => getPath(item, x.key) !== undefined && !(x.when && !x.when(ctx)))
          .map(x => `${bareLabel(`${f.path}[${i}].${x.key}`)}: ${valueText(`${f.path}[].${x.key}`,
            getPath(item, x.key))}`).join('; ') || 'no details']));
      }
    } else if (v !== undefined && !(f.path === 'caseId' && v === 'self-check')) {
      out.push([fieldLabel(f.path), valueText(f.path, v)]);
    }
  }
  return out;
}

/** The documented data of a case as a definition list, section by section. */
export function summary(c) {
  const ctx = contextOf(c);
  const list = el('dl', {class: 'inputs', id: 'input-summary'});
  for (const section of SECTIONS) {
    if (section.when && !section.when(ctx)) continue;
    for (const [label, value] of pairs(section.fields, c, ctx)) list.append(el('dt', {}, label), el('dd', {}, value));
  }
  const request = c.request || {};
  for (const party of ['requester', 'facility']) {
    if (request[party]) {
      list.append(el('dt', {}, fieldLabel('request.' + party)),
        el('dd', {}, [request[party].name, request[party].id].filter(Boolean).join(', ')));
    }
  }
  if (request.codes && request.codes.length) {
    list.append(el('dt', {}, fieldLabel('request.codes')),
      el('dd', {}, request.codes.map(x => x.code + (x.display ? ` (${x.display})` : '')).join(', ')));
  }
  if (c.patient && c.patient.diabetes !== undefined) {
    list.append(el('dt', {}, fieldLabel('patient.diabetes')), el('dd', {}, valueWords('patient.diabetes', c.patient.diabetes)));
  }
  return list;
}
