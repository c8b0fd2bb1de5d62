import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue renders tags with a dash as custom elements, not as Vue components (on the server too).
// Two pages: the client-rendered app (index.html) and the server-rendered one (ssr.html).
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
  build: { rolldownOptions: { input: { main: 'index.html', ssr: 'ssr.html' } } },
});
