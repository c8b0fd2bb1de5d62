// The Custom Elements Manifest ships in the package (`customElements` in package.json), so every file
// it names must be one the package ships: each module's `path`, and every `module` a declaration,
// export or reference points at. Checked against the file list of `npm pack` (what a user installs),
// after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TAGS } from '../../src/tags.js';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
const shipped = new Set(pack.files.map((f) => f.path));

/** Every `module` string anywhere in the manifest (exports, superclasses, type references, …). */
function moduleReferences(node, found = []) {
  if (Array.isArray(node)) node.forEach((n) => moduleReferences(n, found));
  else if (node && typeof node === 'object') {
    if (typeof node.module === 'string') found.push(node.module);
    Object.values(node).forEach((n) => moduleReferences(n, found));
  }
  return found;
}

describe('custom-elements.json names only files the package ships', () => {
  it('the package points at the manifest, and ships it', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.ok(shipped.has(pkg.customElements), `${pkg.customElements} is not in the package`);
  });

  it('every module path is a shipped JavaScript file', () => {
    assert.ok(manifest.modules.length >= 8, `only ${manifest.modules.length} modules`);
    for (const { path } of manifest.modules) {
      assert.match(path, /^dist\/.*\.js$/, `not a shipped module: ${path}`);
      assert.ok(shipped.has(path), `${path} is not in the package`);
    }
    assert.equal(new Set(manifest.modules.map((m) => m.path)).size, manifest.modules.length, 'a path is listed twice');
  });

  it('every module a declaration or export points at is shipped', () => {
    const references = moduleReferences(manifest.modules);
    assert.ok(references.length > 0);
    for (const module of references) if (!module.startsWith('npm:')) assert.ok(shipped.has(module), `${module} is not in the package`);
  });

  it('the elements and the entry points are all listed, each element with its definition', () => {
    const paths = manifest.modules.map((m) => m.path);
    for (const path of ['dist/index.js', 'dist/core.js', 'dist/server.js']) assert.ok(paths.includes(path), `${path} missing`);
    for (const tag of TAGS) {
      const mod = manifest.modules.find((m) => m.path === `dist/${tag}.js`);
      assert.ok(mod?.declarations.some((d) => d.tagName === tag), `<${tag}> is not declared in dist/${tag}.js`);
      assert.ok(mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag), `<${tag}> has no definition`);
    }
  });
});
