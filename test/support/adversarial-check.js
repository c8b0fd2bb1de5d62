// Runs one adversarial story through all five elements on a page and lists what went wrong. Plain
// JavaScript, so the same checks run in Web Test Runner's page and, unchanged, on the strict-CSP
// end-to-end page that loads only the built bundle (the tag list is plain data, not the elements).
import { TAGS } from '../../src/tags.js';

/**
 * Every element an element may build in its shadow root; anything else came from story text. `slot`
 * is the error state's `error` slot, where a page may put its own fallback.
 */
const ALLOWED = new Set(
  'section div p span bdi ul ol li details summary h2 h3 h4 h5 h6 strong svg path rect dl dt dd dfn button form label input time table thead tbody tr th td a slot'.split(' '),
);

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Mounts the five elements with `text` as their `story` (a JSON string, as a CMS would hand it over),
 * waits for them, and returns the problems found (an empty list when the case behaved).
 */
export async function checkCase(doc, text, expected) {
  const problems = [];
  const box = doc.createElement('div');
  doc.body.append(box);
  const events = [];
  box.addEventListener('story-error', (e) => events.push(e.detail));
  box.addEventListener('story-load', () => events.push('load'));
  const elements = TAGS.map((tag) => {
    const el = doc.createElement(tag);
    el.setAttribute('reveal', '');
    el.setAttribute('open', '');
    box.append(el);
    el.story = text;
    return el;
  });
  await Promise.all(elements.map((el) => el.updateComplete));
  await settle();

  for (const el of elements) {
    const root = el.shadowRoot;
    const error = root.querySelector('[part~="error"]');
    if (expected.outcome === 'renders' && error) problems.push(`${el.localName} shows an error: ${error.textContent.trim()}`);
    if (expected.outcome !== 'renders' && !error) problems.push(`${el.localName} shows no error`);
    for (const node of root.querySelectorAll('*')) {
      const tag = node.localName;
      if (!ALLOWED.has(tag)) problems.push(`${el.localName} built a <${tag}>`);
      for (const attr of node.getAttributeNames()) if (attr.startsWith('on')) problems.push(`${el.localName} has an ${attr} attribute`);
      if (tag === 'a' && !/^(https?:|mailto:)/.test(node.getAttribute('href') ?? '')) problems.push(`${el.localName} has a link to ${node.getAttribute('href')}`);
    }
    for (const ch of expected.absent ?? []) {
      if (root.textContent.includes(ch)) problems.push(`${el.localName} shows U+${ch.charCodeAt(0).toString(16).toUpperCase()}`);
    }
  }
  const list = elements[1].shadowRoot;
  const links = list.querySelectorAll('a[part~="link"]');
  if (expected.links !== undefined && links.length !== expected.links) problems.push(`source-list shows ${links.length} links, expected ${expected.links}`);
  if (expected.linkText && list.querySelector('[part~="host"]')?.textContent !== expected.linkText) problems.push(`source-list shows host ${list.querySelector('[part~="host"]')?.textContent}`);

  const errors = events.filter((e) => e !== 'load');
  if (expected.outcome === 'renders' && events.filter((e) => e === 'load').length !== 5) problems.push(`${events.length} events, not 5 story-load`);
  if (expected.outcome !== 'renders') {
    if (errors.length !== 5) problems.push(`${errors.length} story-error events, not 5`);
    if (errors.some((e) => e.kind !== expected.outcome)) problems.push(`error kinds ${errors.map((e) => e.kind).join(',')}`);
    if (expected.path !== undefined && errors.some((e) => e.issues[0]?.path !== expected.path)) {
      problems.push(`error path ${errors[0]?.issues[0]?.path}, expected ${expected.path}`);
    }
  }
  if (doc.defaultView.__pwned !== undefined) problems.push(`a payload ran (__pwned = ${doc.defaultView.__pwned})`);
  box.remove();
  return problems;
}

/** Runs the whole corpus; returns `{ file: problems[] }` for the cases that misbehaved, and a count. */
export async function checkCorpus(doc, base = '/test/fixtures/adversarial/') {
  const index = await (await fetch(`${base}index.json`)).json();
  const prototypeBefore = Object.getOwnPropertyNames(doc.defaultView.Object.prototype).join();
  const failures = {};
  let count = 0;
  for (const [file, expected] of Object.entries(index)) {
    const text = await (await fetch(base + file)).text();
    const problems = await checkCase(doc, text, expected);
    count += 1;
    if (problems.length) failures[file] = problems;
  }
  if (Object.getOwnPropertyNames(doc.defaultView.Object.prototype).join() !== prototypeBefore) failures['Object.prototype'] = ['changed'];
  if ({}.polluted !== undefined || doc.defaultView.Object.prototype.polluted !== undefined) failures['Object.prototype'] = ['polluted'];
  const origin = doc.defaultView.location.origin;
  const foreign = doc.defaultView.performance.getEntriesByType('resource').map((r) => r.name).filter((name) => !name.startsWith(origin));
  if (foreign.length) failures.requests = foreign;
  return { count, failures };
}
