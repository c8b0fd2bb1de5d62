// The publisher's host code: it sends the widgets' votes and forecasts to the back end of
// `reality-kit/server` (with the demo's latency and failure switches, which that server applies), and
// drives the theme and language switches.

import { TAGS } from '/dist/reality-kit.js';

// One article, two addresses: / and /strict-csp.html, which the server sends under a strict policy.
const strict = location.pathname.endsWith('strict-csp.html');
for (const link of document.querySelectorAll('.masthead nav a')) {
  if (link.getAttribute('href').endsWith('strict-csp.html') === strict) link.setAttribute('aria-current', 'page');
  else link.removeAttribute('aria-current');
}
if (strict) {
  document.title = 'Strict CSP · reality-kit demo';
  document.querySelector('.controls .hint').textContent =
    "This page is served with script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html. A violation would appear in the log.";
}

const widgets = () => document.querySelectorAll(TAGS.join(','));
const log = document.getElementById('log');
const latency = document.getElementById('latency');
const fail = document.getElementById('fail');

/** Adds one line to the on-page event log (newest first, at most 30). */
function note(text) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  log.prepend(item);
  while (log.children.length > 30) log.lastElementChild.remove();
}

/**
 * Sends a reader's action to the back end (`reality-kit/server`, started by `npm start`) and returns
 * its JSON answer, or rejects with its error message. The demo's two switches travel as headers,
 * and the server applies them: it waits the chosen latency, or fails without saving.
 */
async function send(path, body, signal) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Demo-Latency': latency.value, 'X-Demo-Fail': fail.checked ? '1' : '0' },
    body: JSON.stringify(body),
    signal,
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer.error ?? `the server answered ${response.status}`);
  return answer;
}

/**
 * The server's record of this reader beats the browser's memory (another browser profile, cleared
 * storage): once the story is in, the widgets are told what the server holds.
 */
let restored = false;
async function restoreReader(story) {
  if (restored) return;
  restored = true;
  const response = await fetch(`/api/reader?story=${encodeURIComponent(story.id)}`);
  if (!response.ok) return;
  const { choice, forecasts } = await response.json();
  for (const widget of document.querySelectorAll('vote-widget')) if (choice !== null) widget.choice = choice;
  const own = story.prediction ? forecasts[story.prediction.id] : undefined;
  for (const card of document.querySelectorAll('prediction-card')) if (own !== undefined) card.forecast = own;
}

document.addEventListener('story-load', (event) => {
  note(`story-load from <${event.target.localName}>: ${event.detail.story.id}`);
  void restoreReader(event.detail.story);
});

document.addEventListener('story-error', (event) => {
  note(`story-error from <${event.target.localName}>: ${event.detail.kind}: ${event.detail.message}`);
});

document.addEventListener('vote-cast', (event) => {
  const { storyId, choice, previous, signal } = event.detail;
  note(`vote-cast: ${choice} (was ${previous ?? 'none'}); the server answers in ${latency.value} ms`);
  event.detail.waitUntil(
    send('/api/votes', { storyId, choice }, signal).then(
      (answer) => (note('vote saved'), answer), // { counts }
      (error) => (note(`vote failed: ${error.message}`), Promise.reject(error)),
    ),
  );
});

document.addEventListener('prediction-submit', (event) => {
  const { storyId, predictionId, probability, previous, signal } = event.detail;
  note(`prediction-submit: ${Math.round(probability * 100)}% (was ${previous === null ? 'none' : `${Math.round(previous * 100)}%`})`);
  event.detail.waitUntil(
    send('/api/forecasts', { storyId, predictionId, probability }, signal).then(
      (answer) => (note('forecast saved'), answer), // { community: { probability, count } }
      (error) => (note(`forecast failed: ${error.message}`), Promise.reject(error)),
    ),
  );
});

document.addEventListener('securitypolicyviolation', (event) => note(`CSP violation: ${event.violatedDirective}`));

for (const input of document.querySelectorAll('input[name="theme"]')) {
  input.addEventListener('change', () => {
    document.documentElement.dataset.theme = input.value;
    for (const el of widgets()) el.setAttribute('theme', input.value);
  });
}

// The widgets' texts come with the library: setting `lang` is all it takes (each element's texts in
// a language load by themselves from beside the bundle). `dir` is the page's to set, as it would be for its text.
for (const input of document.querySelectorAll('input[name="lang"]')) {
  input.addEventListener('change', () => {
    const lang = input.value;
    for (const el of widgets()) {
      el.lang = lang;
      el.dir = lang === 'ar' || lang === 'he' ? 'rtl' : 'ltr';
    }
    note(`language: ${lang}`);
  });
}

// Forgetting is the server's job too: it deletes this reader's votes and forecasts and ends the cookie.
document.getElementById('reset').addEventListener('click', async () => {
  await fetch('/api/reader', { method: 'DELETE' }).catch(() => undefined);
  for (const key of Object.keys(localStorage)) if (key.startsWith('reality-kit:')) localStorage.removeItem(key);
  location.reload();
});
