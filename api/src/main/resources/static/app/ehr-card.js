// SPDX-License-Identifier: Apache-2.0
// "What the EHR would show": the CDS Hooks card the order-sign service returns for this order, as the service makes
// it (POST /api/v1/order-sign-card, the same code as the service's cards), drawn as an EHR draws a card: the
// indicator, the summary, the source, the links and the suggestions; the detail (markdown, the criterion, reasons and readings in full)
// folded away. Nothing here words the card: its text is the service's, save the source's citation, worded as the
// result words citations (the label as sent is one of the codes shown on demand).
import {el} from './dom.js';
import {citationWords} from './words.js';

const INDICATOR_WORDS = {info: 'Information', warning: 'Warning', critical: 'Critical'};

/** A code shown only on demand ("Show the codes"). */
function code(text) {
  return el('span', {class: 'code'}, ` [${text}]`);
}

/** Inline markdown (CommonMark's subset the card uses: bold, emphasis, code, backslash escapes) as DOM nodes. */
function inline(text) {
  const nodes = [];
  const pattern = /\\([\\`*_[\]<>#|])|\*\*(.+?)\*\*|\*(.+?)\*|`([^`]+)`/g;
  let at = 0;
  for (let m; (m = pattern.exec(text)) !== null;) {
    if (m.index > at) nodes.push(text.slice(at, m.index));
    if (m[1] !== undefined) nodes.push(m[1]);
    else if (m[2] !== undefined) nodes.push(el('strong', {}, inline(m[2])));
    else if (m[3] !== undefined) nodes.push(el('em', {}, inline(m[3])));
    else nodes.push(el('code', {}, m[4]));
    at = pattern.lastIndex;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}

/** The card's detail: paragraphs (a line ending in two spaces breaks) and "- " lists. */
function markdown(text) {
  const blocks = [];
  let list = null;
  let paragraph = null;
  for (const line of String(text).split('\n')) {
    if (line.startsWith('- ')) {
      paragraph = null;
      if (!list) blocks.push(list = el('ul'));
      list.append(el('li', {}, inline(line.slice(2))));
    } else if (line.trim() === '') {
      list = paragraph = null;
    } else {
      list = null;
      if (paragraph) paragraph.append(el('br'));
      else blocks.push(paragraph = el('p'));
      paragraph.append(...inline(line.replace(/ {2}$/, '')));
    }
  }
  return blocks;
}

function link(l) {
  const url = new URL(l.url, location.href);
  if (url.origin === location.origin && url.pathname === location.pathname) {
    // this page: the questions are below; the page itself is where the clinician already is
    return url.hash ? el('a', {href: url.hash, class: 'card-link'}, l.label)
      : el('span', {class: 'card-link here'}, l.label, ' (this page)');
  }
  return el('a', {href: url.href, class: 'card-link', target: '_blank', rel: 'noopener noreferrer'}, l.label);
}

/** The card as an EHR shows it. */
export function cardView(card) {
  const indicator = INDICATOR_WORDS[card.indicator] || card.indicator;
  const parts = [
    el('p', {class: 'card-top'}, el('span', {class: 'card-indicator'}, indicator), code(card.indicator)),
    el('p', {class: 'card-summary', id: 'ehr-card-summary'}, card.summary)];
  if (card.links && card.links.length) {
    parts.push(el('ul', {class: 'card-links', 'aria-label': 'Links on the card'},
      card.links.map(l => el('li', {}, link(l)))));
  }
  if (card.suggestions && card.suggestions.length) {
    parts.push(el('p', {class: 'card-label'}, 'Suggestions the EHR offers to accept:'),
      el('ul', {class: 'card-suggestions', id: 'ehr-card-suggestions'}, card.suggestions.map(s => el('li', {},
        el('span', {class: 'suggestion'}, s.label),
        (s.actions || []).length ? el('span', {class: 'small'}, ' (' + s.actions.map(a => a.description)
          .join('; ') + ')') : null))));
  }
  if (card.detail) {
    parts.push(el('details', {class: 'card-detail'},
      el('summary', {}, 'The card\'s detail: criterion, reasons and how the data were read'),
      ...markdown(card.detail)));
  }
  if (card.source && card.source.label) {
    // the citation as the result words it (without the engine's file notes); the label as sent, on demand
    const source = citationWords(card.source.label);
    parts.push(el('p', {class: 'card-source small'}, 'Source: ', source,
      source !== card.source.label ? code(card.source.label) : null));
  }
  return el('article', {class: `ehr-card ehr-card-${card.indicator}`, id: 'ehr-card',
    'aria-label': `${indicator} card`}, parts);
}
