// Guards against the browser slow paths the render benchmark found (bench/render.mjs): Chromium's
// importNode of a template holding a <form> slows down with every form on the page that has a
// listener (1,000 cards spent 200–380 ms there), so no element renders a <form>, in any state.
import { expect } from '@open-wc/testing';
import { TAGS, brokenStory, mount, storyClosingIn, typeForecast } from '../support/helpers.js';

describe('slow paths: no element renders a <form>', () => {
  for (const tag of TAGS) {
    it(`${tag}: none with the reference story, and none in the error state`, async () => {
      const el = await mount(tag);
      expect(el.shadowRoot!.querySelectorAll('form').length).to.equal(0);
      const broken = await mount(tag, brokenStory());
      expect(broken.shadowRoot!.querySelectorAll('form').length).to.equal(0);
    });
  }

  it('prediction-card: none while the reader types a forecast, and none once the question closed', async () => {
    const open = await mount('prediction-card', storyClosingIn(30));
    await typeForecast(open, '40');
    expect(open.shadowRoot!.querySelectorAll('form').length).to.equal(0);
    const closed = await mount('prediction-card', storyClosingIn(-1));
    expect(closed.shadowRoot!.querySelectorAll('form').length).to.equal(0);
  });
});
