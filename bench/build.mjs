// Builds a bench entry with Vite the way the library is built (library mode, minified, one file).
import { build } from 'vite';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

export const OUT = join(ROOT, 'bench/.out');

/** Builds `bench/entries/NAME.ts` to `bench/.out/NAME.js`; `external` keeps packages out. */
export async function buildEntry(name, external = []) {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      outDir: OUT,
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: { [name]: join(ROOT, `bench/entries/${name}.ts`) }, formats: ['es'] },
      rolldownOptions: { external, output: { minify: true, comments: false, codeSplitting: false } },
    },
  });
  return join(OUT, `${name}.js`);
}
