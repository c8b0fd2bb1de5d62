/**
 * The markup Storybook's "Show code" gives for an element story: what a publisher pastes into a page
 * to get the same element. The story goes inline, as a JSON script child (the attribute form
 * `src="…"` only when the story came from a URL), with the attributes a designer set; the `strings`
 * a story passes become a line of script, since they are a property, not an attribute.
 * No Storybook imports, so Web Test Runner can paste the result into a real page and check it renders.
 */
export interface CodeArgs {
  story?: unknown;
  src?: string;
  theme?: string;
  lang?: string;
  dir?: string;
  strings?: Record<string, string>;
  open?: boolean;
  reveal?: boolean;
  variant?: string;
}

const attribute = (name: string, value: string) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

/**
 * JSON that is safe inside `<script type="application/json">`: `<` written as `\u003c`, so no
 * `</script>` or `<!--` in a story's text can end the script early. Still the same JSON value.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

/** The paste-ready markup of `<tag>` with `args`. */
export function codeFor(tag: string, args: CodeArgs): string {
  let attrs = '';
  if (args.src && (args.story === undefined || args.story === null)) attrs += attribute('src', args.src);
  if (args.variant && args.variant !== 'full') attrs += attribute('variant', args.variant);
  if (args.theme && args.theme !== 'auto') attrs += attribute('theme', args.theme);
  if (args.lang) attrs += attribute('lang', args.lang);
  if (args.dir && args.dir !== 'ltr') attrs += attribute('dir', args.dir);
  if (args.open) attrs += ' open';
  if (args.reveal) attrs += ' reveal';
  const story = typeof args.story === 'string' ? safeParse(args.story) : args.story;
  const child =
    story === undefined || story === null
      ? ''
      : `\n  <script type="application/json">\n${scriptJson(story).replace(/^/gm, '    ')}\n  </script>\n`;
  const element = `<${tag}${attrs}>${child}</${tag}>`;
  const strings = args.strings && Object.keys(args.strings).length > 0 ? args.strings : null;
  return strings
    ? `${element}\n<script type="module">\n  document.querySelector('${tag}').strings = ${JSON.stringify(strings, null, 2).replace(/</g, '\\u003c').replace(/\n/g, '\n  ')};\n</script>`
    : element;
}

/** A story given as JSON text: its value, or the text itself (an invalid story stays invalid when pasted). */
function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
