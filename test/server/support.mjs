// Shared by the server tests: one database per suite (a temporary SQLite file, or a PostgreSQL
// database created and dropped on the server `npm test` starts), and requests as a browser sends them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
export const ORIGIN = 'http://news.example';
export const STORY_ID = 'amazon-jassy-anthropic-export-curbs';
export const PREDICTION_ID = 'us-extends-model-curbs-12m';
/** The reference story's own counts and forecasts (its seed figures). */
export const SEED = { 'holds-up': 41, overhyped: 88, 'too-early': 57 };
export const SEED_FORECASTS = [0.22, 0.35, 0.4, 0.15, 0.3, 0.55, 0.28, 0.33, 0.2, 0.45];

/**
 * The databases every suite runs on. PostgreSQL needs `REALITY_PG_URL` (`npm test` starts a server
 * and sets it); without one the PostgreSQL suite fails rather than skipping, so CI cannot pass
 * without it.
 */
export const DIALECTS = ['sqlite', 'postgres'];

/** A fresh, empty database of `kind`: `{ option, drop() }` (`option` is `createRealityServer`'s `database`). */
export async function freshDatabase(kind) {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'reality-sqlite-'));
    return { option: { sqlite: join(dir, 'votes.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = process.env.REALITY_PG_URL;
  if (!url) throw new Error('no PostgreSQL server: set REALITY_PG_URL (npm test starts one from Debian\'s postgresql package)');
  const name = `reality_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client(url);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const own = new URL(url);
  own.pathname = `/${name}`;
  return {
    option: { postgres: own.href },
    async drop() {
      const client = new pg.Client(url);
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A browser: keeps the reader cookie it is given and sends it back, as `SameSite=Lax` allows on the same site. */
export function reader(handle, { origin = ORIGIN, address = '203.0.113.7' } = {}) {
  let cookie = null;
  const send = async (method, path, body, headers = {}) => {
    const response = await handle(
      new Request(`${ORIGIN}${path}`, {
        method,
        headers: {
          ...(origin ? { origin } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(cookie ? { cookie } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
      { address },
    );
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0].endsWith('=') ? null : set.split(';')[0];
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, body: text ? JSON.parse(text) : null };
  };
  return {
    send,
    get cookie() {
      return cookie;
    },
    vote: (choice, storyId = STORY_ID) => send('POST', '/api/votes', { storyId, choice }),
    forecast: (probability, predictionId = PREDICTION_ID) => send('POST', '/api/forecasts', { storyId: STORY_ID, predictionId, probability }),
    me: () => send('GET', `/api/reader?story=${STORY_ID}`),
    story: (query = '') => send('GET', `/stories/story-export-curbs.json${query}`),
  };
}

export const total = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);
