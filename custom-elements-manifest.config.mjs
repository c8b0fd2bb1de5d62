// Custom Elements Manifest: the API of the five elements, read from their classes' JSDoc.
// Storybook's docs tables, the README's API section and the package's `customElements` use it.

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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [publicMembersOnly()],
};
