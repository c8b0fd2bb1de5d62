/**
 * `vite build` writes the package's modules (Lit and zod left as dependencies) plus
 * `story.schema.json`; `vite build --mode bundle` writes `reality-kit.js`, the self-contained
 * single file a publisher loads with one script tag. `npm run build` runs both.
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { toJSONSchema } from 'zod/mini';
import { storySchema } from './src/story/schema.js';

/** The JSON Schema publishers validate stories with in their CMS, generated from the zod schema. */
function storyJsonSchema(): Plugin {
  return {
    name: 'reality-kit:story-schema',
    generateBundle() {
      const schema = {
        ...toJSONSchema(storySchema, { io: 'input', unrepresentable: 'any' }),
        title: 'reality-kit story, version 1',
        description:
          'The story JSON read by reality-kit elements (STORY-FORMAT.md). Cross-field rules (unique ids, evidence sources that exist, counts for known choices, unique glossary terms) are checked by the library, not by this schema.',
      };
      this.emitFile({ type: 'asset', fileName: 'story.schema.json', source: `${JSON.stringify(schema, null, 2)}\n` });
    },
  };
}

const minify = { minify: true, comments: false } as const;

export default defineConfig(({ mode }): UserConfig =>
  mode === 'bundle'
    ? {
        build: {
          emptyOutDir: false,
          lib: { entry: { 'reality-kit': 'src/define.ts' }, formats: ['es'] },
          rolldownOptions: { output: { ...minify, codeSplitting: false } },
        },
      }
    : {
        plugins: [storyJsonSchema()],
        build: {
          lib: { entry: { index: 'src/index.ts', core: 'src/core/index.ts' }, formats: ['es'] },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
            output: { ...minify, chunkFileNames: 'chunks/[name]-[hash].js' },
          },
        },
      },
);
