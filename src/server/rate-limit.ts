/**
 * Fixed-window request counters, in memory: at most `limit` requests per key per `windowMs`. Each app
 * server counts for itself (behind a load balancer of n servers a key may get up to n × limit); the
 * keys are the server's hashes of readers and network addresses, never the raw values.
 */
export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
}

export class RateLimiter {
  #windows = new Map<string, { start: number; used: number }>();
  #lastSweep = 0;
  readonly #rule: RateLimit;

  constructor(rule: RateLimit) {
    this.#rule = rule;
  }

  /** Counts one request for `key` at time `now`; false when the key is over its limit. */
  take(key: string, now: number): boolean {
    const { limit, windowMs } = this.#rule;
    // Forget finished windows now and then, so the map holds only keys seen in the last window.
    if (now - this.#lastSweep > windowMs) {
      for (const [k, w] of this.#windows) if (now - w.start >= windowMs) this.#windows.delete(k);
      this.#lastSweep = now;
    }
    let window = this.#windows.get(key);
    if (!window || now - window.start >= windowMs) {
      window = { start: now, used: 0 };
      this.#windows.set(key, window);
    }
    window.used += 1;
    return window.used <= limit;
  }
}
