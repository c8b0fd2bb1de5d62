// `npm run bench:server`: votes per second and latency of reality-kit/server on SQLite and on
// PostgreSQL, over HTTP with autocannon. Each vote comes from a new reader (its own cookie), so every
// request is an insert plus the count of the story's votes, the server's real work. Timings on these
// shared machines are noisy, so each database is also given as a ratio against a floor measured in
// the same run: a Node server that answers the same JSON without reading the body or a database.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { createRealityServer, toNodeListener } from '../dist/server.js';
import { startPostgres } from '../scripts/postgres.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 20;
const STORY = 'amazon-jassy-anthropic-export-curbs';
const CHOICES = ['holds-up', 'overhyped', 'too-early'];

const listen = (listener) =>
  new Promise((resolve) => {
    const server = createServer(listener).listen(0, '127.0.0.1', () => resolve(server));
  });

/** Runs autocannon against `server`: every request a vote from a new reader. */
async function load(server) {
  const url = `http://127.0.0.1:${server.address().port}`;
  let n = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: 'POST',
        path: '/api/votes',
        setupRequest(request) {
          n += 1;
          const id = `bench${String(n).padStart(27, '0')}`; // 32 characters, a valid reader cookie
          return {
            ...request,
            headers: { origin: url, 'content-type': 'application/json', cookie: `rk_reader=${id}` },
            body: JSON.stringify({ storyId: STORY, choice: CHOICES[n % 3] }),
          };
        },
      },
    ],
  });
  return { perSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors, total: result.requests.total };
}

async function measure(name, database) {
  const reality = await createRealityServer({
    database,
    stories: new URL('../test/fixtures/', import.meta.url).pathname,
    rateLimits: { reader: { limit: 1e9, windowMs: 60_000 }, address: { limit: 1e9, windowMs: 60_000 } },
  });
  const server = await listen(toNodeListener(reality));
  try {
    return { name, ...(await load(server)) };
  } finally {
    // Let the requests still in flight when autocannon stops finish before the database closes.
    await new Promise((resolve) => server.close(resolve));
    await reality.close();
  }
}

const floorServer = await listen((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"counts":{"holds-up":1,"overhyped":1,"too-early":1}}'));
});
const rows = [{ name: 'floor (Node http, fixed JSON)', ...(await load(floorServer)) }];
floorServer.close();

const dir = mkdtempSync(join(tmpdir(), 'reality-bench-'));
rows.push(await measure('SQLite (better-sqlite3, WAL)', { sqlite: join(dir, 'bench.sqlite') }));
rmSync(dir, { recursive: true, force: true });

const postgres = await startPostgres();
if (postgres) {
  const admin = new pg.Client(postgres.url);
  await admin.connect();
  await admin.query('CREATE DATABASE reality_bench');
  await admin.end();
  try {
    rows.push(await measure('PostgreSQL (pg, pool of 20)', { postgres: postgres.url.replace(/\/postgres$/, '/reality_bench') }));
  } finally {
    const drop = new pg.Client(postgres.url);
    await drop.connect();
    await drop.query('DROP DATABASE reality_bench WITH (FORCE)');
    await drop.end();
    postgres.stop();
  }
} else {
  console.log('PostgreSQL is not installed: only SQLite was measured');
}

const floor = rows[0].perSecond;
console.log(`\nvotes from new readers, ${CONNECTIONS} connections, ${DURATION} s each (node ${process.version})\n`);
console.log('| server | votes/s | × floor | p50 ms | p99 ms | non-2xx |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.name} | ${Math.round(r.perSecond)} | ${(r.perSecond / floor).toFixed(3)} | ${r.p50} | ${r.p99} | ${r.errors} |`);
