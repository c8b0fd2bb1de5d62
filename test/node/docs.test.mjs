// The documentation ships and says what the code does: no file of the repository or of the packed
// package names a document that is not there (links with #anchors must find their heading), the
// scoring page's worked example is what the core computes, and every message the validator gives
// for the adversarial corpus is in the story format's list of messages.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, it } from 'node:test';
import { parseStoryJson } from 'reality-kit';

const TEXT = /\.(md|mjs|js|cjs|ts|json|html|css|txt|yml|yaml|sh)$|(^|\/)(run|LICENSE)$/;

/** Every markdown file name a text names, with its `#anchor` when it has one (addresses on the web excluded). */
function documentsNamed(text) {
  const withoutUrls = text.replace(/\b(?:https?|file):\/\/[^\s)>\]"'`]*/g, '');
  return [...withoutUrls.matchAll(/([\w./-]*[\w-]\.md)(#[\w-]+)?\b/g)].map((m) => ({ name: m[1], anchor: m[2]?.slice(1) }));
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(markdown) {
  return new Set(
    [...markdown.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) =>
      m[1].toLowerCase().replace(/[`<>]/g, '').replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-'),
    ),
  );
}

/**
 * The documents `files` (paths relative to the root) name that are not among them: each name is
 * looked up beside the file that names it, then from the root.
 */
function missingReferences(files, read) {
  const present = new Set(files);
  const missing = [];
  for (const file of files) {
    if (!TEXT.test(file) || file === 'package-lock.json') continue;
    for (const { name, anchor } of documentsNamed(read(file))) {
      const candidates = [normalize(join(dirname(file), name)), normalize(name.replace(/^\.?\//, ''))];
      const found = candidates.find((c) => present.has(c));
      if (!found) missing.push(`${file} names ${name}`);
      else if (anchor && !anchors(read(found)).has(anchor)) missing.push(`${file} links ${name}#${anchor}, a heading that is not there`);
    }
  }
  return missing;
}

describe('documentation', () => {
  it('no file in the repository names a document that is not in the repository', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\n').filter((f) => f && existsSync(f));
    assert.ok(files.includes('docs/story-format.md'));
    assert.deepEqual(missingReferences(files, (f) => readFileSync(f, 'utf8')), []);
  });

  it('no file in the packed package names a document that is not in the package', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
    const files = pack.files.map((f) => f.path);
    for (const doc of ['docs/README.md', 'docs/story-format.md', 'docs/scoring.md', 'docs/elements.md', 'docs/cli.md', 'README.md', 'bin/reality-kit.mjs']) {
      assert.ok(files.includes(doc), `${doc} is in the package`);
    }
    assert.deepEqual(missingReferences(files, (f) => readFileSync(f, 'utf8')), []);
  });

  it('the docs index lists every page in docs/', () => {
    const index = readFileSync('docs/README.md', 'utf8');
    for (const page of readdirSync('docs').filter((f) => f.endsWith('.md') && f !== 'README.md')) assert.match(index, new RegExp(`\\(${page}\\)`), page);
  });

  it("the scoring page's worked example is what the core computes for the reference story", () => {
    const page = readFileSync('docs/scoring.md', 'utf8');
    const block = page.match(/<!-- score:reference[^>]*-->\n```text\n([\s\S]*?)```/)?.[1];
    assert.ok(block, 'the marked example block');
    const run = spawnSync(process.execPath, ['bin/reality-kit.mjs', 'score', 'test/fixtures/story-export-curbs.json'], { encoding: 'utf8' });
    assert.equal(run.status, 0);
    assert.equal(run.stdout.split('\n').slice(1).join('\n').trim(), block.trim());
  });

  it('every message the validator gives for the adversarial corpus is listed in the story format', () => {
    const page = readFileSync('docs/story-format.md', 'utf8');
    const table = page.slice(page.indexOf('### Every message'), page.indexOf('## Versions'));
    const listed = [...table.matchAll(/^\| \w+ \| `([^`]+)` \|/gm)].map((m) => m[1]);
    assert.ok(listed.length >= 30, `${listed.length} messages listed`);
    const patterns = listed.map(
      (m) => new RegExp(`^${m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\bN\b/g, '-?[\\d.e+]+').replace(/…/g, '.+')}$`),
    );
    const unlisted = new Set();
    const corpus = 'test/fixtures/adversarial';
    for (const file of readdirSync(corpus).filter((f) => /^\d/.test(f))) {
      const result = parseStoryJson(readFileSync(join(corpus, file), 'utf8'));
      if (result.ok) continue;
      for (const issue of result.error.issues) if (!patterns.some((p) => p.test(issue.message))) unlisted.add(`${file}: ${issue.message}`);
    }
    assert.deepEqual([...unlisted], []);
  });
});
