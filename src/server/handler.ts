/**
 * `createRealityServer`: the back end for `<vote-widget>` and `<prediction-card>` as one request
 * handler in the Fetch standard (`Request` in, `Response` out). Routes, under `basePath`:
 *
 * | route | answer |
 * |---|---|
 * | `GET /stories/<name>.json[?reader=<key>]` | the story file `<name>.json` with its live figures |
 * | `GET /api/reader?story=<id>` | `{ reader, choice, forecasts }`: the reader's key and own actions |
 * | `DELETE /api/reader` | `{ forgotten: true }`: deletes the reader's votes and forecasts, ends the cookie |
 * | `POST /api/votes` `{ storyId, choice }` | `{ counts }` (what `vote-cast`'s `waitUntil` takes) |
 * | `POST /api/forecasts` `{ storyId, predictionId, probability }` | `{ community: { probability, count } }` |
 *
 * Errors are `{ error }` with a fixed message (never the input) and a 4xx/5xx status.
 */
import type { Story } from '../story/schema.js';
import { openDatabase, serverKey, type Database, type DatabaseOption } from './database.js';
import { RateLimiter, type RateLimit } from './rate-limit.js';
import { loadStories, STORY_FILE, type KnownStory } from './stories.js';
import { MAX_HISTORY, forgetReader, castForecast, castVote, community, history, readerForecasts, readerVote, voteCounts, type Counts } from './store.js';

export interface RealityServerOptions {
  /** `{ sqlite: 'path/to/file.sqlite' }`, `{ postgres: 'postgres://…' | pg.PoolConfig }`, or `{ dialect }` (any Kysely dialect). */
  database: DatabaseOption;
  /** Folder of story files (`*.json`, story format version 1), each served at `/stories/<file name>`. */
  stories: string;
  /** Path the routes live under, such as `/reality` (default: none). */
  basePath?: string;
  /**
   * Origins allowed to write (`https://news.example`), checked against the `Origin` header, which
   * browsers send with every POST. Default: the origin the request was sent to (same-origin pages only).
   */
  origins?: readonly string[];
  /**
   * The publisher's own id for a signed-in reader (from a session cookie or token in `request`), or
   * null for an anonymous reader, who gets a random id in an `HttpOnly` cookie instead.
   */
  identify?: (request: Request) => string | null | undefined | Promise<string | null | undefined>;
  /** Key of the reader and address hashes. Default: a random key created once and kept in the database. */
  secret?: string;
  /** Length of one point of the community forecast's history, in ms (default one hour). */
  historyIntervalMs?: number;
  /** Largest request body accepted, in bytes (default 2,048). */
  maxBodyBytes?: number;
  /** Requests allowed per reader (writes) and per network address (every API call). */
  rateLimits?: { reader?: RateLimit; address?: RateLimit };
  /** `Secure` on the reader cookie. Default: when the request URL is https (set true behind a TLS proxy). */
  secureCookies?: boolean;
  /** Errors the server could not answer for (database down…). Default: `console.error`. */
  onError?: (error: unknown) => void;
  /** Clock, in ms since the epoch (for tests). */
  now?: () => number;
}

/** What the handler may know about the connection, beyond the `Request`. */
export interface RequestContext {
  /** The client's network address (Node: `req.socket.remoteAddress`); used only hashed, for rate limits. */
  address?: string;
}

export interface RealityServer {
  /** Answers one request; unknown paths get a 404. Never throws. */
  handle(request: Request, context?: RequestContext): Promise<Response>;
  /**
   * The reader's key for a request to one of your own pages (from `identify`, or the reader cookie,
   * which the browser sends with the page), or null for a reader the server has not met. Put it in
   * the story address, `/stories/<name>.json?reader=<key>`, so the served counts leave out the vote
   * the widget adds back itself. The key only reads: writing needs the cookie.
   */
  readerKey(request: Request): Promise<string | null>;
  /** Whether `pathname` is one of this server's routes' prefixes (for adapters that pass on the rest). */
  owns(pathname: string): boolean;
  /** Closes the database connection. */
  close(): Promise<void>;
  /** The Kysely instance, for your own queries or tests. */
  readonly db: Database;
}

/** Name of the anonymous reader's cookie. */
export const READER_COOKIE = 'rk_reader';
/** A reader cookie's value: 24 random bytes in base64url. */
const COOKIE_ID = /^[A-Za-z0-9_-]{32}$/;
/** A reader key as the server derives it (also what `?reader=` carries). */
const READER_KEY = /^[A-Za-z0-9_-]{32}$/;
const COOKIE_MAX_AGE = 400 * 24 * 3600; // the longest lifetime browsers honour (RFC 6265bis)

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers },
  });

function cookieValue(request: Request, name: string): string | null {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** Reads a JSON object body of at most `max` bytes; refuses any other type or size. */
async function readJson(request: Request, max: number): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new HttpError(415, 'send JSON (Content-Type: application/json)');
  if (Number(request.headers.get('content-length') ?? 0) > max) throw new HttpError(413, `the body is larger than ${max} bytes`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel();
        throw new HttpError(413, `the body is larger than ${max} bytes`);
      }
      chunks.push(value);
    }
  }
  let value: unknown;
  try {
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) (bytes.set(chunk, at), (at += chunk.byteLength));
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new HttpError(400, 'the body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, 'the body must be a JSON object');
  return value as Record<string, unknown>;
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= 200 && /^[A-Za-z0-9._:-]+$/.test(value);

/** Seed counts from the story file plus live counts. */
function addCounts(seed: Counts | undefined, live: Counts, story: Story): Counts {
  const out: Counts = {};
  for (const { id } of story.read!.choices) {
    const n = (seed?.[id] ?? 0) + (live[id] ?? 0);
    if (n > 0 || seed?.[id] !== undefined) out[id] = n;
  }
  return out;
}

/** Creates the server: opens (and migrates) the database and reads the story folder. */
export async function createRealityServer(options: RealityServerOptions): Promise<RealityServer> {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const intervalMs = options.historyIntervalMs ?? 3_600_000;
  const maxBody = options.maxBodyBytes ?? 2048;
  const onError = options.onError ?? ((error: unknown) => console.error('reality-kit/server:', error));
  const readerLimit = new RateLimiter(options.rateLimits?.reader ?? { limit: 60, windowMs: 60_000 });
  const addressLimit = new RateLimiter(options.rateLimits?.address ?? { limit: 600, windowMs: 60_000 });

  const stories = await loadStories(options.stories);
  const { db, dialect } = await openDatabase(options.database);
  let hmacKey: CryptoKey;
  try {
    const secret = options.secret ?? (await serverKey(db));
    hmacKey = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  /** A keyed hash, 32 base64url characters: ids and addresses are stored and compared only this way. */
  const hash = async (kind: string, value: string) =>
    base64url(new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, new TextEncoder().encode(`${kind}\0${value}`)))).slice(0, 32);

  /** The reader's key, and the cookie to set when an anonymous reader is new. */
  async function reader(request: Request): Promise<{ key: string; setCookie?: string }> {
    const user = await options.identify?.(request);
    if (typeof user === 'string' && user !== '') return { key: await hash('user', user) };
    let id = cookieValue(request, READER_COOKIE);
    let setCookie: string | undefined;
    if (id === null || !COOKIE_ID.test(id)) {
      id = base64url(crypto.getRandomValues(new Uint8Array(24)));
      const secure = options.secureCookies ?? new URL(request.url).protocol === 'https:';
      setCookie = `${READER_COOKIE}=${id}; Path=${basePath || '/'}; Max-Age=${COOKIE_MAX_AGE}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
    }
    return { key: await hash('cookie', id), setCookie };
  }

  /** CORS headers for an allowed origin; throws 403 for any other. Same-origin GETs carry no Origin. */
  function checkOrigin(request: Request, required: boolean): Record<string, string> {
    const origin = request.headers.get('origin');
    if (origin === null) {
      if (required) throw new HttpError(403, 'this request needs an Origin header from an allowed page');
      return {};
    }
    const allowed = options.origins ?? [new URL(request.url).origin];
    if (!allowed.includes(origin)) throw new HttpError(403, 'this origin may not use this server');
    return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' };
  }

  function knownStory(storyId: unknown): KnownStory {
    const known = isId(storyId) ? stories.byId.get(storyId) : undefined;
    if (!known) throw new HttpError(404, 'unknown story');
    return known;
  }

  /** The story with live figures; with `except`, that reader's vote is left out of `read.counts`. */
  async function liveStory(known: KnownStory, except: string | undefined): Promise<Story> {
    const { story } = known;
    const out: Story = { ...story };
    if (story.read) out.read = { ...story.read, counts: addCounts(story.read.counts, await voteCounts(db, story.id, except), story) };
    if (story.prediction) {
      const { forecasts, ...prediction } = story.prediction;
      const live = await community(db, story.id, prediction.id, forecasts ?? []);
      if (live.probability !== null) prediction.community = { probability: live.probability, count: live.count };
      const own = prediction.history ?? [];
      const last = own.length ? Date.parse(own[own.length - 1].at) : -Infinity;
      const merged = [...own, ...(await history(db, story.id, prediction.id)).filter((p) => Date.parse(p.at) > last)];
      if (merged.length) prediction.history = merged.slice(-MAX_HISTORY);
      out.prediction = prediction;
    }
    return out;
  }

  async function route(request: Request, context: RequestContext): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.slice(basePath.length);
    const method = request.method;

    if (path.startsWith('/stories/')) {
      const match = STORY_FILE.exec(path.slice('/stories/'.length));
      const known = match ? stories.byName.get(match[1]) : undefined;
      if (!known) throw new HttpError(404, 'unknown story');
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'stories are read with GET');
      const key = url.searchParams.get('reader');
      const story = await liveStory(known, key !== null && READER_KEY.test(key) ? key : undefined);
      // Public data, read by elements on any page (they fetch without credentials).
      return json(200, story, { 'Access-Control-Allow-Origin': '*' });
    }
    if (!path.startsWith('/api/')) throw new HttpError(404, 'not found');

    if (method === 'OPTIONS') {
      const cors = checkOrigin(request, true);
      return new Response(null, {
        status: 204,
        headers: { ...cors, 'Access-Control-Allow-Methods': 'GET, POST, DELETE', 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Max-Age': '600' },
      });
    }
    const addressKey = context.address ? await hash('address', context.address) : 'unknown';
    if (!addressLimit.take(addressKey, now())) throw new HttpError(429, 'too many requests; try again in a minute');

    if (path === '/api/reader' && method === 'DELETE') {
      const cors = checkOrigin(request, true);
      const who = await reader(request);
      if (!who.setCookie) await forgetReader(db, who.key);
      const ended = `${READER_COOKIE}=; Path=${basePath || '/'}; Max-Age=0; HttpOnly; SameSite=Lax`;
      return json(200, { forgotten: true }, { ...cors, 'Set-Cookie': ended });
    }
    if (path === '/api/reader') {
      if (method !== 'GET') throw new HttpError(405, 'use GET or DELETE');
      const cors = checkOrigin(request, false);
      const known = knownStory(url.searchParams.get('story'));
      const who = await reader(request);
      const [choice, forecasts] = who.setCookie
        ? [null, {}] // a reader met just now has done nothing yet
        : await Promise.all([readerVote(db, known.story.id, who.key), readerForecasts(db, known.story.id, who.key)]);
      return json(200, { reader: who.key, choice, forecasts }, { ...cors, ...(who.setCookie ? { 'Set-Cookie': who.setCookie } : {}) });
    }

    if (path !== '/api/votes' && path !== '/api/forecasts') throw new HttpError(404, 'not found');
    if (method !== 'POST') throw new HttpError(405, 'use POST');
    const cors = checkOrigin(request, true);
    const body = await readJson(request, maxBody);
    const known = knownStory(body.storyId);
    const who = await reader(request);
    if (!readerLimit.take(who.key, now())) throw new HttpError(429, 'too many changes; try again in a minute');
    const headers = { ...cors, ...(who.setCookie ? { 'Set-Cookie': who.setCookie } : {}) };
    const story = known.story;

    if (path === '/api/votes') {
      if (!story.read) throw new HttpError(404, 'this story has no vote');
      if (typeof body.choice !== 'string' || !story.read.choices.some((c) => c.id === body.choice)) throw new HttpError(422, 'unknown choice');
      const live = await castVote(db, story.id, who.key, body.choice, now(), dialect !== 'sqlite');
      return json(200, { counts: addCounts(story.read.counts, live, story) }, headers);
    }

    const prediction = story.prediction;
    if (!prediction || body.predictionId !== prediction.id) throw new HttpError(404, 'unknown prediction');
    const p = body.probability;
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 1) throw new HttpError(422, 'probability must be a number from 0 to 1');
    if (prediction.resolution || now() >= Date.parse(prediction.closesAt)) throw new HttpError(409, 'this question is closed');
    const result = await castForecast(db, { storyId: story.id, predictionId: prediction.id, seed: prediction.forecasts ?? [] }, who.key, p, now(), intervalMs);
    return json(200, { community: { probability: result.probability, count: result.count } }, headers);
  }

  return {
    db,
    async readerKey(request) {
      const user = await options.identify?.(request);
      if (typeof user === 'string' && user !== '') return hash('user', user);
      const id = cookieValue(request, READER_COOKIE);
      return id !== null && COOKIE_ID.test(id) ? hash('cookie', id) : null;
    },
    owns: (pathname) => pathname.startsWith(`${basePath}/stories/`) || pathname.startsWith(`${basePath}/api/`),
    async handle(request, context = {}) {
      try {
        return await route(request, context);
      } catch (error) {
        if (error instanceof HttpError) return json(error.status, { error: error.message });
        onError(error);
        return json(500, { error: 'the server could not do this just now; try again' });
      }
    },
    close: () => db.destroy(),
  };
}
