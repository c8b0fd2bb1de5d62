// The fixtures that tests, Storybook and the demo share must stay valid stories.
import { expect } from '@open-wc/testing';
import { parseStory } from '../src/story/schema.js';
import { referenceStory } from './fixtures/index.js';
import { arabicStory, closedStory, emptyStory, germanStory, invalidStory, japaneseStory, longTextStory, manyItemsStory } from './fixtures/stories.js';

describe('fixtures', () => {
  const valid = { referenceStory, emptyStory, longTextStory, manyItemsStory, arabicStory, japaneseStory, germanStory, closedStory };
  for (const [name, make] of Object.entries(valid)) {
    it(`${name} is a valid story`, () => {
      const result = parseStory(make());
      expect(result.ok ? 'ok' : result.error.message).to.equal('ok');
    });
  }
  it('longTextStory is at the maximum lengths', () => {
    const story = longTextStory();
    expect([story.headline.length, story.claim.text.length, story.claim.reasoning!.impact!.length]).to.deep.equal([300, 1000, 2000]);
  });
  it('manyItemsStory has 100 sources and 200 terms', () => {
    const story = manyItemsStory();
    expect([story.sources.length, story.glossary!.length]).to.deep.equal([100, 200]);
  });
  it('invalidStory fails where it says', () => {
    const result = parseStory(invalidStory());
    expect(result.ok ? '' : result.error.message).to.equal('sources[0].trust: must be at most 100');
  });
});
