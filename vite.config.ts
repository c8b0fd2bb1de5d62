/**
 * `vite build` writes the package's modules for bundler users (Lit and zod left as dependencies):
 * the public API, `define.js`, one module per element and the scoring core, plus
 * `story.schema.json` and `reality-kit.css`. `vite build --mode bundle` writes `reality-kit.js`, the
 * self-contained single file a publisher loads with one script tag. `npm run build` runs both.
 */
import { readdirSync } from 'node:fs';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { toJSONSchema } from 'zod/mini';
import { DATE_TIME, storySchema } from './src/story/schema.js';
import { reservedSnippet } from './src/styles/reserved.js';
import { minifyLiterals } from './scripts/minify-literals.js';

/** Static files of the package: the JSON Schema (generated from the zod schema) and the CSS snippet. */
function packageAssets(): Plugin {
  return {
    name: 'reality-kit:assets',
    generateBundle() {
      const schema = {
        ...toJSONSchema(storySchema, {
          io: 'input',
          unrepresentable: 'any',
          // The date-time fields check a pattern of their own (schema.ts says why); say what it is.
          override: ({ jsonSchema }) => {
            if (jsonSchema.pattern === DATE_TIME.source) jsonSchema.format = 'date-time';
          },
        }),
        title: 'reality-kit story, version 1',
        description:
          'The story JSON read by reality-kit elements (STORY-FORMAT.md). Cross-field rules (unique ids, evidence sources that exist, counts for known choices, unique glossary terms) are checked by the library, not by this schema.',
      };
      this.emitFile({ type: 'asset', fileName: 'story.schema.json', source: `${JSON.stringify(schema, null, 2)}\n` });
      this.emitFile({ type: 'asset', fileName: 'reality-kit.css', source: reservedSnippet() });
    },
  };
}

const minify = { minify: true, comments: false } as const;

const ELEMENTS = ['reality-meter', 'source-list', 'glossary-list', 'vote-widget', 'prediction-card'];

/** The shipped languages: one module each, `dist/i18n/<lang>.js`, outside every other file. */
const LANGUAGES = readdirSync('src/i18n/locales').map((file) => file.replace(/\.ts$/, ''));

/**
 * Where the language modules are, seen from the file that holds the loader (src/i18n/load.ts):
 * beside the single-file bundle, or one folder up from the package's shared chunk.
 */
const i18nDir = (dir: string) => ({ __REALITY_I18N_DIR__: JSON.stringify(dir) });

const packageBuild: UserConfig = {
  plugins: [minifyLiterals(), packageAssets()],
  define: i18nDir('../i18n/'),
  build: {
    target: 'es2022',
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        core: 'src/core/index.ts',
        ...Object.fromEntries(ELEMENTS.map((tag) => [tag, `src/${tag}/${tag}.ts`])),
        ...Object.fromEntries(LANGUAGES.map((lang) => [`i18n/${lang}`, `src/i18n/locales/${lang}.ts`])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
      output: { ...minify, chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
};

const singleFileBundle: UserConfig = {
  plugins: [minifyLiterals()],
  define: i18nDir('./i18n/'),
  build: {
    target: 'es2022',
    emptyOutDir: false,
    lib: { entry: { 'reality-kit': 'src/define.ts' }, formats: ['es'] },
    rolldownOptions: { output: { ...minify, codeSplitting: false } },
  },
};

export default defineConfig(({ mode }) => (mode === 'bundle' ? singleFileBundle : packageBuild));
