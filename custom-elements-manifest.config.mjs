// Custom Elements Manifest: the API of the five elements, read from their classes' JSDoc.
// Storybook's docs tables, the README's API section, the package's `customElements` and the framework
// typings (React JSX, Vue, Svelte; generated below from this manifest) use it.
import { readFileSync, writeFileSync } from 'node:fs';
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
      rewrite('svelte.d.ts', (text) =>
        (eventsImport + text.replace(/^(\s*)"on:([\w-]+)"(.*)$/gm, '$1"on:$2"$3\n$1"on$2"$3').replace(/"bind:(\w+)"/g, '$1')).replace(
          /^declare namespace svelteHTML \{([\s\S]*?)^\}/m,
          'declare global {\n  namespace svelteHTML {$1  }\n}',
        ),
      );
    },
  };
}

export default {
  globs: ['src/*/*.ts'],
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
    frameworkTypings(),
  ],
};
