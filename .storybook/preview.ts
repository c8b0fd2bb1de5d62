import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictArgTypes } from 'storybook/internal/types';
import manifest from '../dist/custom-elements.json';
import '../src/define.js';
import { DESIGNER_ARGS } from '../stories/shared.js';
import { codeFor } from './show-code.js';
import { registerAllLanguages } from '../src/i18n/all-languages.js';
import { LANGUAGES } from '../src/i18n/load.js';

// Every shipped language at hand, so switching the toolbar's language never waits for a module.
registerAllLanguages();

/** Languages written right to left among the shipped ones. */
const RTL = new Set(['ar', 'he']);

/**
 * The toolbar's language: every story renders in it (its `lang`, and `dir="rtl"` for Arabic and
 * Hebrew), whatever language the story itself sets. "As written" leaves each story as it is.
 */
const withLanguage: Decorator = (story, context) => {
  const lang = context.globals.locale as string | undefined;
  if (!lang || lang === 'story') return story();
  return story({ ...context, args: { ...context.args, lang, dir: RTL.has(lang) ? 'rtl' : 'ltr' } });
};

// The API tables (attributes, properties, events, parts, slots, custom properties) come from the
// manifest the analyzer writes from the classes' JSDoc: written once, never twice.
setCustomElementsManifest(manifest);

/** Votes and forecasts are remembered in localStorage; each story starts from a clean slate. */
function forgetReaderState(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('reality-kit:')) localStorage.removeItem(key);
}

/**
 * Element stories get controls only for what a designer sets (the story, attributes, theme,
 * language); events, parts, slots and custom properties stay in the API table, without a "Set object"
 * control that could only break the element. Guides (no component) keep their own controls.
 */
const designerControls: ArgTypesEnhancer = (context) => {
  if (!context.component) return context.argTypes;
  return Object.fromEntries(
    Object.entries(context.argTypes).map(([name, argType]) => [name, DESIGNER_ARGS.includes(name) ? argType : { ...argType, control: false }]),
  ) as StrictArgTypes;
};

const preview: Preview = {
  loaders: [async () => (forgetReaderState(), {})],
  argTypesEnhancers: [designerControls],
  decorators: [withLanguage],
  globalTypes: {
    locale: {
      description: 'The language every story renders in',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [{ value: 'story', title: 'As written' }, { value: 'en', title: 'English' }, ...LANGUAGES.map((value) => ({ value, title: new Intl.DisplayNames([value], { type: 'language' }).of(value) ?? value }))],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'story' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // axe runs on every story; a violation fails the smoke test (not just a warning in the panel).
    a11y: { test: 'error' },
    docs: {
      toc: true,
      // "Show code" gives markup that works when pasted: the story inline as a JSON child.
      source: {
        transform: (code: string, context: { component?: unknown; args: Record<string, unknown> }) =>
          typeof context.component === 'string' ? codeFor(context.component, context.args) : code,
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
