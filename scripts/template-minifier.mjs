/**
 * The elements' tagged templates, minified at build time by a maintained tool: `@literals/html-css-minifier`
 * (html-minifier-next for html`` and svg``, Lightning CSS for css``, magic-string for the source map).
 * The JS minifier keeps template text byte for byte, so without this step every indentation and
 * comment of the styles and templates would ship.
 *
 * One configuration for every build (vite.config.ts) and for the test that proves it safe
 * (test/minifier/, which renders templates minified by this same function in Chromium): CSS strings
 * and `url()` are parsed, not pattern-matched; `<pre>` and `<textarea>` keep their whitespace; Lit's
 * bindings survive as placeholders.
 *
 * Only a css`` without `${}` is minified (the tool leaves one with expressions as written), which is
 * why the styles are composed as arrays of plain css`` and `unsafeCSS()` pieces, never interpolated.
 */
import { minifyHTMLLiterals } from '@literals/html-css-minifier';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';

/**
 * html-minifier-next options: the tool's production defaults, except that attributes are never
 * dropped for being empty (`alt=""` and `aria-label=""` mean something) and no inline JS is touched.
 */
const HTML_OPTIONS = {
  caseSensitive: true,
  collapseWhitespace: true,
  decodeEntities: true,
  minifyJS: false,
  removeAttributeQuotes: false,
  removeComments: true,
  removeEmptyAttributes: false,
};

/**
 * Minifies the css``, html`` and svg`` templates of one module's source.
 * @returns `{ code, map }` (a v3 source map to the original), or null when nothing changed.
 */
export function minifyTemplates(code, fileName) {
  return minifyHTMLLiterals(code, { fileName, minifyOptions: HTML_OPTIONS });
}

/**
 * The Vite (Rolldown) plugin, the tool's own Rollup one: it runs before TypeScript is stripped, on the
 * library's modules under src/ only, and a template it cannot parse stops the build rather than
 * shipping unminified unnoticed.
 */
export const templateMinifier = () =>
  literalsHtmlCssMinifier({ include: ['src/**/*.ts'], failOnError: true, options: { minifyOptions: HTML_OPTIONS } });
