// A static check in the test command: nothing in src/ may turn story text into markup or an inline
// style. Each of these either parses a string as HTML or writes a style attribute, which breaks under
// `style-src 'self'` (docs/story-format.md, "Text, never markup"; the README's Content Security Policy).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FORBIDDEN = [
  /\bunsafeHTML\b/,
  /\bunsafeSVG\b/,
  /\binnerHTML\b/,
  /\bouterHTML\b/,
  /\binsertAdjacentHTML\b/,
  /\bDOMParser\b/,
  /\bdocument\.write(ln)?\b/,
  /\bstyleMap\b/,
  /\bstyle=\$\{/,
  /\.setAttribute\(\s*['"]style['"]/,
  /\bcreateContextualFragment\b/,
];

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(ts|js|mjs)$/.test(entry.name)) yield path;
  }
}

/** Every line of `source` that matches a forbidden pattern, as `file:line: text`. */
export function findForbidden(file, source) {
  const hits = [];
  source.split('\n').forEach((line, i) => {
    if (FORBIDDEN.some((re) => re.test(line))) hits.push(`${file}:${i + 1}: ${line.trim()}`);
  });
  return hits;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // The check must be able to fail: prove it on a sample before trusting a clean result.
  if (findForbidden('sample', 'html`<p style=${x}>${unsafeHTML(y)}</p>`').length !== 1) {
    console.error('check-source: the forbidden-pattern check no longer catches its own sample');
    process.exit(1);
  }
  const hits = [...files('src')].flatMap((file) => findForbidden(file, readFileSync(file, 'utf8')));
  if (hits.length > 0) {
    console.error(`check-source: story text must never become markup or inline style:\n${hits.join('\n')}`);
    process.exit(1);
  }
  console.log('check-source: no markup or inline-style sinks in src/');
}
