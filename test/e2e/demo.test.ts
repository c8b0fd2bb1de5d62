// The demo article (demo/), as a newcomer opens it: all five elements render from the built bundle,
// the host code sends a vote to the demo's back end, reality-kit/server (pending, then saved, or
// rolled back when its "make it fail" switch is on), and the strict-CSP twin renders the same with
// no violation.
import { expect } from '@open-wc/testing';
import { openFrame, sleep, until } from '../support/helpers.js';

async function openDemo(path: string) {
  const violations: string[] = [];
  const onLoad = (doc: Document) => doc.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
  return { ...(await openFrame(path, { width: 1280, height: 800, onLoad })), violations };
}

const shadow = (doc: Document, tag: string, selector: string) => doc.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(selector)!;
const status = (doc: Document) => shadow(doc, 'vote-widget', '[part~="status"]').textContent!.trim();

describe('demo article', () => {
  for (const page of ['/demo/index.html', '/demo/strict-csp.html']) {
    it(`${page}: the article with all five elements, votes answered by the host, pending then saved or rolled back`, async () => {
      const { frame, doc, violations } = await openDemo(page);
      expect(doc.querySelector('h1')!.textContent).to.contain('Export Curbs on Anthropic AI');
      expect(shadow(doc, 'reality-meter', '[part~="score"]').textContent).to.equal('34');
      (doc.getElementById('latency') as HTMLSelectElement).value = '300';
      const choices = doc.querySelector('vote-widget')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="choice"]');
      choices[1].click();
      await sleep(0);
      expect(status(doc)).to.equal('Sending your read…');
      await until(() => status(doc) === 'Thanks, your read is in.');
      expect(status(doc)).to.equal('Thanks, your read is in.');
      expect(doc.getElementById('log')!.textContent).to.contain('vote saved');
      (doc.getElementById('fail') as HTMLInputElement).checked = true;
      choices[2].click();
      await until(() => status(doc) === 'Your read could not be saved. Please try again.');
      expect(status(doc)).to.equal('Your read could not be saved. Please try again.');
      expect(choices[1].getAttribute('aria-pressed')).to.equal('true');
      expect(violations).to.deep.equal([]);
      frame.remove();
    });
  }

  it('the language switch (Arabic) lays the widgets out right to left with the shipped texts', async () => {
    const { frame, doc } = await openDemo('/demo/index.html');
    const arabic = doc.querySelector<HTMLInputElement>('input[name="lang"][value="ar"]')!;
    arabic.click();
    // Each element's Arabic texts load by themselves from beside the bundle.
    await until(() => shadow(doc, 'reality-meter', '[part~="band"]').textContent!.trim() === 'مشكوك فيه');
    expect(doc.querySelector('vote-widget')!.getAttribute('dir')).to.equal('rtl');
    expect(shadow(doc, 'vote-widget', '[part~="prompt"]').textContent).to.equal("What's your read?"); // the story's own prompt stays
    expect(shadow(doc, 'reality-meter', '[part~="band"]').textContent!.trim()).to.equal('مشكوك فيه');
    frame.remove();
  });
});
