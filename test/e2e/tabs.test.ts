// Two tabs of one article are one reader: a vote in one tab shows in the other within a second, the
// other tab's next vote carries the right `previous`, and a tab restored from the back/forward cache
// re-reads what happened while it was away.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import { parts, sleep, until } from '../support/helpers.js';

const tab = (payload: Record<string, unknown>) => executeServerCommand<unknown, Record<string, unknown>>('second-tab', payload);
/** Evaluates `script` in the second tab and returns its value. */
const there = async <T>(script: string) => ((await tab({ action: 'eval', script })) as { value: T }).value;
const pressedThere = () =>
  there<string[]>( `[...document.querySelector('vote-widget').shadowRoot.querySelectorAll('[part~="choice"]')].map((b) => b.getAttribute('aria-pressed'))`);
const pressedHere = (el: Element) => parts(el, 'choice').map((b) => b.getAttribute('aria-pressed'));

async function untilThere(expected: string[], ms = 1000): Promise<string[]> {
  let seen: string[] = [];
  const start = performance.now();
  while (performance.now() - start < ms) {
    seen = await pressedThere();
    if (JSON.stringify(seen) === JSON.stringify(expected)) break;
    await sleep(50);
  }
  return seen;
}

describe('two tabs, one reader', () => {
  before(() => localStorage.clear());
  after(async () => {
    await tab({ action: 'close' });
    localStorage.clear();
  });

  it('a vote in one tab shows in the other within a second; its next vote says previous', async function () {
    this.timeout(20_000);
    await tab({ action: 'open', path: '/test/e2e/pages/reader-tab.html' });
    expect(await untilThere(['false', 'false', 'false'], 5000)).to.deep.equal(['false', 'false', 'false']);
    // This tab shows the same story, given as a property.
    const story = await there<unknown>(`JSON.parse(document.getElementById('two-tabs').textContent)`);
    const el = document.createElement('vote-widget');
    el.story = story;
    document.body.append(el);
    await el.updateComplete;
    (parts(el, 'choice')[0] as HTMLButtonElement).click();
    expect(await untilThere(['true', 'false', 'false'])).to.deep.equal(['true', 'false', 'false']);
    await there(`document.querySelector('vote-widget').shadowRoot.querySelectorAll('[part~="choice"]')[1].click()`);
    expect(await there('window.__casts')).to.deep.equal([{ choice: 'overhyped', previous: 'holds-up' }]);
    await until(() => pressedHere(el)[1] === 'true', 1000);
    expect(pressedHere(el)).to.deep.equal(['false', 'true', 'false']);
    el.remove();
  });

  it('a tab restored from the back/forward cache re-reads the state', async function () {
    this.timeout(20_000);
    const story = await there<unknown>(`JSON.parse(document.getElementById('two-tabs').textContent)`);
    await tab({ action: 'goto', path: '/test/e2e/pages/no-request.html' });
    const el = document.createElement('vote-widget');
    el.story = story;
    document.body.append(el);
    await el.updateComplete;
    (parts(el, 'choice')[2] as HTMLButtonElement).click();
    await el.updateComplete;
    await tab({ action: 'back' });
    expect(await there('window.__restored')).to.equal(true);
    expect(await untilThere(['false', 'false', 'true'])).to.deep.equal(['false', 'false', 'true']);
    expect(await there('window.__errors')).to.deep.equal([]);
    el.remove();
  });
});
