// What every framework app must do in Chromium (test/frameworks/<app>/src): the same page in each
// framework, driven the same way. The app shows <reality-meter>, <vote-widget> and <prediction-card>
// given the first story by property, logs the events it receives in `window.__events`, answers a vote
// with `waitUntil(Promise.resolve({ counts: { [choice]: 500 } }))`, and has two buttons: #swap (the
// other story) and #toggle (unmount, then mount again).
import { assert, check, openPage, settle, shadowCount, shadowText, stories, until } from './lib.mjs';

const TAGS = ['reality-meter', 'vote-widget', 'prediction-card'];

const events = (page, type) => page.evaluate((t) => (window.__events ?? []).filter((e) => e.type === t), type);
const ready = (page) =>
  until(page, (tags) => tags.every((t) => document.querySelector(t)?.hasUpdated && !document.querySelector(t).hasAttribute('aria-busy')), TAGS);

export async function clientScenario(base, app) {
  const [a, b] = stories();
  const name = app.name;
  const url = `${base}${app.page ?? '/'}`;

  if (app.ssr) {
    await check(`${name}: server-rendered HTML holds the claim, a source, a term, the choices and the question outside <script>`, async () => {
      const html = await (await fetch(url)).text();
      const outside = html.replace(/<script\b[\s\S]*?<\/script>/g, '');
      assert(outside.includes('shadowrootmode="open"'), 'no declarative shadow DOM');
      for (const text of [a.claim.text.slice(0, 40), a.read.choices[0].label, a.prediction.question.slice(0, 40)]) assert(outside.includes(text), `missing: ${text}`);
    });
  }

  const { page, messages, close } = await openPage(url);
  try {
    await check(`${name}: renders the story given by property${app.ssr ? ', taking the server HTML over' : ''}`, async () => {
      await ready(page);
      await settle(page);
      assert((await shadowText(page, 'reality-meter', '[part="claim"]')) === a.claim.text, 'the claim is not shown');
      for (const tag of TAGS) assert((await shadowCount(page, tag, '[part="base"]')) === 1, `${tag}: duplicated content`);
      if (app.ssr) {
        for (const tag of TAGS) assert((await shadowCount(page, tag, '[part="base"][data-server]')) === 1, `${tag} rendered again instead of hydrating`);
        const cls = await page.evaluate(() => window.__cls);
        assert(cls < 0.01, `CLS ${cls}`);
        console.log(`      after hydration: CLS ${cls.toFixed(4)}, ${messages.length} console messages`);
      }
      const loads = await events(page, 'story-load');
      assert(loads.some((e) => e.id === a.id), `story-load handler: ${JSON.stringify(loads)}`);
    });

    if (app.language) {
      await check(`${name}: a glossary under lang="de" has the German texts the app registered from reality-kit/i18n/de/glossary-list.js`, async () => {
        await until(page, () => document.querySelector('#german')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-label') === 'Glossar');
      });
    }

    if (app.plainTag) {
      await check(`${name}: a plain <glossary-list> tag gets its story property and its listener`, async () => {
        await until(page, () => document.querySelector('glossary-list')?.shadowRoot?.querySelector('[part="term"]'));
        assert((await events(page, 'plain-story-load')).length >= 1, 'no story-load from the plain tag');
      });
    }

    await check(`${name}: a vote reaches the handler with its detail; waitUntil's counts are shown`, async () => {
      await page.locator('vote-widget').locator('button[part="choice"]').first().click();
      await until(page, () => (window.__events ?? []).some((e) => e.type === 'vote-cast'));
      const [vote] = await events(page, 'vote-cast');
      assert(vote.choice === a.read.choices[0].id && vote.previous === null, `detail: ${JSON.stringify(vote)}`);
      await until(page, () => /500/.test(document.querySelector('vote-widget').shadowRoot.querySelector('[part="results"]')?.textContent ?? ''));
    });

    await check(`${name}: a forecast reaches the handler with its probability`, async () => {
      await page.locator('prediction-card').locator('input').first().fill('40');
      await page.locator('prediction-card').locator('[part="submit"]').click();
      await until(page, () => (window.__events ?? []).some((e) => e.type === 'prediction-submit'));
      const [forecast] = await events(page, 'prediction-submit');
      assert(Math.abs(forecast.probability - 0.4) < 1e-9, `probability ${forecast.probability}`);
    });

    await check(`${name}: a new story object replaces the old one`, async () => {
      await page.click('#swap');
      await until(page, (claim) => document.querySelector('reality-meter').shadowRoot.querySelector('[part="claim"]')?.textContent.trim() === claim, b.claim.text);
      const labels = await page.evaluate(() => [...document.querySelector('vote-widget').shadowRoot.querySelectorAll('[part="choice"]')].map((c) => c.textContent.trim()));
      assert(JSON.stringify(labels) === JSON.stringify(b.read.choices.map((c) => c.label)), `choices: ${labels}`);
      assert((await events(page, 'story-load')).some((e) => e.id === b.id), 'no story-load for the new story');
    });

    await check(`${name}: unmount and mount again`, async () => {
      await page.click('#toggle');
      await until(page, () => !document.querySelector('vote-widget'));
      await page.click('#toggle');
      await ready(page);
      assert((await shadowText(page, 'reality-meter', '[part="claim"]')) === b.claim.text, 'the remounted meter lost its story');
      assert((await shadowCount(page, 'vote-widget', '[part="choice"]')) === b.read.choices.length, 'the remounted widget lost its story');
    });

    // The README's rule "replace the story object, do not mutate it": a story changed in place is not
    // seen (Lit compares by identity, the parsed story is cached per object), even on a re-render.
    await check(`${name}: a story object mutated in place changes nothing on screen (replace it instead)`, async () => {
      const shown = await page.evaluate(async () => {
        const meter = document.querySelector('reality-meter');
        meter.story.claim.text = 'Changed in place';
        meter.requestUpdate();
        await meter.updateComplete;
        return meter.shadowRoot.querySelector('[part="claim"]').textContent.trim();
      });
      assert(shown === b.claim.text, `the meter shows: ${shown}`);
    });

    await check(`${name}: no console message`, async () => {
      await settle(page, 300);
      assert(messages.length === 0, messages.join(' | '));
    });
  } finally {
    await close();
  }
}
