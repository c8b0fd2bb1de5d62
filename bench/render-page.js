// One sample of the render benchmark, in a fresh page: `?impl=lit|floor&tag=…&n=…`. Times module
// evaluation (defining the element) + creating n instances with the reference story + rendering +
// a forced layout, and counts the DOM nodes it built. The story is fetched before the clock starts.
const params = new URLSearchParams(location.search);
const impl = params.get('impl');
const tag = params.get('tag');
const n = Number(params.get('n'));
// Without `impl` the page is only a blank document from the right origin (the floor is captured there).
if (impl !== 'lit' && impl !== 'floor') throw new Error('no impl: nothing to measure');
const story = await (await fetch('/stories/story-export-curbs.json')).json();
const box = document.createElement('div');
document.body.append(box);
await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

const t0 = performance.now();
await import(impl === 'lit' ? '/dist/reality-kit.js' : '/bench/.out/floor.js');
const elements = [];
for (let i = 0; i < n; i++) {
  const el = document.createElement(tag);
  el.story = story;
  box.append(el);
  elements.push(el);
}
if (impl === 'lit') await Promise.all(elements.map((el) => el.updateComplete));
void document.body.offsetHeight; // forced layout
const ms = performance.now() - t0;

let nodes = 0;
const count = (root) => {
  for (const node of root.querySelectorAll('*')) {
    nodes += 1 + node.childNodes.length;
    if (node.shadowRoot) count(node.shadowRoot);
  }
};
count(document);
window.__result = { ms, nodes };
