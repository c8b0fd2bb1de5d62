/**
 * The core's input guard. The scoring functions are typed to take what `parseStory` returns; called
 * from plain JavaScript with anything else (an unvalidated object, `{}`, a trust of 140, text where a
 * number belongs) they would compute `NaN` or points above a factor's maximum. Instead each public
 * function checks the few fields it reads and throws one `CoreInputError` that names the function
 * and the field. The checks are the story format's own limits (docs/story-format.md), nothing
 * stricter, so any story `parseStory` accepts passes. Kept small: the core is budgeted at 2 KB gzip.
 */

/**
 * Thrown by a `reality-kit/core` function given something other than a parsed story (or part of
 * one). `path` is where the value went wrong, written as `parseStory` writes paths
 * (`sources[0].trust`), or empty for the argument itself.
 */
export class CoreInputError extends TypeError {
  readonly path: string;
  constructor(fn: string, path: string, problem: string) {
    super(`reality-kit/core ${fn}(): ${path || 'the argument'} ${problem}; validate the story with parseStory first`);
    this.name = 'CoreInputError';
    this.path = path;
  }
}

/** Throws the `CoreInputError` of `fn` unless `ok`. */
export function need(ok: boolean, fn: string, path: string, problem: string): void {
  if (!ok) throw new CoreInputError(fn, path, problem);
}

export const OBJECT = 'must be an object';
export const LIST = 'must be a list';
export const TRUST = 'must be a whole number from 0 to 100';
export const COUNT = 'must be a whole number, 0 or more';
export const PROBABILITY = 'must be a number from 0 to 1';

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A number in [min, max] (whole when `whole`); `NaN` fails every comparison, so it is refused too. */
export const inRange = (value: unknown, min: number, max: number, whole?: boolean): value is number =>
  typeof value === 'number' && value >= min && value <= max && (!whole || Number.isInteger(value));

/** Each source's `trust`, checked as the story format has it, for the error of `fn`. */
export function trusts(fn: string, sources: unknown): number[] {
  need(Array.isArray(sources), fn, 'sources', LIST);
  return (sources as unknown[]).map((s, i) => {
    const trust = isObject(s) ? s.trust : null;
    need(inRange(trust, 0, 100, true), fn, `sources[${i}]${isObject(s) ? '.trust' : ''}`, isObject(s) ? TRUST : OBJECT);
    return trust as number;
  });
}
