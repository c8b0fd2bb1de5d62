/**
 * `reality-kit/ssr` (Node): renders an element with its story to HTML with declarative shadow DOM
 * (`<template shadowrootmode="open">`), so the story's text is in the page before any JavaScript
 * runs — for readers, crawlers, reader modes and feed readers — and the client script takes that HTML
 * over (hydrates it) instead of rendering it again: no duplicate, no layout shift.
 *
 * Built on `@lit-labs/ssr`. How the client gets the story: the element is rendered with
 * `src="#<id>"` and the story goes in a `<script type="application/json" id="<id>">` just before it,
 * which the element reads synchronously when it upgrades, so its first client render is the server's.
 *
 * ```js
 * import { renderToString } from 'reality-kit/ssr';
 * const html = renderToString('reality-meter', { story }); // story: object, JSON text or parsed story
 * ```
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync, type RenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { html, nothing, type TemplateResult } from 'lit';
import { jsonForScript, toJsonLd, type JsonLdOptions } from '../core/json-ld.js';
import { defineElement } from '../define/define-element.js';
import { ALL_LANGUAGES, registerAllLanguages } from '../i18n/all-languages.js';
import { nearestLanguage } from '../i18n/load.js';
import { GlossaryList } from '../glossary-list/glossary-list.js';
import { PredictionCard } from '../prediction-card/prediction-card.js';
import { RealityMeter } from '../reality-meter/reality-meter.js';
import { SourceList } from '../source-list/source-list.js';
import { parseStory, parseStoryJson, type Story } from '../story/schema.js';
import type { ElementTag } from '../tags.js';
import { VoteWidget } from '../vote-widget/vote-widget.js';

/** The five tags this module renders. */
export type { ElementTag };

export interface RenderOptions {
  /** The story: an object, JSON text, or a story the server already parsed. Invalid input renders the element's error state. */
  story: unknown;
  /** Defaults to `light` (a server cannot know the reader's colour scheme; `auto` follows it on the client). */
  theme?: 'light' | 'dark' | 'auto';
  /** `<reality-meter open>`: render the "Why this score?" breakdown open. */
  open?: boolean;
  /** `<vote-widget reveal>`: show the community read before the reader votes. */
  reveal?: boolean;
  /**
   * The page's language (a BCP 47 tag such as `ar`, `de-AT`, `ja`): the element renders its texts in
   * the nearest shipped language, and numbers in that language's digits, as the client would under
   * `<html lang>`. Written on the element as its `lang` attribute. Default: English.
   */
  lang?: string;
  /**
   * The text direction, written on the element as its `dir` attribute. Default: the language's own
   * (`rtl` for Arabic, Hebrew, Persian, Urdu…), or none when no `lang` is given.
   */
  dir?: 'ltr' | 'rtl';
  /**
   * With a `lang` that has shipped texts, emit them before the element in a
   * `<script type="application/json" id="reality-kit-language-<lang>">` (default `true`), which the
   * client reads before its first render: it takes the HTML over in the same language at once, with
   * no flash of English and no language file to load. One per page is enough: render the other
   * elements with `languageScript: false`.
   */
  languageScript?: boolean;
  /** Replacements for the element's fixed texts (its `strings` property); give the client the same. */
  strings?: Record<string, string>;
  /**
   * Id of the `<script type="application/json">` that carries the story to the client. Defaults to
   * `reality-kit-story-<story id>`. Several elements of one story on a page can share one script:
   * render the first with `storyScript: true` (the default), the others with `storyScript: false`.
   */
  storyId?: string;
  /** Emit the story's JSON script before the element (default `true`). */
  storyScript?: boolean;
  /** Also emit the story's schema.org JSON-LD (`toJsonLd`) as `<script type="application/ld+json">`; pass options or `true`. */
  jsonLd?: boolean | JsonLdOptions;
}

const CLASSES = {
  'reality-meter': RealityMeter,
  'source-list': SourceList,
  'glossary-list': GlossaryList,
  'vote-widget': VoteWidget,
  'prediction-card': PredictionCard,
} as const;

// Lit's Node build keeps its own registry (`customElements` from its DOM shim); @lit-labs/ssr renders
// the classes registered there. Registering here (idempotently) means a caller needs no other import.
for (const [tag, element] of Object.entries(CLASSES)) defineElement(tag, element);
// A server has every language at hand: no element waits for a module to load.
registerAllLanguages();

/** The attributes every element gets from the options (`nothing` leaves one out). */
interface Attributes {
  src: string;
  theme: string;
  lang: string | typeof nothing;
  dir: string | typeof nothing;
}

/** One template per tag: the tag names stay literal (no `unsafeStatic`). */
const TEMPLATES: Record<ElementTag, (story: unknown, a: Attributes, o: RenderOptions) => TemplateResult> = {
  'reality-meter': (story, a, o) =>
    html`<reality-meter src=${a.src} theme=${a.theme} lang=${a.lang} dir=${a.dir} ?open=${o.open} .story=${story} .strings=${o.strings ?? {}}></reality-meter>`,
  'source-list': (story, a, o) => html`<source-list src=${a.src} theme=${a.theme} lang=${a.lang} dir=${a.dir} .story=${story} .strings=${o.strings ?? {}}></source-list>`,
  'glossary-list': (story, a, o) =>
    html`<glossary-list src=${a.src} theme=${a.theme} lang=${a.lang} dir=${a.dir} .story=${story} .strings=${o.strings ?? {}}></glossary-list>`,
  'vote-widget': (story, a, o) =>
    html`<vote-widget src=${a.src} theme=${a.theme} lang=${a.lang} dir=${a.dir} ?reveal=${o.reveal} .story=${story} .strings=${o.strings ?? {}}></vote-widget>`,
  'prediction-card': (story, a, o) =>
    html`<prediction-card src=${a.src} theme=${a.theme} lang=${a.lang} dir=${a.dir} .story=${story} .strings=${o.strings ?? {}}></prediction-card>`,
};

/** Scripts written right to left (Unicode CLDR), for languages `Intl` cannot tell the direction of. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** A language's writing direction: from `Intl.Locale`'s text info where Node has it, else the list above. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?(): { direction?: string }; textInfo?: { direction?: string } };
    const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr'; // a malformed tag: the element renders in English, left to right
  }
}

/** The shipped texts for `lang` as a JSON script the client reads before its first render, or ''. */
export function renderLanguageScript(lang: string): string {
  const tag = nearestLanguage(lang);
  const language = tag === null ? undefined : ALL_LANGUAGES[tag as keyof typeof ALL_LANGUAGES];
  return language ? `<script type="application/json" id="reality-kit-language-${tag}">${jsonForScript(language)}</script>` : '';
}

/** The story as the element will see it, and the JSON text the client will read. */
function prepare(input: unknown): { story: unknown; parsed: Story | null; json: string } {
  const result = typeof input === 'string' ? parseStoryJson(input) : parseStory(input);
  if (result.ok) return { story: result.story, parsed: result.story, json: jsonForScript(result.story) };
  // Invalid input: the element shows its error on the server and, reading the same text, on the client.
  const text = typeof input === 'string' ? input : (JSON.stringify(input) ?? 'null');
  return { story: input, parsed: null, json: text.replace(/</g, '\\u003c') };
}

/** An id attribute value made of the story id's safe characters. */
const scriptId = (storyId: unknown) => `reality-kit-story-${String(storyId ?? 'story').replace(/[^\w-]/g, '_')}`;

/** The story's JSON script, as HTML. `id` must match the elements' `src="#id"`. */
export function renderStoryScript(story: unknown, id?: string): string {
  const { parsed, json } = prepare(story);
  return `<script type="application/json" id="${escapeAttribute(id ?? scriptId(parsed?.id))}">${json}</script>`;
}

/**
 * The story's schema.org JSON-LD (`toJsonLd`) as a `<script type="application/ld+json">`, `</script>`
 * in story text escaped. Empty string for an invalid story.
 */
export function renderJsonLdScript(story: unknown, options?: JsonLdOptions): string {
  const { parsed } = prepare(story);
  return parsed ? `<script type="application/ld+json">${jsonForScript(toJsonLd(parsed, options))}</script>` : '';
}

/** The element's HTML as `@lit-labs/ssr`'s render result (an iterable of strings), preceded by its scripts. */
export function renderElement(tag: ElementTag, options: RenderOptions): RenderResult {
  const template = TEMPLATES[tag];
  if (!template) throw new TypeError(`reality-kit/ssr renders ${Object.keys(TEMPLATES).join(', ')}; not "${String(tag)}"`);
  const { story, parsed, json } = prepare(options.story);
  const id = options.storyId ?? scriptId(parsed?.id);
  const lang = options.lang?.trim() || undefined;
  const scripts = [
    options.storyScript === false ? '' : `<script type="application/json" id="${escapeAttribute(id)}">${json}</script>`,
    lang && options.languageScript !== false ? renderLanguageScript(lang) : '',
    options.jsonLd && parsed ? renderJsonLdScript(parsed, options.jsonLd === true ? undefined : options.jsonLd) : '',
  ].join('');
  const attributes: Attributes = {
    src: `#${id}`,
    theme: options.theme ?? 'light',
    lang: lang ?? nothing,
    dir: options.dir ?? (lang ? directionOf(lang) : nothing),
  };
  return [scripts, ...render(template(story, attributes, options))];
}

/** The element's HTML as one string (synchronous). */
export function renderToString(tag: ElementTag, options: RenderOptions): string {
  return collectResultSync(renderElement(tag, options));
}

/**
 * The element's declarative shadow root alone (`<template shadowrootmode="open">…</template>`), no
 * scripts, no tag: for a server renderer that writes the tag itself and leaves it empty (Vue's
 * `renderToString`). Put it inside the tag (Vue: `v-html` on the element, on the server only) and
 * give the element, on the client, the same story (as a property), `theme`, `lang` and `dir`: it
 * takes the HTML over. The story is not in the page for the client to read: the app sets it.
 */
export function renderShadowRoot(tag: ElementTag, options: RenderOptions): string {
  const html = renderToString(tag, { ...options, storyScript: false, languageScript: false, jsonLd: false });
  const start = html.indexOf('<template shadowroot');
  const end = html.lastIndexOf(`</${tag}>`);
  return start === -1 || end < start ? '' : html.slice(start, end);
}

/** The element's HTML as a Node `Readable` stream (pipe it into a response). */
export function renderToStream(tag: ElementTag, options: RenderOptions): RenderResultReadable {
  return new RenderResultReadable(renderElement(tag, options));
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export { toJsonLd, type JsonLdOptions } from '../core/json-ld.js';
