// Custom Elements Manifest: the API of the five elements, read from their classes' JSDoc.
// Storybook's docs tables, the README's API section, the package's `customElements` and the framework
// typings (React JSX, Vue, Svelte; generated below from this manifest) use it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { modulePathResolverPlugin } from '@wc-toolkit/module-path-resolver';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/** The analyzer lists private members (`#x`, `_x`, `@state`) too; the manifest is the public API only. */
function publicMembersOnly() {
  return {
    name: 'reality-kit:public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.members) continue;
          decl.members = decl.members.filter(
            (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') && !m.name.startsWith('_') && !m.static,
          );
        }
      }
    },
  };
}

/**
 * React JSX, Vue and Svelte typings of the tags, generated from the manifest (dist/types/frameworks/).
 * The JSX generator types a handler's argument as the event class itself (`VoteCastEvent`); the Vue
 * and Svelte generators wrap the manifest's event type in `CustomEvent<…>` as the *detail*, so they
 * get `VoteCastEvent["detail"]` (and the import of the event classes that the generators leave out
 * for such a type) and Vue's listener props are camel-cased (`onVoteCast`). Svelte sets a property
 * the element has (`story={story}`): typed as a plain prop, not `bind:story`. Svelte 5 spells a listener `onvote-cast`, Svelte 4 `on:vote-cast`: both are typed.
 */
function frameworkTypings() {
  const outdir = 'dist/types/frameworks';
  const componentTypePath = (_name, tag) => `../define/${tag}.js`;
  const common = { outdir, componentTypePath, hideLogs: true };
  const eventsImport = "import type { StoryLoadEvent, StoryErrorEvent, VoteCastEvent, PredictionSubmitEvent } from '../events.js';\n";
  const rewrite = (file, change) => writeFileSync(`${outdir}/${file}`, change(readFileSync(`${outdir}/${file}`, 'utf8')));
  return {
    name: 'reality-kit:framework-typings',
    packageLinkPhase({ customElementsManifest }) {
      generateJsxTypes(customElementsManifest, { ...common, fileName: 'jsx.d.ts', stronglyTypedEvents: true });
      const details = structuredClone(customElementsManifest);
      for (const mod of details.modules) for (const decl of mod.declarations ?? []) for (const event of decl.events ?? []) if (event.type) event.type.text = `${event.type.text}["detail"]`;
      generateVuejsTypes(details, { ...common, fileName: 'vue.d.ts' });
      generateSvelteTypes(details, { ...common, fileName: 'svelte.d.ts' });
      // The generators leave the event classes unimported (skipLibCheck would hide it: handlers typed `any`).
      // Only React's JSX (and the global one): augmenting modules a user has not installed (preact,
      // solid-js, …) is an error wherever `skipLibCheck` is off.
      rewrite('jsx.d.ts', (text) => eventsImport + text.replace(/^declare module "(?!react"|react\/)[^"]+" \{\n[\s\S]*?^\}\n/gm, ''));
      // Vue's templates compile `@vote-cast` to the prop `onVoteCast`: that is the name to type.
      const vueListener = (_match, name) => `on${name.replace(/(^|-)(\w)/g, (_m, _dash, c) => c.toUpperCase())}?:`;
      rewrite('vue.d.ts', (text) => eventsImport + text.replace(/"on([a-z][\w-]*)"\?:/g, vueListener));
      // The file is a module (it imports the classes): `svelteHTML` must be declared global to count.
      // The generator's base props borrow JSX's types, which a Svelte project lacks (an error wherever
      // `skipLibCheck` is off): Svelte's own snippet type for children, a string for `style`.
      rewrite('svelte.d.ts', (text) =>
        (
          eventsImport +
          text
            .replace('children?: JSX.Element;', "children?: import('svelte').Snippet;")
            .replace('style?: JSX.CSSProperties;', 'style?: string;')
            .replace(/^(\s*)"on:([\w-]+)"(.*)$/gm, '$1"on:$2"$3\n$1"on$2"$3')
            .replace(/"bind:(\w+)"/g, '$1')
        ).replace(/^declare namespace svelteHTML \{([\s\S]*?)^\}/m, 'declare global {\n  namespace svelteHTML {$1  }\n}'),
      );
    },
  };
}

/** The package's entry points with a manifest entry of their own: their source, and the file that ships. */
const ENTRIES = [
  ['src/core/index.ts', 'dist/core.js'],
  ['src/index.ts', 'dist/index.js'],
  ['src/server/index.ts', 'dist/server.js'],
];

/**
 * The runtime names an entry re-exports, each with the source module that declares it, following
 * `export { a, type B } from './x.js'` and `export * from './y.js'` (the only forms the entries use).
 */
function runtimeExports(file) {
  const names = new Map();
  const text = readFileSync(file, 'utf8');
  for (const [, list, from] of text.matchAll(/^export\s+(\*|\{[^}]*\})\s+from\s+'([^']+)'/gm)) {
    const source = join(dirname(file), from).replace(/\.js$/, '.ts');
    if (list === '*') {
      const nested = source.endsWith('/index.ts') ? runtimeExports(source) : null;
      if (nested) for (const [name, module] of nested) names.set(name, module);
      continue;
    }
    for (const item of list.slice(1, -1).split(',').map((s) => s.trim()).filter(Boolean)) {
      if (item.startsWith('type ')) continue; // a type has no declaration in the manifest
      const [name, alias = name] = item.split(/\s+as\s+/);
      names.set(alias, source);
    }
  }
  return names;
}

/**
 * The manifest ships in the package, so every module it lists is a file the package ships: each
 * element's module (`dist/<tag>.js`, from the module-path resolver above) and the entry points
 * (`dist/index.js`, `dist/core.js`, `dist/server.js`) with the declarations they export. The source
 * files behind them (`src/…`) are not in the package: their declarations move to the entry that
 * exports them, and a module nothing public exports (controllers, styles) is left out.
 */
function shippedModulesOnly() {
  return {
    name: 'reality-kit:shipped-modules-only',
    packageLinkPhase({ customElementsManifest }) {
      const sources = new Map(customElementsManifest.modules.map((mod) => [mod.path, mod]));
      /** Element classes: their source path → the shipped module that declares them. */
      const elementModule = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const exp of mod.exports ?? []) if (exp.kind === 'js' && exp.declaration.module?.startsWith('src/') && mod.path.startsWith('dist/')) elementModule.set(exp.declaration.module, mod.path);
      }
      /** `source|name` → the shipped module that declares it: a name two entries export is declared once. */
      const declaredIn = new Map();
      const entries = ENTRIES.map(([source, path]) => {
        const declarations = [];
        const exports = [];
        for (const [name, from] of runtimeExports(source)) {
          const shipped = elementModule.get(from) ?? declaredIn.get(`${from}|${name}`);
          const declaration = sources.get(from)?.declarations?.find((d) => d.name === name);
          if (shipped) exports.push({ kind: 'js', name, declaration: { name, module: shipped } });
          else if (declaration) {
            declarations.push(declaration);
            declaredIn.set(`${from}|${name}`, path);
            exports.push({ kind: 'js', name, declaration: { name, module: path } });
          }
        }
        return { kind: 'javascript-module', path, declarations, exports };
      });
      const exportedBy = new Map();
      for (const entry of entries) for (const exp of entry.exports) if (!exportedBy.has(exp.name)) exportedBy.set(exp.name, exp.declaration.module);
      // One module per shipped file: the resolver gives an element's class and its definition
      // (`customElements.define`) a module each, with the same path.
      const shipped = new Map();
      for (const mod of [...customElementsManifest.modules.filter((m) => m.path.startsWith('dist/')), ...entries]) {
        const same = shipped.get(mod.path);
        if (!same) shipped.set(mod.path, { ...mod, declarations: [...(mod.declarations ?? [])], exports: [...(mod.exports ?? [])] });
        else {
          same.declarations.push(...(mod.declarations ?? []));
          same.exports.push(...(mod.exports ?? []));
        }
      }
      customElementsManifest.modules = [...shipped.values()];
      // Any reference still naming a source file (an element's export of its own class, a type's
      // origin) now names the shipped module that exports the same name, or drops the module it cannot name.
      const visit = (node) => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node !== 'object') return;
        if (typeof node.module === 'string' && node.module.startsWith('src/')) {
          const shipped = elementModule.get(node.module) ?? exportedBy.get(node.name);
          if (shipped) node.module = shipped;
          else delete node.module;
        }
        Object.values(node).forEach(visit);
      };
      visit(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/*/*.ts', 'src/events.ts'],
  exclude: ['src/**/*.styles.ts', 'src/define/**', 'src/ssr/**', 'src/react/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    publicMembersOnly(),
    // The manifest ships in the package: its module paths name the files the package ships.
    modulePathResolverPlugin({
      modulePathTemplate: (path, _name, tag) => (tag ? `dist/${tag}.js` : path.replace(/^src\/(.*)\.ts$/, 'dist/types/$1.d.ts')),
      definitionPathTemplate: (_path, _name, tag) => `dist/${tag}.js`,
      typeDefinitionPathTemplate: (_path, _name, tag) => `dist/types/define/${tag}.d.ts`,
    }),
    shippedModulesOnly(),
    frameworkTypings(),
  ],
};
