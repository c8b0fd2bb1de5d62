/**
 * The core's input guard. The scoring functions are typed to take what `parseStory` returns; called
 * from plain JavaScript with anything else (an unvalidated object, `{}`, a trust of 140, a string
 * where a number belongs) they would compute `NaN` or points above a factor's maximum. Instead each
 * public function checks the few fields it reads and throws one `CoreInputError` that names the
 * function and the field. The checks are the schema's own limits (docs/story-format.md), nothing
 * stricter, so any story `parseStory` accepts passes.
 */

/**
 * Thrown by a `reality-kit/core` function given something other than a parsed story (or part of
 * one). `path` is where the value went wrong, as `parseStory` writes it (`sources[0].trust`), or
 * empty for the argument itself.
 */
export class CoreInputError extends TypeError {
  readonly path: string;
  constructor(fn: string, path: string, problem: string) {
    super(`reality-kit/core ${fn}(): ${path || 'the argument'} ${problem}; validate the story with parseStory first`);
    this.name = 'CoreInputError';
    this.path = path;
  }
}

type Fail = (path: string, problem: string) => never;

/** A function that throws the error of `fn`. */
export const failFor =
  (fn: string): Fail =>
  (path, problem) => {
    throw new CoreInputError(fn, path, problem);
  };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` as an object, or the error. */
export function object(value: unknown, path: string, fail: Fail): Record<string, unknown> {
  return isObject(value) ? value : fail(path, 'must be an object');
}

/** `value` as a list, or the error. */
export function list(value: unknown, path: string, fail: Fail): unknown[] {
  return Array.isArray(value) ? value : fail(path, 'must be a list');
}

/** `value` as a finite number in [min, max] (a whole one when `whole`), or the error. */
export function number(value: unknown, path: string, fail: Fail, min: number, max: number, whole = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
    fail(path, `must be a ${whole ? 'whole number' : 'number'} from ${min} to ${max}`);
  }
  return value as number;
}

/** `value` as one of `options` (own keys only: `constructor` is not a signal), or the error. */
export function oneOf<K extends string>(value: unknown, options: Readonly<Record<K, unknown>>, path: string, fail: Fail): K {
  if (typeof value !== 'string' || !Object.hasOwn(options, value)) fail(path, `must be one of: ${Object.keys(options).join(', ')}`);
  return value as K;
}

/** Each source's `trust` (a whole number 0–100), or the error. */
export function trusts(sources: unknown, fail: Fail, path = 'sources'): number[] {
  return list(sources, path, fail).map((s, i) => number(object(s, `${path}[${i}]`, fail).trust, `${path}[${i}].trust`, fail, 0, 100, true));
}

/** The largest value JSON numbers are counted in: a count above it would lose whole-number precision. */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;
