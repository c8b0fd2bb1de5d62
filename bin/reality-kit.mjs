#!/usr/bin/env node
// `reality-kit` on the command line (docs/cli.md): validate story files with exactly the validator the
// elements run (`parseStoryJson`, cross-field rules included) and say where each problem is in the
// file; print a story's score as the meter's "Why this score?" says it; print the JSON Schema; and
// render an element to HTML when the package has `reality-kit/ssr`. Offline: it reads local files only.
//
// Exit codes: 0 every file is valid, 1 at least one is not, 2 a usage error (unknown command or option,
// no file matched, a file that cannot be read).
import { readFileSync } from 'node:fs';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { glob, isDynamicPattern } from 'tinyglobby';
// The package's own entry, by its name (Node resolves a package's self-reference through `exports`):
// the same build of the validator and the scoring core that the elements ship.
import { REALITY_METER_STRINGS, TAGS, parseStoryJson, realityScore } from 'reality-kit';

const USAGE = `Usage: reality-kit <command> [options]

Commands:
  validate <file | glob | ->...   check story files with the elements' own validator
  score <file | ->...             print the reality score and its factors
  schema                          print the story format's JSON Schema
  render <file | -> [--element <tag>]
                                  print server-rendered HTML (needs reality-kit/ssr)

Options:
  --format text|json              output for people (default) or for CI (validate, score)
  --help                          this text

Exit codes: 0 valid, 1 invalid, 2 usage error. More: docs/cli.md in the package.`;


class UsageError extends Error {}

/** The command line as `{ command, files, format, element }`, or a `UsageError`. */
function parseArgs(argv) {
  const [command, ...rest] = argv;
  const options = { command, files: [], format: 'text', element: 'reality-meter' };
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg];
    if (name === '--format' || name === '--element') {
      const value = inline ?? rest[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      options[name.slice(2)] = value;
    } else if (arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (!['text', 'json'].includes(options.format)) throw new UsageError('--format is text or json');
  if (!TAGS.includes(options.element)) throw new UsageError(`--element is one of ${TAGS.join(', ')}`);
  return options;
}

/** The files named on the command line: `-` (standard input), paths as given, globs expanded. */
async function expand(patterns) {
  if (patterns.length === 0) throw new UsageError('name at least one file, glob or - (standard input)');
  const files = [];
  for (const pattern of patterns) {
    if (pattern === '-' || !isDynamicPattern(pattern)) {
      files.push(pattern);
      continue;
    }
    const matches = (await glob(pattern, { onlyFiles: true, expandDirectories: false })).sort();
    if (matches.length === 0) throw new UsageError(`no file matches ${pattern}`);
    files.push(...matches);
  }
  return files;
}

/** A file's text (standard input for `-`); a file that cannot be read is a usage error. */
function read(file) {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file} (${error.code ?? 'error'})`);
  }
}

/** 1-based line and column (in UTF-16 units, as editors count them) of `offset` in `text`. */
function lineColumn(text, offset) {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** `sources[0].trust` → `['sources', 0, 'trust']`: the validator's paths as JSON locations. */
function segments(path) {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1] : Number(m[2])));
}

/**
 * Where in the file a problem is: the value at its path, or, for a field that is missing, the nearest
 * object or list that holds it; the first syntax error for a file that is not JSON.
 */
function locate(text, tree, syntaxErrors, kind, path) {
  if (kind === 'json') return lineColumn(text, syntaxErrors[0]?.offset ?? 0);
  if (!tree) return { line: 1, column: 1 };
  const at = segments(path);
  for (let n = at.length; n >= 0; n -= 1) {
    const node = findNodeAtLocation(tree, at.slice(0, n));
    if (node) return lineColumn(text, node.offset);
  }
  return lineColumn(text, tree.offset);
}

/**
 * One file through `parseStoryJson`, the elements' validator: `{ file, valid, kind?, problems }` with
 * each problem's path, message and position. A byte-order mark is dropped first, as the elements do,
 * so columns count from the first character an editor shows.
 */
function validateText(file, raw) {
  const result = parseStoryJson(raw);
  if (result.ok) return { file, valid: true, problems: [] };
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const syntaxErrors = [];
  const tree = parseTree(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false });
  const { kind, issues } = result.error;
  return {
    file,
    valid: false,
    kind,
    problems: issues.map(({ path, message }) => ({ path, message, ...locate(text, tree, syntaxErrors, kind, path) })),
  };
}

const display = (file) => (file === '-' ? '<stdin>' : file);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function validate(options) {
  const results = (await expand(options.files)).map((file) => validateText(display(file), read(file)));
  const invalid = results.filter((r) => !r.valid).length;
  if (options.format === 'json') {
    console.log(JSON.stringify({ valid: results.length - invalid, invalid, files: results }, null, 2));
  } else {
    for (const r of results) {
      if (r.valid) console.log(`${r.file}: valid`);
      for (const p of r.problems) console.log(`${r.file}:${p.line}:${p.column}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
    }
    const problems = results.reduce((sum, r) => sum + r.problems.length, 0);
    console.log(`\n${plural(results.length, 'file')} checked: ${results.length - invalid} valid, ${invalid} invalid (${plural(problems, 'problem')})`);
  }
  return invalid > 0 ? 1 : 0;
}

/** The meter's own English texts, with `{name}` placeholders filled. */
const say = (key, values = {}) => REALITY_METER_STRINGS[key].replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** The score as the meter shows it: number and band, confidence, then "Why this score?" line by line. */
function scoreLines(story, result) {
  const REASONS = { 'no-sources': 'reasonNoSources', 'single-source': 'reasonSingleSource', 'little-evidence': 'reasonLittleEvidence' };
  const reason = result.lowConfidenceReason ? say(REASONS[result.lowConfidenceReason]) : '';
  const confidence = result.confidence === 'low' ? say('confidenceLow', { reason }) : say(`confidence${capital(result.confidence)}`);
  const labels = result.factors.map((f) => say(`factor${capital(f.id)}`));
  const width = Math.max(...labels.map((l) => l.length));
  return [
    `${say('label')}: ${say('valueText', { score: result.score, max: 100, band: result.band })}`,
    confidence,
    `${say('why')}`,
    ...result.factors.map((f, i) => `  ${labels[i].padEnd(width)}  ${say('points', { points: String(f.points).padStart(2), max: f.max })}`),
    say('methodology', { version: result.version }),
  ];
}

async function score(options) {
  let status = 0;
  const out = [];
  for (const file of await expand(options.files)) {
    const result = parseStoryJson(read(file));
    if (!result.ok) {
      // The story must be valid before it has a score: show where it is not, as `validate` does.
      status = 1;
      const report = validateText(display(file), read(file));
      if (options.format === 'json') out.push(report);
      else for (const p of report.problems) console.error(`${report.file}:${p.line}:${p.column}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
      continue;
    }
    const computed = realityScore(result.story);
    if (options.format === 'json') out.push({ file: display(file), valid: true, ...computed });
    else console.log([`${display(file)}`, ...scoreLines(result.story, computed)].join('\n') + '\n');
  }
  if (options.format === 'json') console.log(JSON.stringify(out, null, 2));
  return status;
}

function schema(options) {
  if (options.files.length > 0) throw new UsageError('schema takes no file');
  process.stdout.write(readFileSync(new URL('../dist/story.schema.json', import.meta.url), 'utf8'));
  return 0;
}

/**
 * Server-rendered HTML of one element with its story, from `reality-kit/ssr`: its
 * `renderToString(tag, { story })` returns the HTML (a string; a promise or an iterable of chunks is
 * written out too). A
 * package without that entry point says so and exits 2.
 */
async function render(options) {
  if (options.files.length !== 1) throw new UsageError('render takes one file or -');
  let ssr;
  try {
    ssr = await import('reality-kit/ssr');
  } catch (error) {
    if (error?.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED' && error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
  const renderToString = ssr?.renderToString;
  if (typeof renderToString !== 'function') {
    throw new UsageError('render needs reality-kit/ssr (its renderToString), which this version of reality-kit does not have');
  }
  const [file] = options.files;
  const result = parseStoryJson(read(file));
  if (!result.ok) {
    const report = validateText(display(file), read(file));
    for (const p of report.problems) console.error(`${report.file}:${p.line}:${p.column}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
    return 1;
  }
  const html = await renderToString(options.element, { story: result.story });
  if (typeof html === 'string') process.stdout.write(html);
  else for await (const chunk of html) process.stdout.write(String(chunk));
  process.stdout.write('\n');
  return 0;
}

const COMMANDS = { validate, score, schema, render };

async function main(argv) {
  if (argv.length === 0 || argv.includes('--help') || argv[0] === 'help') {
    (argv.length === 0 ? console.error : console.log)(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  const options = parseArgs(argv);
  const command = COMMANDS[options.command];
  if (!command) throw new UsageError(`unknown command ${options.command}`);
  return command(options);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`reality-kit: ${error.message}\n(reality-kit --help lists the commands and options)`);
  process.exitCode = 2;
}
