// `reality-kit/ssr` with no framework (also the static-site-generator recipe of the README): a page
// written in Node with all five elements server-rendered, read without JavaScript, then taken over
// by the single-file bundle.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { TAGS } from '../../src/tags.js';
import { assert, check, openPage, settle, shadowCount, shadowText, stories, until } from './lib.mjs';

/** Server rendering in the reader's language: right to left, Latin script with long words, CJK. */
const LANGUAGES = ['ar', 'de', 'ja'];

/**
 * A static page (what a static site generator writes) with all five elements server-rendered in
 * `lang` (the page's language; the first element carries the story's and the language's scripts),
 * then the single-file bundle. Before the bundle runs, an inline script marks the server's nodes (to
 * tell a take-over from a re-render) and counts every change to the text of the shadow roots.
 */
function ssrPage(renderToString, story, lang) {
  const options = lang ? { lang } : {};
  const body = TAGS.map((tag, i) => renderToString(tag, { story, ...options, storyScript: i === 0, languageScript: i === 0, jsonLd: i === 0 })).join('\n');
  const dir = lang && /^(ar|he)\b/.test(lang) ? ' dir="rtl"' : '';
  return `<!doctype html><html lang="${lang ?? 'en'}"${dir}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>SSR</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/dist/reality-kit.css"></head>
<body style="margin:0 auto;max-width:60rem;padding:1rem;font-family:sans-serif"><h1>${story.headline.replace(/</g, '&lt;')}</h1>
${body}
<p id="after">The article goes on.</p>
<script>/* before the bundle */
window.__textChanges = 0;
for (const el of document.querySelectorAll('${TAGS.join(',')}')) {
  el.shadowRoot.querySelector('[part="base"]').dataset.server = '';
  new MutationObserver((records) => { window.__textChanges += records.length; }).observe(el.shadowRoot, { characterData: true, childList: true, subtree: true });
}</script>
<script type="module" src="/dist/reality-kit.js"></script></body></html>`;
}

/** The text a reader sees in each element's shadow root (styles left out). */
const shadowTexts = (page) =>
  page.evaluate((tags) => tags.map((t) => [...document.querySelector(t).shadowRoot.children].filter((n) => n.localName !== 'style').map((n) => n.textContent).join(' ')), TAGS);

/** Waits until every element is defined, updated and not busy. */
const allReady = (p) => until(p, (tags) => tags.every((t) => customElements.get(t) && document.querySelector(t).hasUpdated && !document.querySelector(t).hasAttribute('aria-busy')), TAGS);

export async function ssrChecks() {
  console.log('\n  reality-kit/ssr + reality-kit.js (no framework)');
  const { renderToString, renderToStream, renderJsonLdScript, toJsonLd } = await import('../../dist/ssr.js');
  const [story] = stories();
  story.claim.text += ' </script><!-- not markup';
  const page = ssrPage(renderToString, story);
  mkdirSync('.cache/frameworks/ssr', { recursive: true });
  writeFileSync('.cache/frameworks/ssr/index.html', page);
  for (const lang of LANGUAGES) writeFileSync(`.cache/frameworks/ssr/${lang}.html`, ssrPage(renderToString, story, lang));
  const { server, base } = await serveStatic({ mounts: [['/dist/', 'dist'], ['/', '.cache/frameworks/ssr']] });
  try {
    await check('ssr: the server output holds the claim, a source, a term, the choices and the question outside <script>', () => {
      const outside = page.replace(/<script\b[\s\S]*?<\/script>/g, '');
      for (const text of ['Amazon CEO Andy Jassy', story.sources[0].name, story.glossary[0].term, story.read.choices[0].label, story.prediction.question.slice(0, 40)]) {
        assert(outside.includes(text.replace(/'/g, '&#39;')) || outside.includes(text), `not in the server HTML: ${text}`);
      }
      assert(page.includes('shadowrootmode="open"'), 'no declarative shadow root');
      assert(!/<\/script><!-- not markup/.test(page.match(/<script type="application\/json"[\s\S]*?<\/script>/)[0].slice(0, -9)), 'story text ended the JSON script');
    });

    await check('ssr: the single-file bundle and a standalone module import in Node without throwing, defining nothing', () => {
      for (const file of ['dist/reality-kit.js', 'dist/standalone/vote-widget.js']) {
        const script = `const m = await import('./${file}'); console.log(typeof m.VoteWidget, typeof globalThis.customElements);`;
        const out = execFileSync('node', ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim();
        assert(out === 'function undefined', `${file}: ${out}`);
      }
    });

    await check('ssr: JSON-LD script parses back to toJsonLd(story), `</script>` in the text escaped', () => {
      const script = renderJsonLdScript(story);
      const inner = script.slice(script.indexOf('>') + 1, -'</script>'.length);
      assert(!inner.includes('</script'), 'a </script> inside the JSON-LD');
      assert(JSON.stringify(JSON.parse(inner)) === JSON.stringify(toJsonLd(story)), 'the JSON-LD does not parse back');
    });

    await check('ssr: renderToStream gives the same HTML as renderToString', async () => {
      let streamed = '';
      for await (const chunk of renderToStream('vote-widget', { story })) streamed += chunk;
      assert(streamed === renderToString('vote-widget', { story }), 'stream and string differ');
    });

    await check('ssr: the element\'s own texts can be replaced (strings), as on the client', () => {
      const html = renderToString('reality-meter', { story, strings: { why: 'How was this scored?' } });
      assert(html.includes('How was this scored?') && !html.includes('Why this score?'), 'strings not applied');
    });

    await check('ssr: invalid story renders the error state, never the input', () => {
      const html = renderToString('reality-meter', { story: '{"version":1,"id":"x<b>"' });
      assert(html.includes('part="error"'), 'no error part');
      assert(!html.includes('<b>'), 'the input leaked as markup');
    });

    await check('ssr: readable without JavaScript (declarative shadow DOM)', async () => {
      const { page: p, close } = await openPage(`${base}/`, { javaScriptEnabled: false });
      try {
        const text = await p.evaluate(() => [...document.querySelectorAll('*')].map((el) => el.shadowRoot?.textContent ?? '').join(' '));
        for (const needle of [story.sources[0].name, story.glossary[0].term, story.read.choices[0].label]) assert(text.includes(needle), `not shown: ${needle}`);
      } finally {
        await close();
      }
    });

    for (const width of [360, 800, 1280]) {
      await check(`ssr: the bundle takes the HTML over at ${width}px: no duplicate, no message, CLS < 0.01, the vote works`, async () => {
        const { page: p, messages, close } = await openPage(`${base}/`, { width });
        try {
          await allReady(p);
          await settle(p);
          for (const tag of TAGS) assert((await shadowCount(p, tag, '[part="base"]')) === 1, `${tag}: ${await shadowCount(p, tag, '[part="base"]')} base parts`);
          assert((await shadowCount(p, 'vote-widget', '[part="choice"]')) === story.read.choices.length, 'choices duplicated');
          assert((await shadowText(p, 'reality-meter', '[part="claim"]')) === story.claim.text, 'claim text changed');
          for (const tag of TAGS) assert((await shadowCount(p, tag, '[part="base"][data-server]')) === 1, `${tag} rendered again instead of taking the server's HTML over`);
          await p.evaluate(() => {
            window.__votes = [];
            document.addEventListener('vote-cast', (e) => window.__votes.push(e.detail.choice));
          });
          await p.locator('vote-widget').locator('button[part="choice"]').first().click();
          await until(p, () => window.__votes.length === 1);
          const pressed = await p.evaluate(() => document.querySelector('vote-widget').shadowRoot.querySelector('[aria-pressed="true"]')?.textContent.trim());
          assert(pressed === story.read.choices[0].label, `pressed: ${pressed}`);
          await p.locator('prediction-card').locator('input').first().fill('40');
          await p.evaluate(() => {
            window.__forecasts = [];
            document.addEventListener('prediction-submit', (e) => window.__forecasts.push(e.detail.probability));
          });
          await p.locator('prediction-card').locator('[part="submit"]').click();
          await until(p, () => window.__forecasts.length === 1);
          const cls = await p.evaluate(() => window.__cls);
          assert(cls < 0.01, `CLS ${cls}`);
          assert(messages.length === 0, `console: ${messages.join(' | ')}`);
          console.log(`      width ${width}: CLS ${cls.toFixed(4)}, ${messages.length} console messages`);
        } finally {
          await close();
        }
      });
    }

    await check('ssr: a returning reader (vote remembered) gets their own state, rendered afresh without a message', async () => {
      const { page: p, messages, close } = await openPage(`${base}/`);
      try {
        await until(p, () => customElements.get('vote-widget') && document.querySelector('vote-widget').hasUpdated);
        await p.locator('vote-widget').locator('button[part="choice"]').first().click();
        await until(p, () => document.querySelector('vote-widget').shadowRoot.querySelector('[part="results"]'));
        await p.reload({ waitUntil: 'load' });
        await until(p, () => document.querySelector('vote-widget')?.hasUpdated && document.querySelector('vote-widget').shadowRoot.querySelector('[part="results"]'));
        assert((await shadowCount(p, 'vote-widget', '[part="base"]')) === 1, 'duplicated content');
        const pressed = await p.evaluate(() => document.querySelector('vote-widget').shadowRoot.querySelector('[aria-pressed="true"]')?.textContent.trim());
        assert(pressed === story.read.choices[0].label, `pressed: ${pressed}`);
        assert((await shadowCount(p, 'vote-widget', 'style')) >= 1 || (await p.evaluate(() => document.querySelector('vote-widget').shadowRoot.adoptedStyleSheets.length)) >= 1, 'styles lost');
        await settle(p);
        assert(messages.length === 0, `console: ${messages.join(' | ')}`);
      } finally {
        await close();
      }
    });

    for (const lang of LANGUAGES) await languageChecks(base, lang, story);
  } finally {
    server.close();
  }
}

/**
 * A language's named tables from its source (src/i18n/locales/<lang>.ts, plain data once its types
 * are stripped): what the texts should be, independent of the build, which ships them packed.
 */
async function languageSource(lang) {
  const { transform } = await import('esbuild');
  const { code } = await transform(readFileSync(new URL(`../../src/i18n/locales/${lang}.ts`, import.meta.url), 'utf8'), { loader: 'ts', format: 'esm' });
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default;
}

/**
 * `renderToString(tag, { story, lang })`: the server HTML holds the language's texts (from its shipped
 * module) and, for Arabic, right-to-left markup; the bundle then takes it over without changing a
 * character (no flash of English while the language module would load), with no message, no
 * duplicate and no layout shift, and the vote works.
 */
async function languageChecks(base, lang, story) {
  const language = await languageSource(lang);
  const html = readFileSync(`.cache/frameworks/ssr/${lang}.html`, 'utf8');
  const rtl = lang === 'ar';
  await check(`ssr ${lang}: the server HTML is in ${lang}${rtl ? ', right to left' : ''}`, () => {
    const outside = html.replace(/<script\b[\s\S]*?<\/script>/g, '');
    const texts = [language['reality-meter'].why, language['source-list'].label, language['glossary-list'].label, language['prediction-card'].submit];
    for (const text of texts) assert(outside.includes(text.replace(/'/g, '&#39;')), `not in the server HTML: ${text}`);
    for (const english of ['Why this score?', 'Submit forecast']) assert(!outside.includes(english), `English left in the ${lang} HTML: ${english}`);
    for (const tag of TAGS) assert(new RegExp(`<${tag}\\b[^>]*\\slang="${lang}"[^>]*\\sdir="${rtl ? 'rtl' : 'ltr'}"`).test(outside), `<${tag}> lacks lang="${lang}" dir="${rtl ? 'rtl' : 'ltr'}"`);
    const bases = outside.match(/part="base"[^>]*dir="(\w+)"|dir="(\w+)"[^>]*part="base"/g) ?? [];
    assert(bases.length === TAGS.length && bases.every((b) => b.includes(`dir="${rtl ? 'rtl' : 'ltr'}"`)), `base parts: ${bases.join(' | ')}`);
    assert(html.includes(`id="reality-kit-language-${lang}"`), 'no language script for the client');
  });

  await check(`ssr ${lang}: the bundle takes it over in ${lang}: not a character changed, no message, no duplicate, CLS < 0.01, the vote works`, async () => {
    const { page: p, messages, close } = await openPage(`${base}/${lang}.html`);
    try {
      const before = await shadowTexts(p);
      await allReady(p);
      await settle(p);
      const after = await shadowTexts(p);
      for (const [i, tag] of TAGS.entries()) assert(after[i] === before[i], `${tag} changed its text:\n${before[i]}\n→ ${after[i]}`);
      assert((await p.evaluate(() => window.__textChanges)) === 0, `${await p.evaluate(() => window.__textChanges)} changes to the shadow roots' text`);
      for (const tag of TAGS) assert((await shadowCount(p, tag, '[part="base"][data-server]')) === 1 && (await shadowCount(p, tag, '[part="base"]')) === 1, `${tag} rendered again or twice`);
      const cls = await p.evaluate(() => window.__cls);
      await p.evaluate(() => {
        window.__votes = [];
        document.addEventListener('vote-cast', (e) => window.__votes.push(e.detail.choice));
      });
      await p.locator('vote-widget').locator('button[part="choice"]').first().click();
      await until(p, () => window.__votes.length === 1);
      await until(p, (text) => document.querySelector('vote-widget').shadowRoot.querySelector('[part="status"]')?.textContent.trim() === text, language['vote-widget'].saved);
      assert(cls < 0.01, `CLS ${cls}`);
      assert(messages.length === 0, `console: ${messages.join(' | ')}`);
      console.log(`      ${lang}: CLS ${cls.toFixed(4)}, ${messages.length} console messages, 0 text changes on take-over`);
      if (process.env.SSR_SCREENSHOTS) await p.screenshot({ path: `.cache/frameworks/ssr-${lang}.png`, fullPage: true });
    } finally {
      await close();
    }
  });
}
