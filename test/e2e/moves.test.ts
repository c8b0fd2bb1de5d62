// Moves are not teardowns: a framework re-ordering a list (append) or the page using moveBefore keeps
// the request in flight, the host's figures, the status line and what the reader typed.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { StoryLoadEvent } from '../../src/events.js';
import { mount, mountMarkup, part, record, referenceStory, sleep, text, until } from '../support/helpers.js';

let serial = 0;
const key = () => `moves-${Date.now()}-${serial++}`;
const hits = async (k: string) => (await (await fetch(`/test-server/hits?key=${encodeURIComponent(k)}`)).json()).hits as number;

type Mover = (el: Element, to: Element) => void;
const moves: Array<[string, Mover]> = [
  ['append', (el, to) => to.append(el)],
  ['moveBefore', (el, to) => (to as Element & { moveBefore(node: Node, child: Node | null): void }).moveBefore(el, null)],
];

describe('moves are not teardowns', () => {
  for (const [name, move] of moves) {
    it(`${name}: a widget moved while its story loads makes one request and announces the story once`, async () => {
      const k = key();
      const loads = record<StoryLoadEvent>(document, 'story-load');
      const el = await mountMarkup<'vote-widget'>(`<vote-widget src="/test-server/story?key=${k}&delay=300"></vote-widget>`);
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      await sleep(50);
      move(el, elsewhere);
      await until(() => !el.hasAttribute('aria-busy'));
      await sleep(50);
      loads.stop();
      expect(await hits(k)).to.equal(1);
      expect(loads.events.filter((e) => e.target === el).length).to.equal(1);
      expect(el.shadowRoot!.querySelectorAll('[part~="choice"]').length).to.equal(3);
      elsewhere.remove();
    });

    it(`${name}: after a vote, the host's figures and the "Thanks" stay`, async () => {
      const story = referenceStory();
      story.id = key();
      const el = await mount('vote-widget', story);
      el.addEventListener('vote-cast', (e) => e.detail.waitUntil(Promise.resolve({ counts: { 'holds-up': 500, overhyped: 300, 'too-early': 200 } })), { once: true });
      (el.shadowRoot!.querySelectorAll('[part~="choice"]')[0] as HTMLButtonElement).click();
      await sleep(0);
      await el.updateComplete;
      expect(text(part(el, 'total'))).to.equal('1,000 reads · Most readers: Holds up');
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      move(el, elsewhere);
      await sleep(10);
      await el.updateComplete;
      expect(text(part(el, 'total'))).to.equal('1,000 reads · Most readers: Holds up');
      expect(text(part(el, 'status'))).to.equal('Thanks, your read is in.');
      elsewhere.remove();
    });
  }
});
