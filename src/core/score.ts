/**
 * The scoring rules (docs/scoring.md, methodology version "1"), as pure functions over a parsed
 * story. Every number an element shows comes from here, so the "Why this score?" text and the number
 * agree. Each function takes what `parseStory` returns (or part of it) and throws a `CoreInputError`
 * on anything else, never `NaN` or points above a factor's maximum.
 */
import type { Prediction, Read, Signal, Source, Story } from '../story/schema.js';
import { COUNT, LIST, OBJECT, PROBABILITY, inRange, isObject, need, trusts } from './guard.js';
import { clamp, largestRemainder, mean, median, roundHalfUp, wilsonInterval } from './numbers.js';

/** Bumped whenever any rule below changes; the meter shows it in its breakdown. */
export const METHODOLOGY_VERSION = '1';

export type FactorId = 'trust' | 'evidence' | 'corroboration' | 'signal';
/** A band's id: what elements key their translated labels on (a table per id, so none is missed). */
export type BandId = 'unsupported' | 'doubtful' | 'unsettled' | 'likely' | 'well-supported';
/** A band's English label (docs/scoring.md, "Bands"): `realityScore().band`, kept for existing callers. */
export type Band = 'Unsupported' | 'Doubtful' | 'Unsettled' | 'Likely' | 'Well supported';
export type Confidence = 'low' | 'medium' | 'high';
/** Why confidence is low: no sources, a single source, or fewer than 3 evidence items. */
export type LowConfidenceReason = 'no-sources' | 'single-source' | 'little-evidence';

/** The English label of each band id. */
export const BAND_LABELS: Readonly<Record<BandId, Band>> = {
  unsupported: 'Unsupported',
  doubtful: 'Doubtful',
  unsettled: 'Unsettled',
  likely: 'Likely',
  'well-supported': 'Well supported',
};

export interface Factor {
  id: FactorId;
  /** The factor's English label (elements may show a translated one). */
  label: string;
  /** Whole points, so that the factors add up to the score exactly. */
  points: number;
  max: number;
}

export interface RealityScore {
  score: number;
  /** The band's English label; elements show the translation of `bandId`. */
  band: Band;
  bandId: BandId;
  confidence: Confidence;
  /** Why confidence is `low`, or `null` when it is not. */
  lowConfidenceReason: LowConfidenceReason | null;
  version: string;
  factors: Factor[];
}

const SIGNAL_POINTS = { confirmed: 15, reported: 10, speculative: 5, hype: 0 } as const;

/** Lower bound of each band, highest first. */
const BANDS: ReadonlyArray<readonly [number, BandId]> = [
  [80, 'well-supported'],
  [60, 'likely'],
  [40, 'unsettled'],
  [20, 'doubtful'],
  [0, 'unsupported'],
];

/** The band id for a score 0–100. Throws `CoreInputError` for anything else. */
export function bandIdOf(score: number): BandId {
  need(inRange(score, 0, 100), 'bandIdOf', 'score', 'must be a number from 0 to 100');
  for (const [min, band] of BANDS) if (score >= min) return band;
  return 'unsupported';
}

/** The band's English label for a score 0–100. Throws `CoreInputError` for anything else. */
export function bandOf(score: number): Band {
  need(inRange(score, 0, 100), 'bandOf', 'score', 'must be a number from 0 to 100');
  return BAND_LABELS[bandIdOf(score)];
}

/** `low` when there is at most one source or fewer than 3 evidence items; `medium` up to 3 sources. */
export function confidenceOf(sourceCount: number, evidenceCount: number): Confidence {
  need(inRange(sourceCount, 0, Infinity, true), 'confidenceOf', 'sourceCount', COUNT);
  need(inRange(evidenceCount, 0, Infinity, true), 'confidenceOf', 'evidenceCount', COUNT);
  if (sourceCount <= 1 || evidenceCount < 3) return 'low';
  if (sourceCount <= 3) return 'medium';
  return 'high';
}

const STANCES = ['supports', 'caveat', 'contradicts'];

/** Why confidence is low (the first rule of `confidenceOf` that applies), or `null` when it is not low. */
export function lowConfidenceReason(sourceCount: number, evidenceCount: number): LowConfidenceReason | null {
  if (sourceCount === 0) return 'no-sources';
  if (sourceCount === 1) return 'single-source';
  return evidenceCount < 3 ? 'little-evidence' : null;
}

/** The four factors before rounding, in table order; checks each field it reads on the way. */
function rawFactors(story: Pick<Story, 'sources' | 'claim'>): Array<Omit<Factor, 'points'> & { raw: number }> {
  const fn = 'realityScore';
  need(isObject(story), fn, '', OBJECT);
  const sourceTrusts = trusts(fn, story.sources);
  const claim: unknown = story.claim;
  need(isObject(claim), fn, 'claim', OBJECT);
  const { signal, evidence } = claim as Record<string, unknown>;
  // Own keys only: `constructor` is not a signal.
  need(typeof signal === 'string' && Object.hasOwn(SIGNAL_POINTS, signal), fn, 'claim.signal', `must be one of: ${Object.keys(SIGNAL_POINTS).join(', ')}`);
  need(Array.isArray(evidence), fn, 'claim.evidence', LIST);
  const n = sourceTrusts.length;
  const trust = mean(sourceTrusts) ?? 0;
  let supports = 0;
  let against = 0;
  (evidence as unknown[]).forEach((item, i) => {
    const stance = isObject(item) ? item.stance : null;
    need(STANCES.includes(stance as string), fn, `claim.evidence[${i}].stance`, `must be one of: ${STANCES.join(', ')}`);
    if (stance === 'supports') supports += 1;
    else if (stance === 'contradicts') against += 1;
    else against += 0.5; // a caveat weighs half a contradiction
  });
  return [
    { id: 'trust', label: 'Source trust', max: 40, raw: (40 * trust) / 100 },
    // Beta(1,1) prior: with no evidence at all the factor sits in the middle (15 of 30).
    { id: 'evidence', label: 'Evidence balance', max: 30, raw: (30 * (supports + 1)) / (supports + against + 2) },
    { id: 'corroboration', label: 'Corroboration', max: 15, raw: n <= 1 ? 0 : 15 * (1 - 1 / n) },
    { id: 'signal', label: 'Signal', max: 15, raw: SIGNAL_POINTS[signal as Signal] },
  ];
}

/**
 * The reality score of a story's claim (0–100), its band, confidence and the factors that make it up.
 * `story` is a story `parseStory` accepted (only `sources[].trust`, `claim.signal` and
 * `claim.evidence[].stance` are read); anything else throws `CoreInputError`.
 */
export function realityScore(story: Pick<Story, 'sources' | 'claim'>): RealityScore {
  const raw = rawFactors(story);
  const score = clamp(roundHalfUp(raw.reduce((sum, f) => sum + f.raw, 0)), 0, 100);
  const points = largestRemainder(
    raw.map((f) => f.raw),
    score,
  );
  return {
    score,
    band: bandOf(score),
    bandId: bandIdOf(score),
    confidence: confidenceOf(story.sources.length, story.claim.evidence.length),
    lowConfidenceReason: lowConfidenceReason(story.sources.length, story.claim.evidence.length),
    version: METHODOLOGY_VERSION,
    factors: raw.map(({ id, label, max }, i) => ({ id, label, max, points: points[i] })),
  };
}

/** Mean trust of the sources rounded half up, or `null` when there are none. Throws `CoreInputError` unless each trust is a whole number 0–100. */
export function averageTrust(sources: readonly Pick<Source, 'trust'>[]): number | null {
  const m = mean(trusts('averageTrust', sources));
  return m === null ? null : roundHalfUp(m);
}

export interface Share {
  id: string;
  label: string;
  count: number;
  /** Fraction in [0, 1]. */
  share: number;
  /**
   * The share as a whole percentage; the choices' percentages add up to exactly 100 (largest
   * remainder, ties in `choices` order), or are all 0 with no reads. Rounding each share on its own
   * would show 33 + 33 + 33 = 99 for three equal counts.
   */
  percent: number;
  /** 95% Wilson interval of the share, fractions in [0, 1]. */
  low: number;
  high: number;
}

export interface CommunityRead {
  total: number;
  /** The leading choice's id, or `null` below 10 reads (too few to name one). */
  leader: string | null;
  shares: Share[];
}

/** Fewer reads than this and the widget says "Too few reads yet" instead of naming a leader. */
export const MIN_READS_FOR_LEADER = 10;

/**
 * The community read: `read.counts` plus the reader's own vote, counted once. A choice id that is not
 * one of `read.choices` is ignored (the schema already refuses such counts in a story).
 */
export function communityRead(read: Pick<Read, 'choices' | 'counts'>, ownChoice?: string | null): CommunityRead {
  const fn = 'communityRead';
  need(isObject(read), fn, 'read', OBJECT);
  const given: unknown = read.counts ?? {};
  need(isObject(given), fn, 'read.counts', OBJECT);
  const choices: unknown = read.choices;
  need(Array.isArray(choices), fn, 'read.choices', LIST);
  need(ownChoice == null || typeof ownChoice === 'string', fn, 'ownChoice', 'must be a choice id or null');
  const counts = (choices as Read['choices']).map((c, i) => {
    need(typeof c?.id === 'string', fn, `read.choices[${i}].id`, 'must be text');
    const count = Object.hasOwn(given as object, c.id) ? (given as Record<string, unknown>)[c.id] : 0;
    need(inRange(count, 0, Infinity, true), fn, `read.counts.${c.id}`, COUNT);
    return (count as number) + (c.id === ownChoice ? 1 : 0);
  });
  const total = counts.reduce((a, b) => a + b, 0);
  let leader: string | null = null;
  if (total >= MIN_READS_FOR_LEADER) {
    let best = -1;
    read.choices.forEach((c, i) => {
      if (counts[i] > best) {
        best = counts[i];
        leader = c.id; // strictly greater: ties keep the earlier choice
      }
    });
  }
  const percents = total === 0 ? counts.map(() => 0) : largestRemainder(counts.map((n) => (n / total) * 100), 100);
  return {
    total,
    leader,
    shares: read.choices.map((c, i) => ({
      id: c.id,
      label: c.label,
      count: counts[i],
      share: total === 0 ? 0 : counts[i] / total,
      percent: percents[i],
      ...wilsonInterval(counts[i], total),
    })),
  };
}

export interface CommunityForecast {
  /** Probability in [0, 1], or `null` with no forecasts. */
  probability: number | null;
  count: number;
}

/**
 * The community forecast: the host-given `community` figure when there is one (the reader's own
 * forecast does not move it), otherwise the median of `forecasts` plus the reader's own.
 */
export function communityForecast(
  prediction: Pick<Prediction, 'forecasts' | 'community'>,
  ownProbability?: number | null,
): CommunityForecast {
  const fn = 'communityForecast';
  need(isObject(prediction), fn, 'prediction', OBJECT);
  need(ownProbability == null || inRange(ownProbability, 0, 1), fn, 'ownProbability', PROBABILITY);
  const { community } = prediction;
  if (community !== undefined) {
    need(isObject(community), fn, 'prediction.community', OBJECT);
    need(inRange(community.probability, 0, 1), fn, 'prediction.community.probability', PROBABILITY);
    need(inRange(community.count, 0, Infinity, true), fn, 'prediction.community.count', COUNT);
    return { probability: community.probability, count: community.count };
  }
  const forecasts: unknown = prediction.forecasts ?? [];
  need(Array.isArray(forecasts), fn, 'prediction.forecasts', LIST);
  const all = (forecasts as unknown[]).map((p, i) => (need(inRange(p, 0, 1), fn, `prediction.forecasts[${i}]`, PROBABILITY), p as number));
  if (ownProbability != null) all.push(ownProbability);
  return { probability: median(all), count: all.length };
}

/** Forecasts are clipped to [0.01, 0.99] before scoring, so one overconfident forecast cannot score −∞. */
function clip(p: number): number {
  return clamp(p, 0.01, 0.99);
}

/** `p` (a probability 0–1) and `outcome` (a boolean) as the two scores need them, or the error. */
function forecastArgs(fn: string, p: unknown, outcome: unknown): number {
  need(typeof outcome === 'boolean', fn, 'outcome', 'must be true or false');
  need(inRange(p, 0, 1), fn, 'p', PROBABILITY);
  return clip(p as number);
}

/** Brier score `(p − o)²` in [0.0001, 0.9801]: 0 is perfect, lower is better. `p` is 0–1, `outcome` a boolean; else `CoreInputError`. */
export function brierScore(p: number, outcome: boolean): number {
  return (forecastArgs('brierScore', p, outcome) - (outcome ? 1 : 0)) ** 2;
}

/** Baseline score `100 × log2(2p)` (or of 2(1 − p) when the outcome is false): 0 for 50%, higher is better. */
export function baselineScore(p: number, outcome: boolean): number {
  const q = forecastArgs('baselineScore', p, outcome);
  return 100 * Math.log2(2 * (outcome ? q : 1 - q));
}
