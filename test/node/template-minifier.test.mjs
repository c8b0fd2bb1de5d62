// The build's template minifier keeps a source map: code after a minified template maps back to
// its own line of the source, so a stack trace or a debugger in the built package points at src/.
// (What the minified templates render is tested in Chromium: test/minifier/.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { describe, it } from 'node:test';
import { minifyTemplates } from '../../scripts/template-minifier.mjs';

const FILE = new URL('../minifier/templates.ts', import.meta.url);

/** 0-based line and column of the first `needle` in `text`. */
function position(text, needle) {
  const offset = text.indexOf(needle);
  assert.notEqual(offset, -1, `${needle} not found`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, column: before.at(-1).length };
}

describe('template minifier: source map', () => {
  it('maps code after the minified templates back to its line in the source', async () => {
    const source = readFileSync(FILE, 'utf8');
    const result = await minifyTemplates(source, FILE.pathname);
    assert.ok(result, 'the minifier changed nothing');
    assert.ok(result.code.length < source.length - 100, 'the templates were not minified');
    const map = new SourceMap(result.map);
    const marker = 'source-map-marker';
    const inOutput = position(result.code, marker);
    const inSource = position(source, marker);
    assert.ok(inOutput.line < inSource.line, 'minifying should have removed lines before the marker');
    const entry = map.findEntry(inOutput.line, inOutput.column);
    assert.equal(entry.originalLine, inSource.line);
    assert.equal(entry.originalColumn, inSource.column);
    assert.deepEqual(result.map.sources, ['templates.ts']); // relative to the map, which sits beside the module
  });
});
