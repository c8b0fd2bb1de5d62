import { expect } from '@open-wc/testing';
import {
  averageTrust,
  bandOf,
  baselineScore,
  brierScore,
  communityForecast,
  communityRead,
  confidenceOf,
  largestRemainder,
  median,
  realityScore,
  roundHalfUp,
  wilsonInterval,
} from '../../src/core/index.js';
import { referenceStory } from '../fixtures/index.js';
import type { Evidence, Source, Story } from '../../src/story/schema.js';

const src = (trust: number, i = 0): Source => ({ id: `s${i}`, name: `Source ${i}`, trust });
const ev = (stance: Evidence['stance']): Evidence => ({ stance, text: stance });
const storyWith = (sources: Source[], evidence: Evidence[], signal: Story['claim']['signal']) => ({
  sources,
  claim: { text: 'A claim', signal, evidence },
});

describe('core: realityScore', () => {
  it('scores the reference story 34, shown as 16 + 18 + 0 + 0', () => {
    const result = realityScore(referenceStory());
    expect(result.score).to.equal(34);
    expect(result.band).to.equal('Doubtful');
    expect(result.confidence).to.equal('low');
    expect(result.version).to.equal('1');
    expect(result.factors.map((f) => f.id)).to.deep.equal(['trust', 'evidence', 'corroboration', 'signal']);
    expect(result.factors.map((f) => f.points)).to.deep.equal([16, 18, 0, 0]);
    expect(result.factors.map((f) => f.max)).to.deep.equal([40, 30, 15, 15]);
  });

  const rows: Array<{ name: string; input: ReturnType<typeof storyWith>; score: number; points: number[] }> = [
    { name: 'empty: no sources, no evidence, hype', input: storyWith([], [], 'hype'), score: 15, points: [0, 15, 0, 0] },
    { name: 'no evidence gives the prior 15', input: storyWith([src(100)], [], 'confirmed'), score: 70, points: [40, 15, 0, 15] },
    {
      name: 'perfect story',
      input: storyWith([src(100, 0), src(100, 1), src(100, 2), src(100, 3)], Array(8).fill(ev('supports')), 'confirmed'),
      // 40 + 30·9/10 = 27 + 15·(3/4) = 11.25 + 15 = 93.25 → 93
      score: 93,
      points: [40, 27, 11, 15],
    },
    {
      name: 'contradictions pull evidence down',
      input: storyWith([src(50)], [ev('contradicts'), ev('contradicts')], 'reported'),
      // 20 + 30·1/4 = 7.5 + 0 + 10 = 37.5 → 38 (x.5 sum rounds up); parts 20, 7.5→8, 0, 10
      score: 38,
      points: [20, 8, 0, 10],
    },
    {
      name: 'x.5 sum rounds up despite floating point',
      // trust mean 35 → 14; evidence 30·2/4 = 15 (S=1, C=1); n=2 → 7.5; speculative 5 → 41.5 → 42
      input: storyWith([src(30, 0), src(40, 1)], [ev('supports'), ev('contradicts')], 'speculative'),
      score: 42,
      points: [14, 15, 8, 5],
    },
    {
      name: 'largest remainder gives the spare point to the largest fraction',
      // trust 33 → 13.2; evidence S=0 C=0.5: 30/2.5 = 12; n=3 → 10; hype 0 → 35.2 → 35; parts 13, 12, 10, 0
      input: storyWith([src(33, 0), src(33, 1), src(33, 2)], [ev('caveat')], 'hype'),
      score: 35,
      points: [13, 12, 10, 0],
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const result = realityScore(row.input);
      expect(result.score).to.equal(row.score);
      expect(result.factors.map((f) => f.points)).to.deep.equal(row.points);
      expect(result.factors.reduce((a, f) => a + f.points, 0)).to.equal(result.score);
    });
  }
});

describe('core: bands and confidence', () => {
  const bands: Array<[number, string]> = [
    [0, 'Unsupported'], [19, 'Unsupported'], [20, 'Doubtful'], [39, 'Doubtful'], [40, 'Unsettled'],
    [59, 'Unsettled'], [60, 'Likely'], [79, 'Likely'], [80, 'Well supported'], [100, 'Well supported'],
  ];
  for (const [score, band] of bands) it(`${score} is ${band}`, () => expect(bandOf(score)).to.equal(band));

  const confidence: Array<[number, number, string]> = [
    [0, 10, 'low'], [1, 10, 'low'], [2, 2, 'low'], [2, 3, 'medium'], [3, 3, 'medium'], [4, 3, 'high'], [10, 50, 'high'],
  ];
  for (const [n, e, c] of confidence) it(`${n} sources, ${e} evidence: ${c}`, () => expect(confidenceOf(n, e)).to.equal(c));
});

describe('core: rounding', () => {
  const rows: Array<[number, number]> = [[0, 0], [0.5, 1], [1.4999999999, 2], [2.4, 2], [34.46, 34], [37.5, 38], [-2.5, -2]];
  for (const [input, expected] of rows) it(`roundHalfUp(${input}) = ${expected}`, () => expect(roundHalfUp(input)).to.equal(expected));

  it('largestRemainder: ties go to the earlier value', () => {
    expect(largestRemainder([0.5, 0.5, 0.5, 0.5], 2)).to.deep.equal([1, 1, 0, 0]);
  });
  it('largestRemainder: parts add up to the total', () => {
    expect(largestRemainder([16, 18.4615, 0, 0], 34)).to.deep.equal([16, 18, 0, 0]);
    expect(largestRemainder([3.3, 3.3, 3.4], 10)).to.deep.equal([3, 3, 4]);
    expect(largestRemainder([], 0)).to.deep.equal([]);
  });
});

describe('core: averageTrust', () => {
  it('is null without sources', () => expect(averageTrust([])).to.equal(null));
  it('rounds half up', () => expect(averageTrust([src(40, 0), src(41, 1)])).to.equal(41));
  it('is 40 for the reference story', () => expect(averageTrust(referenceStory().sources)).to.equal(40));
});

describe('core: median and Wilson', () => {
  it('median of an odd count', () => expect(median([3, 1, 2])).to.equal(2));
  it('median of an even count is the mean of the middle two', () => expect(median([0.1, 0.4, 0.2, 0.3])).to.be.closeTo(0.25, 1e-12));
  it('median of nothing is null', () => expect(median([])).to.equal(null));
  it('median of the reference forecasts is 0.315', () => {
    expect(median(referenceStory().prediction!.forecasts!)).to.be.closeTo(0.315, 1e-12);
  });
  it('Wilson interval of 88/186 (published formula, z = 1.96)', () => {
    const { low, high } = wilsonInterval(88, 186);
    expect(low).to.be.closeTo(0.4020, 1e-3);
    expect(high).to.be.closeTo(0.5444, 1e-3);
  });
  it('Wilson interval with n = 0 is the whole range', () => expect(wilsonInterval(0, 0)).to.deep.equal({ low: 0, high: 1 }));
  it('Wilson interval of 0/10 starts at 0, of 10/10 ends at 1', () => {
    expect(wilsonInterval(0, 10).low).to.equal(0);
    expect(wilsonInterval(10, 10).high).to.be.closeTo(1, 1e-12);
  });
});

describe('core: communityRead', () => {
  const read = referenceStory().read!;
  it('shares and leader of the reference read', () => {
    const result = communityRead(read);
    expect(result.total).to.equal(186);
    expect(result.leader).to.equal('overhyped');
    expect(result.shares.map((s) => s.count)).to.deep.equal([41, 88, 57]);
    expect(result.shares[1].share).to.be.closeTo(88 / 186, 1e-12);
  });
  it("counts the reader's vote once", () => {
    const result = communityRead(read, 'holds-up');
    expect(result.total).to.equal(187);
    expect(result.shares[0].count).to.equal(42);
  });
  it('names no leader below 10 reads', () => {
    const result = communityRead({ choices: read.choices, counts: { 'holds-up': 5, overhyped: 3 } }, 'overhyped');
    expect(result.total).to.equal(9);
    expect(result.leader).to.equal(null);
  });
  it('ties go to the first choice', () => {
    expect(communityRead({ choices: read.choices, counts: { overhyped: 5, 'too-early': 5 } }).leader).to.equal('overhyped');
  });
  it('no counts at all: zero shares, no leader', () => {
    const result = communityRead({ choices: read.choices });
    expect(result.total).to.equal(0);
    expect(result.shares.every((s) => s.share === 0)).to.equal(true);
  });
});

describe('core: communityForecast and scores', () => {
  it('median of forecasts plus the reader', () => {
    const prediction = referenceStory().prediction!;
    expect(communityForecast(prediction).probability).to.be.closeTo(0.315, 1e-12);
    expect(communityForecast(prediction).count).to.equal(10);
    const withReader = communityForecast(prediction, 0.9);
    expect(withReader.count).to.equal(11);
    expect(withReader.probability).to.equal(0.33);
  });
  it('a given community figure wins and the reader does not move it', () => {
    const result = communityForecast({ community: { probability: 0.7, count: 120 }, forecasts: [0.1] }, 0.99);
    expect(result).to.deep.equal({ probability: 0.7, count: 120 });
  });
  it('no forecasts: probability null', () => expect(communityForecast({})).to.deep.equal({ probability: null, count: 0 }));
  const scores: Array<[number, boolean, number, number]> = [
    [0.5, true, 0.25, 0],
    [0.8, true, 0.04, 100 * Math.log2(1.6)],
    [0.8, false, 0.64, 100 * Math.log2(0.4)],
    [1, true, 0.0001, 100 * Math.log2(1.98)], // clipped to 0.99
    [0, true, 0.9801, 100 * Math.log2(0.02)], // clipped to 0.01
  ];
  for (const [p, o, brier, baseline] of scores) {
    it(`p = ${p}, outcome ${o}: Brier ${brier}`, () => {
      expect(brierScore(p, o)).to.be.closeTo(brier, 1e-12);
      expect(baselineScore(p, o)).to.be.closeTo(baseline, 1e-9);
    });
  }
});
