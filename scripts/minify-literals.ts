/**
 * A build step for the elements' tagged templates, which the JS minifier keeps byte for byte:
 * css`` loses comments and the spaces a stylesheet does not need; html`` and svg`` lose the line
 * breaks and indentation that only lay the source out. Both tags are found with the TypeScript
 * parser, so a template nested inside another one's `${}` is handled like any other.
 *
 * Templates lose only whitespace that renders as nothing: a run that spans a line break and touches
 * a tag (`>` before it or `<` after it) or an end of the template, which is also where JSX drops it.
 * Any other run that spans a line break (between words, or between a word and a `${}`) becomes one
 * space, which is what the browser would have rendered it as. Runs without a line break are kept, so
 * a deliberate space (`</strong> ${text}`) stays. Fewer text nodes also means less DOM per instance.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

/** Comments and spaces around `{ } ; , >` and after a declaration's colon; never inside a selector. */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/([{;][\w-]+):\s+/g, '$1:')
    .trim();
}

/** One static part of an html`` or svg`` template; `first` and `last` say whether it ends the template. */
export function minifyMarkup(text: string, first: boolean, last: boolean): string {
  return text.replace(/\s*\n\s*/g, (run, offset: number, whole: string) => {
    const before = offset === 0 ? (first ? '' : '$') : whole[offset - 1];
    const after = offset + run.length === whole.length ? (last ? '' : '$') : whole[offset + run.length];
    return before === '' || after === '' || before === '>' || after === '<' ? '' : ' ';
  });
}

/** Rewrites every css``, html`` and svg`` template in a module's source; other text is untouched. */
export function minifyTemplates(source: string, fileName = 'module.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  /** One static piece of a template, between its delimiters: ` or } before it, ` or ${ after it. */
  const squeeze = (tag: string, piece: ts.Node, first: boolean, last: boolean) => {
    const start = piece.getStart(file) + 1;
    const end = piece.getEnd() - (last ? 1 : 2);
    const raw = source.slice(start, end);
    edits.push({ start, end, text: tag === 'css' ? minifyCss(raw) : minifyMarkup(raw, first, last) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html', 'svg'].includes(node.tag.text)) {
      const tag = node.tag.text;
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        squeeze(tag, template, true, true);
      } else {
        squeeze(tag, template.head, true, false);
        template.templateSpans.forEach((span, i, spans) => squeeze(tag, span.literal, false, i === spans.length - 1));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** The Vite plugin: applies `minifyTemplates` to the library's own TypeScript modules. */
export function minifyLiterals(): Plugin {
  return {
    name: 'reality-kit:minify-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/') || !/\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      return { code: minifyTemplates(code, id), map: null };
    },
  };
}
