// Client side of the Vue SSR recipe: the elements are defined before Vue hydrates, so each one has
// its story (set by Vue during hydration) before its first render, and takes the server's HTML over.
import 'reality-kit/define.js';
import { createSSRApp } from 'vue';
import SsrApp from './SsrApp.vue';

createSSRApp(SsrApp).mount('#app');
