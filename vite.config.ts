/**
 * `vite build` writes the package's modules for bundler users (Lit and zod left as dependencies):
 * the public API, `define.js`, one module per element and the scoring core, plus
 * `story.schema.json` and `reality-kit.css`. `vite build --mode bundle` writes `reality-kit.js`, the
 * self-contained single file a publisher loads with one script tag; `vite build --mode server` the
 * back end. `npm run build` runs all three.
 */
import { readdirSync } from 'node:fs';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { reservedSnippet } from './src/styles/reserved.js';
import { templateMinifier } from './scripts/template-minifier.mjs';
import { storyJsonSchema } from './scripts/story-json-schema.js';
import { TAGS } from './src/tags.js';
import { elementPack, packLanguage, packedSource, type PackedLanguage } from './src/i18n/pack.js';

/** Static files of the package: the JSON Schema (generated from the zod schema) and the CSS snippet. */
function packageAssets(): Plugin {
  return {
    name: 'reality-kit:assets',
    generateBundle() {
      const schema = storyJsonSchema();
      this.emitFile({ type: 'asset', fileName: 'story.schema.json', source: `${JSON.stringify(schema, null, 2)}\n` });
      this.emitFile({ type: 'asset', fileName: 'reality-kit.css', source: reservedSnippet() });
      // `reality-kit/jsx`, `/vue`, `/svelte` are typings only (dist/types/frameworks/); a module to resolve to.
      this.emitFile({ type: 'asset', fileName: 'types-only.js', source: '// reality-kit/jsx, /vue, /svelte: typings only, nothing to run.\nexport {};\n' });
    },
  };
}

/**
 * Each language module as it ships: the texts only, in the order of their names (src/i18n/pack.ts),
 * which halves what a reader downloads per language. The sources stay named tables the compiler
 * checks. Runs after TypeScript is stripped: a language source is one `export default { … }` of plain
 * data, evaluated here; its file is then written as the one statement `export default [ … ];` (the
 * bundler's own output would wrap it in a variable and an export list). Beside each, one file per
 * element, `i18n/<lang>/<tag>.js`: the shared texts and that element's only, which is what an
 * element loads by itself.
 */
function packedLanguages(): Plugin {
  const packed = new Map<string, PackedLanguage>();
  const moduleSource = (language: PackedLanguage) => `export default ${packedSource(language)};\n`;
  return {
    name: 'reality-kit:packed-languages',
    apply: 'build',
    enforce: 'post',
    async transform(code, id) {
      if (!/[\\/]src[\\/]i18n[\\/]locales[\\/][\w-]+\.ts$/.test(id)) return null;
      if (/^\s*import\b/m.test(code)) this.error(`${id}: a language module is plain data and imports nothing`);
      const language = (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default;
      const whole = packLanguage(language);
      packed.set(id, whole);
      return { code: moduleSource(whole), map: null };
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        // Only the language entries themselves (Storybook's build also passes the sources through here).
        if (file.type !== 'chunk' || !file.isEntry || !file.fileName.startsWith('i18n/') || !file.facadeModuleId) continue;
        const whole = packed.get(file.facadeModuleId);
        if (!whole) continue;
        file.code = moduleSource(whole);
        const lang = file.fileName.slice('i18n/'.length, -'.js'.length);
        for (const tag of TAGS) this.emitFile({ type: 'asset', fileName: `i18n/${lang}/${tag}.js`, source: moduleSource(elementPack(whole, tag)) });
      }
    },
  };
}

const minify = { minify: true, comments: false } as const;


/** The shipped languages: `dist/i18n/<lang>.js` and `dist/i18n/<lang>/<tag>.js` each, outside every other file. */
const LANGUAGES = readdirSync('src/i18n/locales').map((file) => file.replace(/\.ts$/, ''));

/**
 * Where the language modules are, seen from the file that holds the loader (src/i18n/load.ts):
 * beside the single-file bundle, or one folder up from the package's shared chunk.
 */
const i18nDir = (dir: string) => ({ __REALITY_I18N_DIR__: JSON.stringify(dir) });

const packageBuild: UserConfig = {
  plugins: [templateMinifier(), packageAssets(), packedLanguages()],
  define: i18nDir('../i18n/'),
  build: {
    target: 'es2022',
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        core: 'src/core/index.ts',
        ssr: 'src/ssr/index.ts',
        react: 'src/react/index.ts',
        'react-server': 'src/react/server.ts',
        ...Object.fromEntries(TAGS.map((tag) => [tag, `src/define/${tag}.ts`])),
        ...Object.fromEntries(LANGUAGES.map((lang) => [`i18n/${lang}`, `src/i18n/locales/${lang}.ts`])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // Lit's packages stay dependencies, one copy for the app, the hydration support and the React
      // wrappers alike (two copies of lit-html could not hydrate each other's markers).
      external: [/^(lit|lit-html|lit-element|zod|react)($|\/)/, /^@lit(-labs)?\//, /^node:/],
      output: { ...minify, chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
};

/**
 * The single-file bundle carries Lit's browser build, which touches two browser globals when the
 * module is evaluated: its element base class extends `HTMLElement`, and lit-html keeps `document`
 * (for a tree walker). In Node (a server that imports the bundle) neither exists: fall back to what
 * Lit's own Node build uses (an empty class, a stub walker), so that the import does not throw; the
 * bundle then defines nothing there (`defineElement`). In a browser the globals are used as before.
 */
const NODE_FALLBACKS: ReadonlyArray<readonly [RegExp, RegExp, string]> = [
  [/@lit[\\/]reactive-element[\\/]reactive-element\.js$/, /extends HTMLElement\b/, 'extends (globalThis.HTMLElement ?? class {})'],
  [/lit-html[\\/]lit-html\.js$/, /(\w+)=document,/, '$1=globalThis.document??{createTreeWalker(){return{}}},'],
];
function importableInNode(): Plugin {
  return {
    name: 'reality-kit:importable-in-node',
    transform(code, id) {
      const rule = NODE_FALLBACKS.find(([file]) => file.test(id));
      if (!rule) return null;
      const patched = code.replace(rule[1], rule[2]);
      if (patched === code) this.error(`${id} changed: update importableInNode() in vite.config.ts`);
      return { code: patched, map: null };
    },
  };
}

const singleFileBundle: UserConfig = {
  plugins: [templateMinifier(), importableInNode()],
  define: i18nDir('./i18n/'),
  build: {
    target: 'es2022',
    emptyOutDir: false,
    lib: { entry: { 'reality-kit': 'src/define.ts' }, formats: ['es'] },
    // One file, except what a page loads only when it needs it: Lit's hydration support, for pages
    // with server-rendered elements (src/define/define-element.ts), as
    // `reality-kit-lit-element-hydrate-support.js`.
    // `allow-extension`: the bundle may export more than src/define.ts does (what the hydration module imports from it).
    rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { ...minify, chunkFileNames: 'reality-kit-[name].js' } },
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

/** `dist/standalone/<tag>.js`: one element, self-contained (Lit bundled in), for a page that shows only that one. */
const standalone = (tag: string): UserConfig => ({
  plugins: [templateMinifier(), importableInNode()],
  define: i18nDir('../i18n/'),
  build: {
    target: 'es2022',
    emptyOutDir: false,
    outDir: 'dist/standalone',
    lib: { entry: { [tag]: `src/define/${tag}.ts` }, formats: ['es'] },
    // Lit's hydration support beside it (`<tag>-lit-element-hydrate-support.js`), loaded only by pages with server-rendered elements.
    rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { ...minify, chunkFileNames: `${tag}-[name].js` } },
  },
});

export default defineConfig(({ mode }) => {
  if (mode === 'bundle') return singleFileBundle;
  if (mode === 'server') return serverBuild;
  const tag = mode.startsWith('standalone-') ? mode.slice('standalone-'.length) : null;
  if (tag && (TAGS as readonly string[]).includes(tag)) return standalone(tag);
  return packageBuild;
});
