// Server rendering at build time: the app's HTML (with the elements' declarative shadow DOM) goes
// into the built page, which the client then hydrates.
import { readFileSync, writeFileSync } from 'node:fs';
import { render } from './dist-server/server.js';

const page = readFileSync('dist/index.html', 'utf8');
writeFileSync('dist/index.html', page.replace('<!--app-->', render()));
