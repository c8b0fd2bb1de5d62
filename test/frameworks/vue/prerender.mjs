// Server rendering at build time (what a Vue SSR server does per request): the app's HTML, with each
// element's declarative shadow root, goes into the built page, which the client then hydrates.
import { readFileSync, writeFileSync } from 'node:fs';
import { render } from './dist-server/server.js';

const page = readFileSync('dist/ssr.html', 'utf8');
writeFileSync('dist/ssr.html', page.replace('<!--app-->', await render()));
