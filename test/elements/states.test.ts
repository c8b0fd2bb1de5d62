// What a host page can do with an element's state: style it through custom states
// (`:state(loading)`, `:state(ready)`, `:state(error)`) and replace the error message with its own
// fallback through the `error` slot, for all five elements.
import { expect } from '@open-wc/testing';
import { TAGS, brokenStory, mount, mountMarkup, part, referenceStory, until } from '../support/helpers.js';

/** Which of the three states the element matches, as the page's CSS sees it. */
const statesOf = (el: Element) => ['loading', 'ready', 'error'].filter((s) => el.matches(`:state(${s})`));

describe('custom states and the error slot', () => {
  for (const tag of TAGS) {
    describe(tag, () => {
      it(':state(loading) while the story is on its way, then :state(ready), then :state(error), then ready again', async () => {
        const el = await mountMarkup(`<${tag} src="/never-answers"></${tag}>`);
        expect(statesOf(el)).to.deep.equal(['loading']);
        (el as unknown as { story: unknown }).story = referenceStory();
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(statesOf(el)).to.deep.equal(['ready']);
        (el as unknown as { story: unknown }).story = brokenStory();
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(statesOf(el)).to.deep.equal(['error']);
        (el as unknown as { story: unknown }).story = referenceStory();
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(statesOf(el)).to.deep.equal(['ready']);
      });

      it('a page rule on :state(error) hides the element in error', async () => {
        const style = document.createElement('style');
        style.textContent = `${tag}.hide-in-error:state(error) { display: none; }`;
        document.head.append(style);
        const el = await mount(tag, brokenStory(), 'class="hide-in-error"');
        expect(getComputedStyle(el).display).to.equal('none');
        expect(el.getBoundingClientRect().height).to.equal(0);
        style.remove();
      });

      it('shows the page\'s slot="error" fallback instead of the message, and only in error', async () => {
        const wrapper = document.createElement('div');
        wrapper.innerHTML = `<${tag}><p slot="error">Our own fallback</p></${tag}>`;
        document.body.append(wrapper);
        const el = wrapper.firstElementChild as HTMLElement & { story: unknown; updateComplete: Promise<unknown> };
        const fallback = el.querySelector('p')!;
        el.story = brokenStory();
        await el.updateComplete;
        // The fallback is assigned to the slot and rendered; the element's own message is not.
        expect(fallback.assignedSlot?.name).to.equal('error');
        expect(fallback.getBoundingClientRect().height).to.be.above(0);
        expect(part(el, 'error')?.getClientRects().length ?? 0).to.equal(0);
        el.story = referenceStory();
        await el.updateComplete;
        expect(fallback.assignedSlot).to.equal(null);
        expect(fallback.getBoundingClientRect().height).to.equal(0);
        wrapper.remove();
      });

      it('without a fallback, the error message still shows (the slot\'s default content)', async () => {
        const el = await mount(tag, brokenStory());
        await until(() => part(el, 'error') !== null);
        expect(part(el, 'error')!.getClientRects().length).to.be.above(0);
        expect(part(el, 'error')!.textContent).to.contain('sources[0].trust: must be at most 100');
      });
    });
  }
});
