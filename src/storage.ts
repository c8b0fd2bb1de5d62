/**
 * `localStorage` behind functions that never throw: in a sandboxed frame even reading
 * `window.localStorage` throws, private modes refuse writes, and a stored value may be corrupt.
 * Without storage a reader's vote or forecast simply lasts as long as the page.
 */

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The parsed JSON stored under `key`, or `null` when there is none, it is unreadable, or not JSON. */
export function readStored(key: string): unknown {
  try {
    const raw = storage()?.getItem(key);
    return raw == null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

/** Stores `value` as JSON; returns whether it was stored. */
export function writeStored(key: string, value: unknown): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** The storage keys, one per story (and prediction): votes and forecasts of different stories never mix. */
export const voteKey = (storyId: string) => `reality-kit:vote:${storyId}`;
export const forecastKey = (storyId: string, predictionId: string) => `reality-kit:forecast:${storyId}:${predictionId}`;
