// `dist/standalone/<tag>.js`: one self-contained module per element (vite.config.ts, mode
// `standalone-<tag>`). One Vite build each, because a single-file output holds one entry; run in one
// process, which saves Vite's start-up four times over.
import { build } from 'vite';

const ELEMENTS = ['reality-meter', 'source-list', 'glossary-list', 'vote-widget', 'prediction-card'];
for (const tag of ELEMENTS) await build({ mode: `standalone-${tag}`, logLevel: 'warn' });
