// The publisher's host code: it handles the widgets' events against a small in-page "server" with
// visible latency (and a switch to make it fail), and drives the theme and language switches.

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

const TAGS = ['reality-meter', 'source-list', 'glossary-list', 'vote-widget', 'prediction-card'];
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
 * The "server": its own copy of the counts and forecasts, as a real back end would have. It reads
 * the story file itself rather than waiting for a `story-load` event, which may fire before this
 * module runs.
 */
const server = fetch('/stories/story-export-curbs.json')
  .then((response) => response.json())
  .then((story) => ({ counts: { ...story.read.counts }, forecasts: [...(story.prediction.forecasts ?? [])] }));

/** Answers after the chosen latency, or fails when "Make it fail" is ticked (or the answer throws). */
function respond(answer) {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        if (fail.checked) throw new Error('the server is down');
        resolve(answer());
      } catch (error) {
        reject(error);
      }
    }, Number(latency.value));
  });
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

document.addEventListener('story-load', (event) => {
  note(`story-load from <${event.target.localName}>: ${event.detail.story.id}`);
});

document.addEventListener('story-error', (event) => {
  note(`story-error from <${event.target.localName}>: ${event.detail.kind}: ${event.detail.message}`);
});

document.addEventListener('vote-cast', (event) => {
  const { choice, previous } = event.detail;
  note(`vote-cast: ${choice} (was ${previous ?? 'none'}); the server answers in ${latency.value} ms`);
  event.detail.waitUntil(
    server.then((data) =>
      respond(() => {
        if (previous) data.counts[previous] = Math.max(0, (data.counts[previous] ?? 0) - 1);
        data.counts[choice] = (data.counts[choice] ?? 0) + 1;
        return { counts: { ...data.counts } };
      }),
    ).then(
      (answer) => (note('vote saved'), answer),
      (error) => (note(`vote failed: ${error.message}`), Promise.reject(error)),
    ),
  );
});

document.addEventListener('prediction-submit', (event) => {
  const { probability, previous } = event.detail;
  note(`prediction-submit: ${Math.round(probability * 100)}% (was ${previous === null ? 'none' : `${Math.round(previous * 100)}%`})`);
  event.detail.waitUntil(
    server.then((data) =>
      respond(() => {
        const all = [...data.forecasts, probability];
        return { community: { probability: median(all), count: all.length } };
      }),
    ).then(
      (answer) => (note('forecast saved'), answer),
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

// The widgets' texts come with the library: setting `lang` is all it takes (each language's module
// loads by itself from beside the bundle). `dir` is the page's to set, as it would be for its text.
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

document.getElementById('reset').addEventListener('click', () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('reality-kit:')) localStorage.removeItem(key);
  location.reload();
});
