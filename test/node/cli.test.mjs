// The `reality-kit` command as a real process (node bin/reality-kit.mjs, as `npx reality-kit` runs it)
// on the repository's fixtures and the adversarial corpus: exit codes, messages equal to the ones the
// elements show (the package's own `parseStoryJson`, which every element runs), and line:column
// checked against the file independently of the CLI's JSON parser. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { REALITY_METER_STRINGS, parseStoryJson, realityScore } from 'reality-kit';

const CORPUS = 'test/fixtures/adversarial';
const REFERENCE = 'test/fixtures/story-export-curbs.json';
const BROKEN = 'test/fixtures/cli/broken-story.json';

/** Runs the CLI; `input` goes to its standard input. */
function cli(args, input) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['bin/reality-kit.mjs', ...args], { encoding: 'utf8', input });
  return { status, stdout, stderr };
}

/** The CLI's exit code, without waiting for it: several files are checked side by side. */
function exitCode(args) {
  return new Promise((resolve) => spawn(process.execPath, ['bin/reality-kit.mjs', ...args], { stdio: 'ignore' }).on('exit', resolve));
}

const json = (args, input) => {
  const run = cli([...args, '--format', 'json'], input);
  return { ...run, report: JSON.parse(run.stdout) };
};

/** The offset of 1-based `line`:`column` in `text`. */
function offsetOf(text, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l += 1) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/** `sources[0].trust` → the value there in `JSON.parse(text)`, and how many steps of the path exist. */
function valueAt(value, path) {
  const steps = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1] : Number(m[2])));
  let found = 0;
  for (const step of steps) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, step)) break;
    value = value[step];
    found += 1;
  }
  return { value, complete: found === steps.length };
}

/**
 * What the file holds at the reported position must be the value at the reported path (or, for a
 * missing field, the object that lacks it): checked with JSON.parse, not with the CLI's parser.
 */
function assertPosition(file, text, problem) {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const at = offsetOf(body, problem.line, problem.column);
  const { value } = valueAt(JSON.parse(body), problem.path);
  const where = `${file} ${problem.path} at ${problem.line}:${problem.column}`;
  if (value !== null && typeof value === 'object') assert.equal(body[at], Array.isArray(value) ? '[' : '{', where);
  else if (typeof value === 'number' && !Number.isFinite(value)) assert.match(body.slice(at), /^-?\d/, where);
  else if (typeof value === 'number') assert.equal(Number(body.slice(at).match(/^-?[\d.eE+-]+/)?.[0]), value, where);
  else assert.ok(body.startsWith(JSON.stringify(value), at), where);
}

describe('reality-kit validate', () => {
  it('exits 0 and says valid for the reference story', () => {
    const run = cli(['validate', REFERENCE]);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /story-export-curbs\.json: valid/);
    assert.match(run.stdout, /1 file checked: 1 valid, 0 invalid \(0 problems\)/);
  });

  it('prints each problem of a broken story with its path and its line:column in the file', () => {
    const run = cli(['validate', BROKEN]);
    assert.equal(run.status, 1);
    assert.deepEqual(run.stdout.trim().split('\n'), [
      `${BROKEN}:1:1: headline: is required`,
      `${BROKEN}:57:16: sources[0].trust: must be at most 100`,
      '',
      '1 file checked: 0 valid, 1 invalid (2 problems)',
    ]);
  });

  it('finds the cross-field problems (the ones a JSON Schema cannot see) with their positions, CRLF and tabs included', () => {
    const story = JSON.parse(readFileSync(REFERENCE, 'utf8'));
    story.claim.evidence[1].sources = ['nowhere'];
    story.sources.push({ ...story.sources[0] });
    story.read.counts = { ...story.read.counts, 'no-such-choice': 3 };
    story.glossary.push({ term: story.glossary[0].term.toUpperCase(), definition: 'again' });
    const text = JSON.stringify(story, null, '\t').replaceAll('\n', '\r\n');
    const run = json(['validate', '-'], text);
    assert.equal(run.status, 1);
    const [file] = run.report.files;
    assert.equal(file.file, '<stdin>');
    assert.deepEqual(
      file.problems.map((p) => `${p.path}: ${p.message}`),
      parseStoryJson(text).error.issues.map((i) => `${i.path}: ${i.message}`),
    );
    assert.deepEqual(
      file.problems.map((p) => p.path),
      ['sources[1].id', 'claim.evidence[1].sources[0]', 'read.counts', 'glossary[6].term'],
    );
    for (const problem of file.problems) assertPosition('stdin', text, problem);
  });

  it('on every story of the adversarial corpus: the same messages as the elements, the right positions', () => {
    const index = JSON.parse(readFileSync(`${CORPUS}/index.json`, 'utf8'));
    const names = Object.keys(index);
    const run = json(['validate', ...names.map((name) => `${CORPUS}/${name}`)]);
    assert.equal(run.status, 1);
    assert.equal(run.report.files.length, names.length);
    run.report.files.forEach((report, i) => {
      const name = names[i];
      const text = readFileSync(`${CORPUS}/${name}`, 'utf8');
      const element = parseStoryJson(text);
      assert.equal(report.valid, element.ok, name);
      assert.equal(report.valid, index[name].outcome === 'renders', name);
      if (element.ok) return;
      assert.equal(report.kind, element.error.kind, name);
      assert.deepEqual(
        report.problems.map(({ path, message }) => ({ path, message })),
        element.error.issues,
        name,
      );
      if (index[name].path !== undefined) assert.equal(report.problems[0].path, index[name].path, name);
      for (const problem of report.problems) {
        if (report.kind === 'validation' && problem.path) assertPosition(name, text, problem);
      }
    });
  });

  it('exits 0 for each story of the corpus the elements render and 1 for each they refuse', async () => {
    const index = JSON.parse(readFileSync(`${CORPUS}/index.json`, 'utf8'));
    const wrong = [];
    const names = Object.keys(index);
    // Four at a time: each run starts Node and loads the package.
    for (let i = 0; i < names.length; i += 4) {
      const batch = names.slice(i, i + 4);
      const codes = await Promise.all(batch.map((name) => exitCode(['validate', `${CORPUS}/${name}`])));
      batch.forEach((name, j) => {
        if (codes[j] !== (index[name].outcome === 'renders' ? 0 : 1)) wrong.push(`${name}: exit ${codes[j]}`);
      });
    }
    assert.deepEqual(wrong, []);
  });

  it('points a syntax error at the character where the JSON breaks', () => {
    const run = json(['validate', '-'], '{\n  "version": 1,\n  "id": "x",\n  "headline": "A" "B"\n}\n');
    assert.equal(run.status, 1);
    assert.deepEqual(run.report.files[0].problems, [{ path: '', message: 'the story is not valid JSON', line: 4, column: 19 }]);
    // A file cut off inside a string: the position is the quote that opens the string never closed.
    const truncated = json(['validate', `${CORPUS}/40-truncated-json.json`]).report.files[0].problems[0];
    const text = readFileSync(`${CORPUS}/40-truncated-json.json`, 'utf8');
    const at = offsetOf(text, truncated.line, truncated.column);
    assert.equal(text[at], '"');
    assert.ok(!text.slice(at + 1).includes('"'));
  });

  it('expands globs, checks every file and exits 1 when one of them is invalid', () => {
    const stories = readdirSync(CORPUS).filter((f) => /^\d.*\.json$/.test(f));
    const run = json(['validate', `${CORPUS}/[0-9]*.json`, REFERENCE]);
    assert.equal(run.status, 1);
    assert.equal(run.report.files.length, stories.length + 1);
    assert.equal(run.report.valid + run.report.invalid, stories.length + 1);
  });

  it('exits 2 on a usage error, with one line that says what is wrong', () => {
    const cases = [
      [[], /Usage: reality-kit/],
      [['validate'], /name at least one file/],
      [['validate', 'no-such-file.json'], /cannot read no-such-file\.json/],
      [['validate', 'no-such-dir/*.json'], /no file matches/],
      [['validate', REFERENCE, '--format', 'xml'], /--format is text or json/],
      [['validate', REFERENCE, '--strict'], /unknown option --strict/],
      [['frobnicate'], /unknown command frobnicate/],
    ];
    for (const [args, message] of cases) {
      const run = cli(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, message, args.join(' '));
      assert.equal(run.stdout, '', args.join(' '));
    }
  });
});

describe('reality-kit score', () => {
  it('prints the score, band, confidence and the factors as "Why this score?" says them', () => {
    const run = cli(['score', REFERENCE]);
    assert.equal(run.status, 0);
    const lines = run.stdout.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    assert.ok(lines.includes('Reality score: 34 of 100: Doubtful'), run.stdout);
    assert.ok(lines.includes('Low confidence: single source'));
    assert.ok(lines.includes(REALITY_METER_STRINGS.why));
    for (const line of ['Source trust 16 of 40', 'Evidence balance 18 of 30', 'Corroboration 0 of 15', 'Signal 0 of 15']) assert.ok(lines.includes(line), line);
    assert.ok(lines.includes('Methodology version 1: the points add up to the score.'));
  });

  it('gives the core result in JSON, and refuses an invalid story with its problems (exit 1)', () => {
    const run = json(['score', REFERENCE]);
    const expected = realityScore(JSON.parse(readFileSync(REFERENCE, 'utf8')));
    assert.deepEqual(run.report, [{ file: REFERENCE, valid: true, ...expected }]);
    const broken = cli(['score', BROKEN]);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /:57:16: sources\[0\]\.trust: must be at most 100/);
  });
});

describe('reality-kit schema and render', () => {
  it('schema prints the package JSON Schema, whose cross-field rules say reality-kit validate checks them', () => {
    const run = cli(['schema']);
    assert.equal(run.status, 0);
    const schema = JSON.parse(run.stdout);
    assert.deepEqual(schema, JSON.parse(readFileSync('dist/story.schema.json', 'utf8')));
    const rules = [
      schema.properties.sources.items.properties.id,
      schema.properties.claim.properties.evidence.items.properties.sources,
      schema.properties.read.properties.choices.items.properties.id,
      schema.properties.read.properties.counts,
      schema.properties.glossary.items.properties.term,
    ];
    for (const rule of rules) assert.match(rule.description, /`reality-kit validate`/);
  });

  it('render prints the element with its story through reality-kit/ssr: the content a reader sees, not a loading state', () => {
    const run = cli(['render', REFERENCE]);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /<reality-meter/);
    assert.match(run.stdout, /shadowrootmode="open"/);
    assert.match(run.stdout, /Amazon CEO Andy Jassy personally contacted/);
    assert.doesNotMatch(run.stdout, /Loading the story/);
    const vote = cli(['render', REFERENCE, '--element', 'vote-widget']);
    assert.equal(vote.status, 0);
    assert.match(vote.stdout, /Holds up/);
  });
});
