/**
 * What the stories files share: the argTypes every element has, the languages, and host behaviours
 * for the interactive states (accept, reject, never answer).
 */
import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { LANGUAGES } from '../src/i18n/load.js';

export interface CommonArgs {
  story?: unknown;
  src?: string;
  theme: 'auto' | 'light' | 'dark';
  lang: string;
  dir: 'ltr' | 'rtl';
  strings?: Record<string, string>;
}

export const commonArgTypes: Partial<ArgTypes<CommonArgs>> = {
  story: { control: 'object', description: 'The story (property `story`): an object or a JSON string. Wins over `src`.', table: { category: 'story' } },
  src: { control: 'text', description: 'Attribute `src`: a story URL, or `#id` of a JSON script on the page.', table: { category: 'story' } },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'], description: 'Attribute `theme`.', table: { category: 'appearance' } },
  lang: {
    control: 'select',
    options: ['en', ...LANGUAGES],
    description: 'The `lang` the element follows: its shipped texts, plural rules, numbers and dates. The toolbar\'s language overrides it.',
    table: { category: 'language' },
  },
  dir: { control: 'inline-radio', options: ['ltr', 'rtl'], description: '`dir` on the element.', table: { category: 'language' } },
  strings: { control: 'object', description: 'Property `strings`: replacements for fixed texts.', table: { category: 'language' } },
};

export const commonArgs: CommonArgs = { theme: 'auto', lang: 'en', dir: 'ltr' };

/** The only arguments element stories offer as controls: what a designer sets on a real page. */
export const DESIGNER_ARGS = ['story', 'src', 'theme', 'lang', 'dir', 'strings', 'open', 'reveal', 'variant'];

/** A host answer for `waitUntil`: resolves after `ms` with `value`, or rejects. */
export function answerAfter<T>(ms: number, value: T | Error): Promise<T> {
  return new Promise((resolve, reject) => setTimeout(() => (value instanceof Error ? reject(value) : resolve(value)), ms));
}

/** A host that never answers: the element stays pending (and rolls back on its own after 15 s). */
export const never = () => new Promise<never>(() => {});

/** What a story's host page does with a reader action (`vote-cast`, `prediction-submit`). */
export type HostBehaviour = 'accept' | 'reject' | 'never' | 'cancel';

/** A listener for either reader-action event: accept it, reject it after 0.3 s, never answer, or cancel it. */
export function hostAnswers(host: HostBehaviour) {
  return (event: Event & { detail: { waitUntil(promise: Promise<unknown>): void } }) => {
    if (host === 'cancel') event.preventDefault();
    if (host === 'reject') event.detail.waitUntil(answerAfter(300, new globalThis.Error('offline')));
    if (host === 'never') event.detail.waitUntil(never());
  };
}

/**
 * The story with its id made unique to one Storybook story. The reader's vote and forecast are one
 * state per story id on the whole page, and every Storybook story renders on one page: without this,
 * the "Pending" story's unanswered vote would still be waiting when "Rejected" renders.
 */
export function ownReader(story: unknown, storybookId: string): unknown {
  return story && typeof story === 'object' && 'id' in story ? { ...story, id: `${String((story as { id: unknown }).id)}--${storybookId}` } : story;
}

/** The shadow root of the first `tag` in the story, once it has rendered. */
export async function shadowOf(canvas: HTMLElement, tag: string): Promise<ShadowRoot> {
  const el = canvas.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return el.shadowRoot!;
}

/** Dark stories sit on a dark page, as a reader of a dark site would see them. */
export const onDarkPage: Decorator = (story) => html`<div style="background:#0d1117;padding:1.5rem;color:#e6edf3">${story()}</div>`;

/**
 * An element with the arguments every element story has (story, src, theme, lang, dir, strings)
 * and the boolean attributes it is given (`open`, `reveal`). One template for all five tags, so a
 * shared attribute is added in one place.
 */
export function renderElement(tag: string, args: CommonArgs, flags: { open?: boolean; reveal?: boolean; variant?: string } = {}) {
  const name = unsafeStatic(tag);
  return staticHtml`<${name}
    .story=${args.story}
    src=${args.src ?? nothing}
    theme=${args.theme}
    lang=${args.lang}
    dir=${args.dir}
    .strings=${args.strings ?? {}}
    ?open=${flags.open ?? false}
    ?reveal=${flags.reveal ?? false}
    variant=${flags.variant ?? nothing}
  ></${name}>`;
}
