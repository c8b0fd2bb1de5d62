import 'reality-kit/define.js';
import { registerLanguage } from 'reality-kit';
// The README's recipe for a bundler app: register the texts it shows, here one element's in German.
import deGlossary from 'reality-kit/i18n/de/glossary-list.js';
import { mount } from 'svelte';
import App from './App.svelte';

registerLanguage('de', deGlossary);
mount(App, { target: document.getElementById('app')! });
