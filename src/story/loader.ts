/**
 * How a story reaches an element (docs/story-format.md, "Where a story comes from"): the `story` property,
 * then `src` (a URL, or `#id` of an in-page JSON script), then an inline JSON child. One loader for all
 * five elements; it never throws and never rejects: every failure is a `StoryError` with its kind.
 */
import { isServer } from 'lit';
import { MAX_STORY_BYTES, parseStory, parseStoryJson, storyError, type ParseResult } from './schema.js';

/** docs/story-format.md: a story that has not arrived after this long is a `fetch` error. */
export const FETCH_TIMEOUT_MS = 10_000;

export interface StoryInput {
  /** The element's `story` property: a story object or a JSON string. Wins when set. */
  story?: unknown;
  /** The element's `src` attribute: a URL, or `#id` of a `<script type="application/json">`. */
  src?: string | null;
  /** The element itself: `#id` is looked up in its root, an inline JSON child among its children. */
  host: Element;
}

export interface LoadOptions {
  /** Abandons the load: a shared request is aborted once no element waits for it any more. */
  signal?: AbortSignal;
  /** For tests; defaults to `FETCH_TIMEOUT_MS`. */
  timeoutMs?: number;
  /** What a relative `src` is resolved against: the element's document's base URL. */
  base?: string;
}

const fetchError = (message: string) => ({ ok: false, error: storyError('fetch', [{ path: '', message }]) }) as const;

/** What an abandoned load resolves with; the element that abandoned it never looks at it. */
const ABANDONED = fetchError('the load was abandoned');

/**
 * What an element was given, decided without waiting: a parsed result for the property, `#id` and an
 * inline child (no request), a URL to fetch, or `null` when it was given nothing yet.
 */
export function readStoryInput(input: StoryInput): ParseResult | { fetch: string } | null {
  const { story, src, host } = input;
  if (story !== undefined && story !== null) {
    if (typeof story === 'string') return parseStoryJson(story);
    if (typeof story !== 'object') return parseStory(story);
    return memo(parsedObjects, story, () => parseStory(story));
  }
  const address = src?.trim();
  // SSR (issue 14): a server render has no document to look `#id` or a JSON child up in; a URL is
  // returned for the caller to decide (the story controller does not fetch on the server).
  if (isServer) return address && !address.startsWith('#') ? { fetch: address } : null;
  if (address) {
    if (address.startsWith('#')) return fromScript(findJsonScript(host, address.slice(1)));
    return { fetch: address };
  }
  const child = host.querySelector(':scope > script');
  if (child && isJsonScript(child)) return fromScript(child);
  return null;
}

/**
 * Loads the story an element was given, or resolves with `null` when it was given none yet (no
 * property, no `src`, no JSON child). Resolves, never rejects.
 */
export async function loadStory(input: StoryInput, options: LoadOptions = {}): Promise<ParseResult | null> {
  const local = readStoryInput(input);
  if (local && 'fetch' in local) return fetchShared(local.fetch, { base: input.host.ownerDocument.baseURI, ...options });
  return local;
}

/**
 * A `<script type="application/json">`. Checked by name, not `instanceof`: an element moved into a
 * same-origin frame meets scripts made by that frame's own `HTMLScriptElement`.
 */
function isJsonScript(el: Element | null): el is HTMLScriptElement {
  return el?.namespaceURI === 'http://www.w3.org/1999/xhtml' && el.localName === 'script' && (el as HTMLScriptElement).type.trim().toLowerCase() === 'application/json';
}

/**
 * `#id` is looked up in the element's own root first (a shadow root or its document), then in the
 * document it is in (not the script's: an element may live in a frame).
 */
function findJsonScript(host: Element, id: string): HTMLScriptElement | null {
  const root = host.getRootNode() as Partial<DocumentOrShadowRoot & NonElementParentNode>;
  const found = root.getElementById?.(id) ?? host.ownerDocument.getElementById(id);
  return isJsonScript(found) ? found : null;
}

function fromScript(script: HTMLScriptElement | null): ParseResult {
  if (!script) return fetchError('no JSON script on the page has that id');
  const text = script.textContent ?? '';
  const cached = parsedScripts.get(script);
  if (cached?.text === text) return cached.result;
  const result = parseStoryJson(text);
  parsedScripts.set(script, { text, result });
  return result;
}

/**
 * Parsed stories by the object or JSON script they came from, so that a page giving one story to a
 * hundred elements validates it once. Weak: a story the page drops is not kept alive here. An
 * object is read once; like any Lit property, a changed story is a new object.
 */
const parsedObjects = new WeakMap<object, ParseResult>();
const parsedScripts = new WeakMap<HTMLScriptElement, { text: string; result: ParseResult }>();

function memo<K extends object>(map: WeakMap<K, ParseResult>, key: K, make: () => ParseResult): ParseResult {
  let result = map.get(key);
  if (!result) map.set(key, (result = make()));
  return result;
}

interface SharedLoad {
  promise: Promise<ParseResult>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

/**
 * The shared story cache (with the two maps above): one entry per resolved URL, so any number of
 * elements with one `src` make one request and share one parsed (and frozen) story. Failed loads leave
 * the cache so that a later element may try again; of the stories that arrived, the most recently used
 * `MAX_CACHED_STORIES` are kept, so a page that shows thousands of stories over its life does not keep
 * them all alive.
 */
const shared = new Map<string, SharedLoad>();

/** How many arrived stories the cache keeps (least recently used first out). */
export const MAX_CACHED_STORIES = 32;

/** Drops the oldest arrived stories nobody is waiting for, down to `MAX_CACHED_STORIES`. */
function trimCache(): void {
  let settled = 0;
  for (const entry of shared.values()) if (entry.settled) settled += 1;
  for (const [key, entry] of shared) {
    if (settled <= MAX_CACHED_STORIES) break;
    if (entry.settled && entry.waiters === 0) {
      shared.delete(key);
      settled -= 1;
    }
  }
}

/** Resolves `src` against `base`; only http(s) may be fetched (no `data:`, `blob:`, `file:`). */
function resolveAddress(src: string, base: string): URL | null {
  try {
    const url = new URL(src, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Forgets the story fetched from `src` (resolved against `base`), so the next element that asks for it
 * fetches it again: for a page that knows the file changed.
 */
export function forgetStory(src: string, base: string = document.baseURI): void {
  const key = resolveAddress(src, base)?.href;
  if (key && shared.get(key)?.settled) shared.delete(key);
}

export function fetchShared(src: string, { signal, timeoutMs = FETCH_TIMEOUT_MS, base = document.baseURI }: LoadOptions): Promise<ParseResult> {
  const url = resolveAddress(src, base);
  if (!url) return Promise.resolve(fetchError('the story address must be an http or https URL'));
  if (signal?.aborted) return Promise.resolve(ABANDONED);
  const key = url.href;
  let entry = shared.get(key);
  if (entry) {
    shared.delete(key); // most recently used last
    shared.set(key, entry);
  } else {
    const controller = new AbortController();
    const created: SharedLoad = { controller, waiters: 0, settled: false, promise: Promise.resolve(ABANDONED) };
    created.promise = fetchStory(url, controller, timeoutMs).then((result) => {
      created.settled = true;
      if (!result.ok && shared.get(key) === created) shared.delete(key);
      trimCache();
      return result;
    });
    shared.set(key, created);
    entry = created;
  }
  const load = entry;
  load.waiters += 1;
  return new Promise((resolve) => {
    const abandon = () => {
      load.waiters -= 1;
      if (load.waiters === 0 && !load.settled) {
        load.controller.abort();
        if (shared.get(key) === load) shared.delete(key);
      }
      resolve(ABANDONED);
    };
    signal?.addEventListener('abort', abandon, { once: true });
    void load.promise.then((result) => {
      if (signal?.aborted) return; // `abandon` already resolved this caller
      signal?.removeEventListener('abort', abandon);
      load.waiters -= 1;
      resolve(result);
    });
  });
}

/** `application/json` or any `+json` type, with or without parameters. */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * One request: no credentials, a timeout, status and type checks, and the size cap while reading.
 * `controller` is the shared load's: it aborts when the last element leaves, on the timeout, or at
 * the cap.
 */
async function fetchStory(url: URL, controller: AbortController, timeoutMs: number): Promise<ParseResult> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      // The story host learns the page's origin at most, whatever the page's own referrer policy
      // (`unsafe-url` would send its full address, query included).
      referrerPolicy: 'strict-origin',
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
    // A redirect to another site would render that site's story as if it came from this address.
    if (response.redirected && new URL(response.url).origin !== url.origin) {
      controller.abort();
      return fetchError('the story address redirected to another site');
    }
    if (!response.ok) return fetchError(`the story could not be fetched (HTTP ${response.status})`);
    if (!JSON_TYPE.test(response.headers.get('content-type') ?? '')) {
      return fetchError('the server did not send the story as JSON');
    }
    const body = await readCapped(response, controller);
    if (body === null) return fetchError(`the story is larger than ${MAX_STORY_BYTES / 1024} KB`);
    return parseStoryJson(body);
  } catch {
    if (timedOut) return fetchError(`the story did not arrive within ${timeoutMs / 1000} s`);
    if (controller.signal.aborted) return ABANDONED;
    return fetchError('the story could not be fetched (network error)');
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads the body as UTF-8 text, or returns `null` as soon as it passes the cap: the rest is never
 * downloaded (the request is aborted, so the server sees the connection close).
 */
async function readCapped(response: Response, controller: AbortController): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_STORY_BYTES) {
    controller.abort();
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_STORY_BYTES) {
      controller.abort();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
