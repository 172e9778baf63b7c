// SPDX-License-Identifier: Apache-2.0
// Small DOM and path helpers shared by the page's modules.

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

/** An element with attributes (class, text, on<event>, others as attributes) and children (nodes or text). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** "anatomy.lesions[1].ffr" -> ["anatomy", "lesions", 1, "ffr"]; "priorPci[].date" -> ["priorPci", "[]", "date"]. */
export function parsePath(path) {
  const steps = [];
  for (const part of String(path).split('.')) {
    const m = /^([A-Za-z0-9]+)((?:\[\d*\])*)$/.exec(part);
    if (!m) return [path];
    steps.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d*)\]/g)) steps.push(idx[1] === '' ? '[]' : Number(idx[1]));
  }
  return steps;
}

export function getPath(obj, path) {
  let node = obj;
  for (const step of parsePath(path)) {
    if (node === null || node === undefined) return undefined;
    node = node[step];
  }
  return node;
}

/** Sets a value (undefined deletes it), creating the objects and lists on the way. */
export function setPath(obj, path, value) {
  const steps = parsePath(path);
  let node = obj;
  for (let i = 0; i < steps.length - 1; i++) {
    const step = steps[i];
    if (node[step] === undefined || node[step] === null) {
      if (value === undefined) return;
      node[step] = typeof steps[i + 1] === 'number' ? [] : {};
    }
    node = node[step];
  }
  const last = steps[steps.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last, 1); else delete node[last];
  } else {
    node[last] = value;
  }
}

/** A control's id from its case path: "anatomy.lesions[0].ffr" -> "f-anatomy-lesions-0-ffr". */
export function idOf(path) {
  return 'f-' + String(path).replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');
}

export function today() {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}
