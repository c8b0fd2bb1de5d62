// Server side of the Vue SSR recipe: Vue renders the app, reality-kit/ssr each element's shadow root.
import { renderShadowRoot } from 'reality-kit/ssr';
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import SsrApp from './SsrApp.vue';

export function render(): Promise<string> {
  return renderToString(createSSRApp(SsrApp, { shadow: (tag: Parameters<typeof renderShadowRoot>[0], story: unknown) => renderShadowRoot(tag, { story }) }));
}
