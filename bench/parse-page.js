// One sample of the parse benchmark, in a fresh page: the first call of JSON.parse + validation of
// the reference story (cold: the validator's first run), then warm loops of each against
// JSON.parse alone. The module is loaded before any clock starts.
const { parseStoryJson } = await import('/bench/.out/parse.js');
const text = await (await fetch('/stories/story-export-curbs.json')).text();

let t = performance.now();
const first = parseStoryJson(text);
const firstParse = performance.now() - t;
t = performance.now();
JSON.parse(text);
const firstJson = performance.now() - t;
if (!first.ok) throw new Error('the reference story did not validate');

const loop = (fn, n) => {
  const start = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - start) / n;
};
for (let i = 0; i < 200; i++) parseStoryJson(text); // warm up both paths
const ITER = 2000;
const warmJson = loop(() => JSON.parse(text), ITER);
const warmParse = loop(() => parseStoryJson(text), ITER);
window.__result = { firstParse, firstJson, warmParse, warmJson };
