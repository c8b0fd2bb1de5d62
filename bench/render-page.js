// One paired sample of the render benchmark, in a fresh page: `?tag=…&n=…&stories=shared|distinct`.
// The page renders the element twice: once as reality-kit (Lit) and once as its vanilla floor
// (`floor-<tag>`, bench/.out/floor-<tag>.js), in the order bench/render.mjs asks through `__run(impl)`. The
// benchmark reads the renderer's main-thread CPU time (CDP `Performance.getMetrics`, `ThreadTime`)
// around each call; the call itself returns the wall time beside it.
//
// What one call times: n elements created with their story, connected, rendered, and a forced layout.
// N = 1 also imports the module first (fetch, compile, evaluate, define: the cold single widget, from
// the element's self-contained file; bench/render.mjs gives each implementation a fresh context);
// for larger N both modules are imported before any clock starts, so the figure is the cost of the
// instances themselves. The stories are fetched and copied before any clock starts.
const params = new URLSearchParams(location.search);
// Without a tag the page is only a blank document of the right origin (the floor is captured there).
if (params.has('tag')) await main();

async function main() {
  const tag = params.get('tag');
  const n = Number(params.get('n'));
  const distinct = params.get('stories') === 'distinct';
  const cold = n === 1;
  // A cold page with one widget loads that element's self-contained file (what a publisher ships for
  // it); with many instances either module gives the same elements.
  const MODULES = { lit: cold ? `/dist/standalone/${tag}.js` : '/dist/reality-kit.js', floor: `/bench/.out/floor-${tag}.js` };
  const TAG = { lit: tag, floor: `floor-${tag}` };

  const reference = await (await fetch('/stories/story-export-curbs.json')).json();
  /**
   * Distinct stories: n different objects, each with its own id and claim text, as on a page of n
   * articles. The element validates and caches a story per object, so this is the case a shared story
   * hides; the floor reads the claim from the story it is given, so it shows the same texts.
   */
  const stories = distinct
    ? Array.from({ length: n }, (_, i) => {
        const story = structuredClone(reference);
        story.id = `${reference.id}-${i}`;
        story.claim.text = `${reference.claim.text} (${i})`;
        return story;
      })
    : Array.from({ length: n }, () => reference);
  if (!cold) await Promise.all(Object.values(MODULES).map((m) => import(m)));

  let box = null;

  /** Renders n instances with `impl` ('lit' | 'floor') and resolves with the wall time in ms. */
  window.__run = async (impl) => {
    box = document.createElement('div');
    const t0 = performance.now();
    if (cold) await import(MODULES[impl]);
    document.body.append(box);
    const elements = [];
    for (let i = 0; i < n; i++) {
      const el = document.createElement(TAG[impl]);
      el.story = stories[i];
      box.append(el);
      elements.push(el);
    }
    if (impl === 'lit') await Promise.all(elements.map((el) => el.updateComplete));
    void document.body.offsetHeight; // forced layout: style and layout are part of the cost
    return performance.now() - t0;
  };

  /** Every node the last run built (hosts, shadow roots' contents, text and comment nodes). */
  window.__nodes = () => {
    let count = 0;
    const walk = (node) => {
      for (const child of node.childNodes) {
        count += 1;
        walk(child);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    };
    walk(box);
    return count;
  };

  /** Takes the last run's elements off the page, so the next run lays out only its own. */
  window.__clear = () => {
    box.remove();
    box = null;
  };

  // A frame after loading, so the first run does not pay for the page's own first layout.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  window.__ready = true;
}
