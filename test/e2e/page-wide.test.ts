// What one page shares: glossary fragments (the first glossary with the term answers, the same link
// followed twice scrolls twice), the nearest lang and dir inside an app shell's shadow root.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { openFrame, part, referenceStory, sleep, text, until } from '../support/helpers.js';

const marked = (el: Element) => [...el.shadowRoot!.querySelectorAll('dfn[aria-current="true"]')].map((d) => d.id);

describe('page-wide: glossary terms behave like fragments', () => {
  it('the first glossary with the term answers; following the same link again scrolls again', async function () {
    this.timeout(20_000);
    const { frame, doc, win } = await openFrame('/test/e2e/pages/fragments.html', { width: 800, height: 600 });
    const [first, second] = [doc.getElementById('first')!, doc.getElementById('second')!];
    const inView = () => {
      const box = first.shadowRoot!.getElementById('term-model-weights')!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= win.innerHeight;
    };
    doc.getElementById('link')!.click();
    await until(() => marked(first).length > 0 && inView());
    expect(marked(first)).to.deep.equal(['term-model-weights']);
    expect(marked(second)).to.deep.equal([]);
    expect(inView()).to.equal(true);
    win.scrollTo(0, 0);
    await until(() => !inView());
    doc.getElementById('link')!.click(); // the same address: no hashchange
    await until(() => inView());
    expect(inView()).to.equal(true);
    win.location.hash = '#elsewhere';
    await until(() => marked(first).length === 0);
    expect(marked(first)).to.deep.equal([]);
    frame.remove();
  });
});

describe('page-wide: lang and dir wherever they are', () => {
  it('inside an app shell\u2019s shadow root, a lang or dir change on the card\u2019s ancestor reaches it', async () => {
    const shell = document.createElement('div');
    document.body.append(shell);
    const root = shell.attachShadow({ mode: 'open' });
    root.innerHTML = '<main lang="en"><prediction-card></prediction-card></main>';
    const card = root.querySelector('prediction-card')!;
    card.story = referenceStory();
    await card.updateComplete;
    expect(text(card.shadowRoot!.querySelector('time'))).to.contain('Nov 26, 2027');
    root.querySelector('main')!.setAttribute('lang', 'de');
    await sleep(0);
    await card.updateComplete;
    expect(text(card.shadowRoot!.querySelector('time'))).to.contain('26.11.2027');
    root.querySelector('main')!.setAttribute('dir', 'rtl');
    await sleep(0);
    await card.updateComplete;
    expect(part(card, 'base')!.getAttribute('dir')).to.equal('rtl');
    shell.remove();
  });
});
