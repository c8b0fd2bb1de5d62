/**
 * The reader's own state, one entry per story (votes) or per story and prediction (forecasts), shared
 * by every element on the page and, through `localStorage`, by every tab of the origin.
 *
 * Why one store: a reader who sees two vote widgets for one story (one under the headline, one at the
 * end) is still one reader. If each element kept its own copy, the second widget would tell the host
 * `previous: null` and the host would count the reader twice. So elements never own this state; they
 * subscribe to the entry for the story they show and render what it says.
 *
 * An entry holds what the host last accepted (`accepted`), the one action waiting for the host
 * (`pending`, at most one per entry), the host's figures from its last answer (authoritative, page
 * lifetime only), and the short status line every instance shows.
 */

/** Which reader action an entry is for; part of the storage key. */
export type ReaderKind = 'vote' | 'forecast';

/** What every instance showing an entry's story shows. */
export interface ReaderEntry<V = unknown, F = unknown> {
  /** The reader's last accepted choice or probability, or `null`. */
  readonly accepted: V | null;
  /** The value on its way to the host, or `null`. */
  readonly pending: V | null;
  /** The host's figures from its last accepted answer (they include the reader's action). */
  readonly figures: F | null;
  /** The status line: which message, and whether it reports a failure. */
  readonly status: ReaderStatus | null;
}

export type ReaderStatus = 'pending' | 'saved' | 'refused' | 'failed' | 'busy';

const EMPTY: ReaderEntry<never, never> = Object.freeze({ accepted: null, pending: null, figures: null, status: null });

/**
 * The storage key of an entry. The ids are JSON-encoded as an array, so no story or prediction id can
 * make two entries share a key: story `a:b` with prediction `c` and story `a` with prediction `b:c`
 * used to collide when the parts were joined with `:`.
 */
export function readerKey(kind: ReaderKind, ids: readonly string[]): string {
  return `reality-kit:${kind}:${JSON.stringify(ids)}`;
}

const PREFIX = 'reality-kit:';

/** `localStorage`, or `null` where reading it throws (sandboxed frames, some privacy modes). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The value stored under `key`: `undefined` when storage cannot be read, `null` when there is none or it is corrupt. */
function readStored(key: string): unknown {
  let raw: string | null;
  try {
    const s = storage();
    if (!s) return undefined;
    raw = s.getItem(key);
  } catch {
    return undefined;
  }
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as { value?: unknown } | null;
    return typeof parsed === 'object' && parsed !== null && 'value' in parsed ? parsed.value : null;
  } catch {
    return null; // not JSON: nothing usable is stored
  }
}

/** Stores (or, for `null`, removes) the accepted value; a storage that refuses is not an error. */
function writeStored(key: string, value: unknown): void {
  try {
    const s = storage();
    if (value === null) s?.removeItem(key);
    else s?.setItem(key, JSON.stringify({ value }));
  } catch {
    // Quota or privacy mode: the state still lasts for the page's lifetime.
  }
}

type Listener = () => void;

interface Slot {
  entry: ReaderEntry;
  /** Aborts the pending action's `detail.signal` (set while an action waits). */
  abort: AbortController | null;
  /** Whether this entry's accepted value goes to storage (no instance set `no-persist`). */
  persist: boolean;
  listeners: Set<Listener>;
}

const slots = new Map<string, Slot>();
let pageListening = false;

/** One `storage` and one `pageshow` listener for the whole page, added on first use. */
function listenToPage(): void {
  if (pageListening || typeof window === 'undefined') return;
  pageListening = true;
  // Another tab stored an accepted action (or cleared storage): follow it.
  window.addEventListener('storage', (event) => {
    if (event.key === null) for (const key of slots.keys()) reread(key);
    else if (event.key.startsWith(PREFIX)) reread(event.key);
  });
  // A page restored from the back/forward cache missed every storage event while it was frozen.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) for (const key of slots.keys()) reread(key);
  });
}

/** The slot of `key`, made on first use (from storage, unless it is to stay in memory). */
function slot(key: string, persist = true): Slot {
  let s = slots.get(key);
  if (!s) {
    s = { entry: EMPTY, abort: null, persist, listeners: new Set() };
    slots.set(key, s);
    const stored = persist ? readStored(key) : undefined;
    if (stored !== undefined) s.entry = Object.freeze({ ...EMPTY, accepted: stored });
  }
  return s;
}

function notify(s: Slot): void {
  for (const listener of [...s.listeners]) listener();
}

function update(key: string, change: Partial<ReaderEntry>): void {
  const s = slot(key);
  s.entry = Object.freeze({ ...s.entry, ...change });
  notify(s);
}

/**
 * Takes the stored value as the truth when storage can be read and nothing is on its way to the host.
 * A value that changed elsewhere makes this page's host figures and status stale.
 */
function reread(key: string): void {
  const s = slots.get(key);
  if (!s || !s.persist || s.entry.pending !== null) return;
  const stored = readStored(key);
  if (stored === undefined || stored === s.entry.accepted) return;
  update(key, { accepted: stored, figures: null, status: null });
}

/** The entry for `key` as it is now. */
export function readerEntry(key: string): ReaderEntry {
  return slot(key).entry;
}

/**
 * Subscribes `listener` to changes of `key`'s entry; returns the unsubscribe function. The first
 * subscriber of an entry that nothing is waiting on re-reads storage, so a widget mounted after the
 * reader acted in another tab, or after storage was cleared, starts from what is stored.
 */
export function subscribeReader(key: string, listener: Listener, persist: boolean): () => void {
  listenToPage();
  const s = slot(key, persist);
  if (!persist) s.persist = false;
  if (s.listeners.size === 0) reread(key);
  s.listeners.add(listener);
  return () => {
    s.listeners.delete(listener);
    // The host may stop working on an answer nobody will see: when no element on the page shows the
    // story a task later (a move is out and back in within one task), the pending action's signal
    // aborts. The answer, if it still comes, is kept all the same.
    if (s.listeners.size === 0 && s.abort) {
      setTimeout(() => {
        if (s.listeners.size === 0) s.abort?.abort(new DOMException('No element shows the story any more', 'AbortError'));
      });
    }
  };
}

/**
 * Marks `value` as on its way to the host, with the controller of its `detail.signal`; `false`
 * (nothing changes) when another action already waits.
 */
export function beginAction(key: string, value: unknown, abort: AbortController): boolean {
  const s = slot(key);
  if (s.entry.pending !== null) return false;
  s.abort = abort;
  update(key, { pending: value, status: null });
  return true;
}

/** Shows the pending status: the host asked the elements to wait for its answer. */
export function markWaiting(key: string): void {
  update(key, { status: 'pending' });
}

/** Tells every instance that a second action was not sent because one is still waiting. */
export function markBusy(key: string): void {
  if (slot(key).entry.pending !== null) update(key, { status: 'busy' });
}

/**
 * Ends the pending action. Accepted: the value stands (stored unless an instance said `no-persist`),
 * with the host's figures when it gave valid ones; figures it did not give are dropped when the value
 * changed, since they counted the earlier one. Otherwise the entry is exactly as before the action.
 */
export function settleAction(key: string, outcome: { accepted: true; value: unknown; figures: unknown } | { accepted: false; status: 'refused' | 'failed' }): void {
  const s = slot(key);
  s.abort = null;
  if (!outcome.accepted) return update(key, { pending: null, status: outcome.status });
  const changed = outcome.value !== s.entry.accepted;
  if (s.persist) writeStored(key, outcome.value);
  update(key, {
    pending: null,
    accepted: outcome.value,
    figures: outcome.figures ?? (changed ? null : s.entry.figures),
    status: 'saved',
  });
}

/** Sets the accepted value without an action (a host restoring a signed-in reader's earlier one). */
export function setAccepted(key: string, value: unknown): void {
  const s = slot(key);
  if (s.entry.pending !== null || value === s.entry.accepted) return;
  if (s.persist) writeStored(key, value);
  update(key, { accepted: value, figures: null, status: null });
}
