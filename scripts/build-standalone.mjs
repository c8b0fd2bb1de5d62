// `dist/standalone/<tag>.js`: one self-contained module per element (vite.config.ts, mode
// `standalone-<tag>`). One Vite build each, because a single-file output holds one entry; run in one
// process, which saves Vite's start-up four times over.
import { build } from 'vite';
import { TAGS } from '../src/tags.js';

for (const tag of TAGS) await build({ mode: `standalone-${tag}`, logLevel: 'warn' });
