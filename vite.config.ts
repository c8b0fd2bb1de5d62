/**
 * `vite build` writes the package's modules for bundler users (Lit and zod left as dependencies):
 * the public API, `define.js`, one module per element and the scoring core, plus
 * `story.schema.json` and `reality-kit.css`. `vite build --mode bundle` writes `reality-kit.js`, the
 * self-contained single file a publisher loads with one script tag; `vite build --mode server` the
 * back end. `npm run build` runs all three.
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { reservedSnippet } from './src/styles/reserved.js';
import { minifyLiterals } from './scripts/minify-literals.js';
import { storyJsonSchema } from './scripts/story-json-schema.js';

/** Static files of the package: the JSON Schema (generated from the zod schema) and the CSS snippet. */
function packageAssets(): Plugin {
  return {
    name: 'reality-kit:assets',
    generateBundle() {
      const schema = storyJsonSchema();
      this.emitFile({ type: 'asset', fileName: 'story.schema.json', source: `${JSON.stringify(schema, null, 2)}\n` });
      this.emitFile({ type: 'asset', fileName: 'reality-kit.css', source: reservedSnippet() });
    },
  };
}

const minify = { minify: true, comments: false } as const;

const ELEMENTS = ['reality-meter', 'source-list', 'glossary-list', 'vote-widget', 'prediction-card'];

const packageBuild: UserConfig = {
  plugins: [minifyLiterals(), packageAssets()],
  build: {
    target: 'es2022',
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        core: 'src/core/index.ts',
        ...Object.fromEntries(ELEMENTS.map((tag) => [tag, `src/${tag}/${tag}.ts`])),
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
  build: {
    target: 'es2022',
    emptyOutDir: false,
    lib: { entry: { 'reality-kit': 'src/define.ts' }, formats: ['es'] },
    rolldownOptions: { output: { ...minify, codeSplitting: false } },
  },
};

/**
 * `vite build --mode server` writes `server.js` (`reality-kit/server`, for Node): the database
 * drivers, Kysely and Node's own modules stay imports, so nothing of them reaches a browser build.
 */
const serverBuild: UserConfig = {
  build: {
    target: 'node20',
    emptyOutDir: false,
    ssr: true,
    lib: { entry: { server: 'src/server/index.ts' }, formats: ['es'] },
    rolldownOptions: {
      external: [/^node:/, /^kysely($|\/)/, 'better-sqlite3', 'pg', /^zod($|\/)/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'bundle' ? singleFileBundle : mode === 'server' ? serverBuild : packageBuild));
