// The community forecast's history in <prediction-card>: a line over time that a reader sees (and a
// screen reader hears as one summary), mirrored right to left; no history, no chart; and the story
// format's rules for `prediction.history`.
import { expect } from '@open-wc/testing';
import { linePoints, verticalRange } from '../../src/prediction-card/history-chart.js';
import { parseStory } from '../../src/story/schema.js';
import { mount, part, referenceStory, text } from '../support/helpers.js';

const HISTORY = [
  { at: '2026-11-01T12:00:00Z', probability: 0.2 },
  { at: '2026-11-02T12:00:00Z', probability: 0.6 },
  { at: '2026-11-05T12:00:00Z', probability: 0.4 },
];

function storyWith(history: unknown) {
  const story = referenceStory();
  return { ...story, prediction: { ...story.prediction!, history } };
}

const polyline = (el: Element) => el.shadowRoot!.querySelector('[part~="history"] polyline')!.getAttribute('points');

describe('prediction-card: history chart', () => {
  it('without history, or with one point (no change over time yet), there is no chart', async () => {
    const el = await mount('prediction-card');
    expect(part(el, 'history')).to.equal(null);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    const one = await mount('prediction-card', storyWith([HISTORY[0]]));
    expect(part(one, 'history')).to.equal(null);
  });

  it('draws the points along time, 0% at the bottom, with a summary as the accessible name and caption', async () => {
    const el = await mount('prediction-card', storyWith(HISTORY));
    const figure = part(el, 'history')!;
    const chart = figure.querySelector('svg')!;
    expect(chart.getAttribute('role')).to.equal('img');
    const summary = chart.getAttribute('aria-label')!;
    expect(summary).to.match(/^Community forecast over time: 20% on Nov 1, 2026, 40% on Nov 5, 2026$/);
    expect(text(figure.querySelector('figcaption'))).to.equal(summary);
    // 40 units high over the points' range 20–60%: 20% → y 40, 60% → y 0, 40% → y 20; one day of four → x 50.
    expect(polyline(el)).to.equal('0,40 50,0 200,20');
    expect(figure.querySelector('line')!.getAttribute('y1')).to.equal('10'); // 50%
    await expect(el).to.be.accessible();
  });

  it('is mirrored right to left: the first point at the right edge', async () => {
    const el = await mount('prediction-card', storyWith(HISTORY), 'dir="rtl" lang="ar"');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(polyline(el)).to.equal('200,40 150,0 0,20');
    expect(linePoints(HISTORY, 'rtl')).to.equal('200,40 150,0 0,20');
  });

  it('one point is drawn in the middle; points at one time are spread evenly; a flat line stays flat', () => {
    expect(linePoints([HISTORY[0]], 'ltr')).to.equal('100,20');
    const same = HISTORY.map((p) => ({ ...p, at: HISTORY[0].at }));
    expect(linePoints(same, 'ltr')).to.equal('0,40 100,0 200,20');
    // 30% and 32% differ by less than the 20-point minimum span: they sit near the middle, 4 units apart.
    expect(linePoints([{ ...HISTORY[0], probability: 0.3 }, { ...HISTORY[1], probability: 0.32 }], 'ltr')).to.equal('0,22 200,18');
    // Near an edge the span stays within 0–100%: 1% and 2% are drawn over 0–20%.
    expect(verticalRange([{ ...HISTORY[0], probability: 0.01 }, { ...HISTORY[1], probability: 0.02 }])).to.deep.equal({ lo: 0, hi: 0.2 });
  });

  it('the summary is one of the strings a host can replace', async () => {
    const el = await mount('prediction-card', storyWith(HISTORY));
    (el as unknown as { strings: Record<string, string> }).strings = { historySummary: 'Verlauf: {first} → {last}' };
    await el.updateComplete;
    expect(part(el, 'history')!.querySelector('svg')!.getAttribute('aria-label')).to.equal('Verlauf: 20% → 40%');
  });

  it('the story format: at most 1,000 points, in time order, date-times and probabilities 0–1', () => {
    expect(parseStory(storyWith(HISTORY)).ok).to.equal(true);
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({ at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), probability: 0.5 }));
    const cases: Array<[unknown, string]> = [
      [[HISTORY[1], HISTORY[0]], 'prediction.history[1].at: is earlier than the point before it (history must be in time order)'],
      [tooMany, 'prediction.history: must have at most 1000 items'],
      [[{ at: 'yesterday', probability: 0.5 }], 'prediction.history[0].at: must be a date-time such as 2026-11-26T08:00:00Z'],
      [[{ at: HISTORY[0].at, probability: 1.5 }], 'prediction.history[0].probability: must be at most 1'],
    ];
    for (const [history, message] of cases) {
      const result = parseStory(storyWith(history));
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error.message).to.equal(message);
    }
  });
});
