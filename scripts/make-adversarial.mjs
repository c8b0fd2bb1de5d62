// Writes the adversarial story corpus (test/fixtures/adversarial/): hostile stories, each file with
// its expected outcome in index.json. Rerun after changing a case: `node scripts/make-adversarial.mjs`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const dir = new URL('../test/fixtures/adversarial/', import.meta.url);
const reference = JSON.parse(readFileSync(new URL('../test/fixtures/story-export-curbs.json', import.meta.url), 'utf8'));
const clone = () => structuredClone(reference);

/** Markup and script payloads; a story's text must show them as characters. */
const MARKUP = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '<svg onload="window.__pwned=3"></svg>',
  '"><iframe src="javascript:window.__pwned=4"></iframe>',
  '${window.__pwned=5}{{constructor.constructor("window.__pwned=6")()}}',
];

/** The safe-URL table's hostile rows, for every URL field. */
const BAD_URLS = [
  'javascript:window.__pwned=7',
  'JaVaScRiPt:window.__pwned=8',
  '\u0000 javascript:window.__pwned=9',
  'java\tscript:window.__pwned=10',
  'java\nscript:window.__pwned=11',
  'javascript://%0awindow.__pwned=12',
  'javascript:%77%69%6e%64%6f%77',
  'data:text/html,<script>window.__pwned=13</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '/relative/path',
  '//protocol-relative.example/',
  'https://user:pass@example.org/',
];

const cases = [];
/** `name`, the JSON text (or a value to stringify), and what must happen. */
const add = (name, value, expected) => cases.push({ name, text: typeof value === 'string' ? value : JSON.stringify(value), expected });
const edited = (edit) => {
  const s = clone();
  edit(s);
  return s;
};

// Markup in every text field: renders, as text.
MARKUP.forEach((payload, i) =>
  add(`markup-everywhere-${i + 1}`, edited((s) => {
    s.headline = payload;
    s.summary = payload;
    s.claim.text = payload;
    s.claim.evidence.forEach((e) => (e.text = payload));
    s.claim.reasoning = { credibility: payload, strength: payload, impact: payload };
    s.sources[0].name = payload;
    s.sources[0].note = payload;
    s.read.prompt = payload;
    s.read.note = payload;
    s.read.choices.forEach((c) => (c.label = payload.slice(0, 80)));
    s.glossary.forEach((g, j) => (g.term = `${j} ${payload}`.slice(0, 120)));
    s.glossary.forEach((g) => (g.definition = payload));
    s.prediction.question = payload;
  }), { outcome: 'renders' }),
);

// Every hostile URL in every URL field: renders, never as a link.
BAD_URLS.forEach((url, i) =>
  add(`bad-url-${i + 1}`, edited((s) => {
    s.url = url;
    s.sources[0].url = url;
  }), { outcome: 'renders', links: 0 }),
);
add('homograph-url', edited((s) => (s.sources[0].url = 'https://аpple.com/')), { outcome: 'renders', links: 1, linkText: 'xn--pple-43d.com' });

// Prototype keys at every level: renders, prototypes untouched.
add('proto-keys-everywhere', JSON.stringify(clone())
  .replace('{"version":1', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"prototype":{"polluted":3},"version":1')
  .replace('"signal":"hype"', '"signal":"hype","__proto__":{"polluted":4}')
  .replace('"trust":40', '"trust":40,"constructor":{"prototype":{"polluted":5}}')
  .replace('"holds-up":41', '"holds-up":41,"__proto__":{"polluted":6}')
  .replace('"question":', '"__proto__":{"polluted":7},"question":'), { outcome: 'renders' });
add('proto-as-choice-id', edited((s) => {
  s.read.choices[0].id = '__proto__';
  s.read.counts = { __proto__: 5, overhyped: 88 };
}), { outcome: 'renders' });

// Numbers.
add('number-1e999', JSON.stringify(clone()).replace('"trust":40', '"trust":1e999'), { outcome: 'validation', path: 'sources[0].trust' });
add('number-negative-zero', JSON.stringify(clone()).replace('"trust":40', '"trust":-0'), { outcome: 'renders' });
add('number-out-of-range', edited((s) => (s.sources[0].trust = 101)), { outcome: 'validation', path: 'sources[0].trust' });
add('number-as-string', edited((s) => (s.sources[0].trust = '40')), { outcome: 'validation', path: 'sources[0].trust' });
add('number-missing', edited((s) => delete s.sources[0].trust), { outcome: 'validation', path: 'sources[0].trust' });
add('forecast-out-of-range', edited((s) => (s.prediction.forecasts[0] = -0.1)), { outcome: 'validation', path: 'prediction.forecasts[0]' });
add('count-fraction', edited((s) => (s.read.counts.overhyped = 1.5)), { outcome: 'validation', path: 'read.counts.overhyped' });

// Duplicates and references.
add('duplicate-source-ids', edited((s) => s.sources.push({ ...s.sources[0] })), { outcome: 'validation', path: 'sources[1].id' });
add('duplicate-terms', edited((s) => s.glossary.push({ term: 'Model Weights', definition: 'again' })), { outcome: 'validation', path: 'glossary[6].term' });
add('duplicate-choice-ids', edited((s) => (s.read.choices[2].id = 'holds-up')), { outcome: 'validation', path: 'read.choices[2].id' });
add('unknown-choice-count', edited((s) => (s.read.counts.maybe = 3)), { outcome: 'validation', path: 'read.counts' });
add('evidence-unknown-source', edited((s) => (s.claim.evidence[0].sources = ['nobody'])), { outcome: 'validation', path: 'claim.evidence[0].sources[0]' });

// Versions and roots.
add('version-2', edited((s) => (s.version = 2)), { outcome: 'validation', path: 'version' });
add('version-string', edited((s) => (s.version = '1')), { outcome: 'validation', path: 'version' });
add('version-missing', edited((s) => delete s.version), { outcome: 'validation', path: 'version' });
add('root-array', [clone()], { outcome: 'validation', path: '' });
add('root-null', 'null', { outcome: 'validation', path: '' });
add('root-string', '"story"', { outcome: 'validation', path: '' });
add('truncated-json', JSON.stringify(clone()).slice(0, 500), { outcome: 'json' });
add('empty-text', '', { outcome: 'json' });
add('bom', `\ufeff${JSON.stringify(clone())}`, { outcome: 'renders' });
add('html-instead-of-json', '<!doctype html><script>window.__pwned=14</script>', { outcome: 'json' });

// Length limits just under and just over.
const limits = [
  ['headline', (s, v) => (s.headline = v), 300],
  ['claim.text', (s, v) => (s.claim.text = v), 1000],
  ['sources[0].name', (s, v) => (s.sources[0].name = v), 200],
  ['glossary[0].definition', (s, v) => (s.glossary[0].definition = v), 2000],
  ['read.choices[0].label', (s, v) => (s.read.choices[0].label = v), 80],
  ['id', (s, v) => (s.id = v), 200],
];
for (const [path, set, limit] of limits) {
  add(`limit-${path}-under`, edited((s) => set(s, 'x'.repeat(limit))), { outcome: 'renders' });
  add(`limit-${path}-over`, edited((s) => set(s, 'x'.repeat(limit + 1))), { outcome: 'validation', path });
}
add('limit-100-sources', edited((s) => (s.sources = Array.from({ length: 100 }, (_, i) => ({ id: i === 0 ? 'wsj' : `s${i}`, name: `S${i}`, trust: i })))), { outcome: 'renders' });
add('limit-101-sources', edited((s) => (s.sources = Array.from({ length: 101 }, (_, i) => ({ id: i === 0 ? 'wsj' : `s${i}`, name: `S${i}`, trust: i })))), { outcome: 'validation', path: 'sources' });

// Deep nesting under an unknown key: ignored.
let deep = {};
for (let i = 0; i < 2000; i++) deep = { deeper: deep };
add('deep-nesting-unknown-key', { ...clone(), extra: deep }, { outcome: 'renders' });
add('huge-unknown-array', { ...clone(), extra: Array.from({ length: 20000 }, (_, i) => i) }, { outcome: 'renders' });

// Hostile characters: removed or replaced, never rendered as controls.
add('bidi-overrides', edited((s) => {
  s.headline = 'Safe\u202etxt.exe\u202c';
  s.claim.text = 'Claim \u2066hidden\u2069 text \u202a\u202b\u202d';
}), { outcome: 'renders', absent: ['\u202e', '\u2066', '\u202a'] });
add('control-characters', edited((s) => (s.claim.text = 'a\u0000b\u0007c\u001bd\u0085e\u009ff')), { outcome: 'renders', absent: ['\u0000', '\u0007', '\u001b', '\u0085'] });
add('lone-surrogates', edited((s) => (s.claim.text = 'half \ud800 pair \udc00 end')), { outcome: 'renders', absent: ['\ud800', '\udc00'] });

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const index = {};
cases.forEach((c, i) => {
  const file = `${String(i + 1).padStart(2, '0')}-${c.name.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()}.json`;
  writeFileSync(new URL(file, dir), c.text);
  index[file] = c.expected;
});
writeFileSync(new URL('index.json', dir), `${JSON.stringify(index, null, 2)}\n`);
console.log(`wrote ${cases.length} adversarial stories`);
