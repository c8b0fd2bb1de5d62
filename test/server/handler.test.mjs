// reality-kit/server's handler, on SQLite and on PostgreSQL: the same suite, the same answers.
// Everything goes through `handle(Request)` as a browser would send it, and is checked in what the
// host receives (status, JSON, cookies, CORS headers) and, where it matters, in the tables themselves.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { createRealityServer, parseStory } from '../../dist/server.js';
import { DIALECTS, FIXTURES, ORIGIN, PREDICTION_ID, SEED, SEED_FORECASTS, STORY_ID, freshDatabase, reader, total } from './support.mjs';

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const HOUR = 3_600_000;

for (const dialect of DIALECTS) {
  describe(`reality-kit/server on ${dialect}`, () => {
    let database;
    let server;
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const open = (extra = {}) =>
      createRealityServer({
        database: database.option,
        stories: FIXTURES,
        now: () => clock,
        rateLimits: { reader: { limit: 1000, windowMs: 60_000 }, address: { limit: 100_000, windowMs: 60_000 } },
        ...extra,
      });
    const handle = (request, context) => server.handle(request, context);

    before(async () => {
      database = await freshDatabase(dialect);
      server = await open();
    });
    after(async () => {
      await server.close();
      await database.drop();
    });

    it('serves a known story file with its seed figures, valid for the elements; unknown files are 404', async () => {
      const { status, body, headers } = await reader(handle).story();
      assert.equal(status, 200);
      assert.match(headers.get('content-type'), /^application\/json/);
      assert.equal(headers.get('access-control-allow-origin'), '*');
      assert.deepEqual(body.read.counts, SEED);
      assert.deepEqual(body.prediction.community, { probability: median(SEED_FORECASTS), count: SEED_FORECASTS.length });
      assert.equal(body.prediction.forecasts, undefined, 'the summary replaces the list of forecasts');
      assert.equal(parseStory(body).ok, true);
      for (const path of ['/stories/nope.json', '/stories/../package.json', '/stories/story-export-curbs.txt', '/elsewhere']) {
        const r = await reader(handle).send('GET', path);
        assert.equal(r.status, 404, path);
        assert.ok(r.body.error);
      }
    });

    it('gives a new reader an HttpOnly, SameSite=Lax cookie (Secure on https) and counts the vote once', async () => {
      const a = reader(handle);
      const first = await a.vote('holds-up');
      assert.equal(first.status, 200);
      assert.deepEqual(first.body, { counts: { ...SEED, 'holds-up': SEED['holds-up'] + 1 } });
      const cookie = first.headers.get('set-cookie');
      assert.match(cookie, /^rk_reader=[A-Za-z0-9_-]{32}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
      const again = await a.vote('holds-up');
      assert.equal(again.headers.get('set-cookie'), null, 'a known reader keeps the cookie');
      assert.equal(total(again.body.counts), total(SEED) + 1);
      const secure = await server.handle(
        new Request('https://news.example/api/votes', {
          method: 'POST',
          headers: { origin: 'https://news.example', 'content-type': 'application/json' },
          body: JSON.stringify({ storyId: STORY_ID, choice: 'overhyped' }),
        }),
        { address: '198.51.100.1' },
      );
      assert.match(secure.headers.get('set-cookie'), /; Secure$/);
      // Leave the table as it was for the tests below: this https reader forgets itself.
      await server.handle(
        new Request('https://news.example/api/reader', { method: 'DELETE', headers: { origin: 'https://news.example', cookie: secure.headers.get('set-cookie').split(';')[0] } }),
      );
      await a.send('DELETE', '/api/reader');
    });

    it('a change moves the vote; the server, not the browser, decides what the previous vote was', async () => {
      const a = reader(handle);
      await a.vote('holds-up');
      const moved = await a.send('POST', '/api/votes', { storyId: STORY_ID, choice: 'too-early', previous: 'overhyped' });
      assert.deepEqual(moved.body.counts, { ...SEED, 'too-early': SEED['too-early'] + 1 });
      assert.equal((await a.me()).body.choice, 'too-early');
      await a.send('DELETE', '/api/reader');
    });

    it('a reload shows the totals of the last answer: the story named for the reader leaves out the vote the widget adds back', async () => {
      const others = [reader(handle), reader(handle)];
      await others[0].vote('overhyped');
      await others[1].vote('holds-up');
      const a = reader(handle);
      const answer = (await a.vote('too-early')).body.counts;
      const { reader: key, choice } = (await a.me()).body;
      assert.equal(choice, 'too-early');
      const served = (await a.story(`?reader=${key}`)).body.read.counts;
      // What <vote-widget> shows on reload: read.counts plus the reader's own vote (docs/scoring.md).
      const shown = { ...served, [choice]: (served[choice] ?? 0) + 1 };
      assert.deepEqual(shown, answer);
      const anonymous = (await reader(handle).story()).body.read.counts;
      assert.deepEqual(anonymous, answer, 'without a reader key the story counts everyone');
      const bogus = (await a.story('?reader=not-a-key')).body.read.counts;
      assert.deepEqual(bogus, answer);
      for (const r of [...others, a]) await r.send('DELETE', '/api/reader');
    });

    it('refuses unknown stories, choices and predictions, and bad probabilities, with a clear 4xx', async () => {
      const a = reader(handle);
      assert.equal((await a.vote('holds-up', 'no-such-story')).status, 404);
      assert.equal((await a.vote('maybe')).status, 422);
      assert.equal((await a.vote(42)).status, 422);
      assert.equal((await a.forecast(0.5, 'no-such-question')).status, 404);
      for (const p of [-0.1, 1.5, '0.5', null, Number.NaN]) assert.equal((await a.forecast(p)).status, 422, String(p));
      assert.equal((await a.send('GET', '/api/votes')).status, 405);
      assert.equal((await a.send('GET', '/api/reader?story=nope')).status, 404);
      const closed = reader((request, context) => server.handle(request, context));
      const saved = clock;
      clock = Date.parse('2027-11-26T00:00:00Z');
      assert.equal((await closed.forecast(0.5)).status, 409);
      clock = saved;
    });

    it('accepts JSON only, size-capped, and never echoes the input in an error', async () => {
      const a = reader(handle);
      const marker = '<script>alert("echo-marker")</script>';
      const answers = [
        await a.send('POST', '/api/votes', JSON.stringify({ storyId: STORY_ID, choice: marker })),
        await a.send('POST', '/api/votes', JSON.stringify({ storyId: marker, choice: 'x' })),
        await a.send('POST', '/api/votes', `{"storyId": "${marker}`),
        await a.send('POST', '/api/votes', 'choice=holds-up', { 'content-type': 'application/x-www-form-urlencoded' }),
        await a.send('POST', '/api/votes', JSON.stringify({ storyId: STORY_ID, choice: 'holds-up', pad: 'x'.repeat(5000) })),
        await a.send('POST', '/api/votes', '[1,2]'),
      ];
      assert.deepEqual(answers.map((r) => r.status), [422, 404, 400, 415, 413, 400]);
      for (const r of answers) {
        assert.ok(!r.text.includes('echo-marker') && !r.text.includes('holds-up'), r.text);
        assert.equal(typeof r.body.error, 'string');
      }
    });

    it('checks Origin against the allowed origins, with CORS headers for them only', async () => {
      assert.equal((await reader(handle, { origin: null }).vote('holds-up')).status, 403);
      assert.equal((await reader(handle, { origin: 'https://evil.example' }).vote('holds-up')).status, 403);
      const cross = await open({ origins: ['https://embed.example'] });
      try {
        const h = (request, context) => cross.handle(request, context);
        assert.equal((await reader(h).vote('holds-up')).status, 403, 'the own origin is not implied once origins are listed');
        const preflight = await reader(h, { origin: 'https://embed.example' }).send('OPTIONS', '/api/votes');
        assert.equal(preflight.status, 204);
        assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://embed.example');
        assert.equal(preflight.headers.get('access-control-allow-credentials'), 'true');
        const b = reader(h, { origin: 'https://embed.example' });
        const ok = await b.vote('holds-up');
        assert.equal(ok.status, 200);
        assert.equal(ok.headers.get('access-control-allow-origin'), 'https://embed.example');
        await b.send('DELETE', '/api/reader');
      } finally {
        await cross.close();
      }
    });

    it('limits requests per reader and per network address, and stores no address', async () => {
      const limited = await open({ rateLimits: { reader: { limit: 3, windowMs: 60_000 }, address: { limit: 8, windowMs: 60_000 } } });
      try {
        const h = (request, context) => limited.handle(request, context);
        const a = reader(h, { address: '203.0.113.99' });
        const statuses = [];
        for (let i = 0; i < 4; i++) statuses.push((await a.vote(i % 2 ? 'holds-up' : 'overhyped')).status);
        assert.deepEqual(statuses, [200, 200, 200, 429]);
        const others = [];
        for (let i = 0; i < 5; i++) others.push((await reader(h, { address: '203.0.113.99' }).vote('holds-up')).status);
        assert.deepEqual(others, [200, 200, 200, 200, 429], 'the fifth new reader from one address is over its limit');
        assert.equal((await reader(h, { address: '198.51.100.20' }).vote('holds-up')).status, 200, 'another address is not');
        const dump = JSON.stringify([
          await limited.db.selectFrom('reality_votes').selectAll().execute(),
          await limited.db.selectFrom('reality_forecasts').selectAll().execute(),
          await limited.db.selectFrom('reality_meta').selectAll().execute(),
        ]);
        assert.ok(!dump.includes('203.0.113') && !dump.includes('198.51.100'), 'no network address in any table');
        assert.ok(!dump.includes(a.cookie.split('=')[1]), 'the cookie id itself is not stored either');
      } finally {
        // Back to an empty vote table (votes and their tallies) for the counts asserted below.
        await limited.db.deleteFrom('reality_votes').execute();
        await limited.db.deleteFrom('reality_tallies').execute();
        await limited.close();
      }
    });

    it('one forecast per reader per question: the latest wins and the median is recomputed', async () => {
      const a = reader(handle);
      const first = await a.forecast(0.9);
      assert.deepEqual(first.body, { community: { probability: median([...SEED_FORECASTS, 0.9]), count: 11 } });
      const second = await a.forecast(0.1);
      assert.deepEqual(second.body, { community: { probability: median([...SEED_FORECASTS, 0.1]), count: 11 } });
      const b = reader(handle);
      const third = await b.forecast(0.6);
      assert.deepEqual(third.body.community, { probability: median([...SEED_FORECASTS, 0.1, 0.6]), count: 12 });
      assert.deepEqual((await a.me()).body.forecasts, { [PREDICTION_ID]: 0.1 });
      const served = (await reader(handle).story()).body.prediction.community;
      assert.deepEqual(served, third.body.community, 'the story serves the same community figure as the last answer');
      for (const r of [a, b]) await r.send('DELETE', '/api/reader');
    });

    it('keeps at most one history point per interval, in time order, valid for the elements', async () => {
      const points = [];
      const a = reader(handle);
      clock = Date.parse('2026-12-02T09:10:00Z');
      await a.forecast(0.7);
      clock += 20 * 60_000;
      points.push((await a.forecast(0.8)).body.community.probability); // same hour: replaces the point
      clock += HOUR;
      points.push((await reader(handle).forecast(0.05)).body.community.probability);
      clock += 3 * HOUR;
      points.push((await reader(handle).forecast(0.06)).body.community.probability);
      const story = (await reader(handle).story()).body;
      const history = story.prediction.history;
      assert.deepEqual(history.slice(-3).map((p) => p.probability), points);
      for (let i = 1; i < history.length; i++) assert.ok(Date.parse(history[i].at) > Date.parse(history[i - 1].at));
      assert.equal(parseStory(story).ok, true);
    });

    it("uses the publisher's id for a signed-in reader: one vote across devices, no cookie", async () => {
      const withUsers = await open({ identify: (request) => request.headers.get('x-user') });
      try {
        const h = (request, context) => withUsers.handle(request, context);
        const phone = reader(h);
        const laptop = reader(h);
        const before = total((await phone.story()).body.read.counts);
        const r1 = await phone.send('POST', '/api/votes', { storyId: STORY_ID, choice: 'holds-up' }, { 'x-user': 'user-17' });
        assert.equal(r1.headers.get('set-cookie'), null);
        const r2 = await laptop.send('POST', '/api/votes', { storyId: STORY_ID, choice: 'overhyped' }, { 'x-user': 'user-17' });
        assert.equal(total(r2.body.counts), before + 1);
        assert.equal((await laptop.send('GET', `/api/reader?story=${STORY_ID}`, undefined, { 'x-user': 'user-17' })).body.choice, 'overhyped');
        await laptop.send('DELETE', '/api/reader', undefined, { 'x-user': 'user-17' });
      } finally {
        await withUsers.close();
      }
    });

    it('forgets a reader on request: their votes and forecasts go, and the cookie ends', async () => {
      const a = reader(handle);
      const before = (await reader(handle).story()).body;
      await a.vote('overhyped');
      await a.forecast(0.99);
      const forgotten = await a.send('DELETE', '/api/reader');
      assert.equal(forgotten.status, 200);
      assert.match(forgotten.headers.get('set-cookie'), /^rk_reader=; .*Max-Age=0/);
      const after = (await reader(handle).story()).body;
      assert.deepEqual(after.read.counts, before.read.counts);
      assert.deepEqual(after.prediction.community, before.prediction.community);
    });

    it('exactly once under load: 1,000 concurrent votes from 1,000 readers count exactly 1,000', async () => {
      const before = total((await reader(handle).story()).body.read.counts);
      const choices = ['holds-up', 'overhyped', 'too-early'];
      const readers = Array.from({ length: 1000 }, () => reader(handle));
      const answers = await Promise.all(readers.map((r, i) => r.vote(choices[i % 3])));
      assert.deepEqual([...new Set(answers.map((r) => r.status))], [200]);
      const after = (await reader(handle).story()).body.read.counts;
      assert.equal(total(after) - before, 1000);
      assert.equal(after['holds-up'] - SEED['holds-up'], 334);
      const rows = await server.db.selectFrom('reality_votes').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
      assert.equal(Number(rows.n), 1000);
      // Each answer includes its own vote and at most the 1,000 (a snapshot of that moment).
      const totals = answers.map((r) => total(r.body.counts));
      assert.ok(Math.min(...totals) >= before + 1 && Math.max(...totals) <= before + 1000);
    });

    it('50 concurrent changes by one reader leave one vote: the last one applied', async () => {
      const a = reader(handle);
      await a.vote('holds-up'); // the cookie first, as a browser would have it
      const before = total((await reader(handle).story()).body.read.counts);
      const choices = ['holds-up', 'overhyped', 'too-early'];
      const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => a.vote(choices[i % 3])));
      for (const r of answers) assert.equal(total(r.body.counts), before, 'never two votes, not even for a moment');
      const rows = await server.db.selectFrom('reality_votes').selectAll().where('story_id', '=', STORY_ID).where('choice', 'in', choices).execute();
      const key = (await a.me()).body.reader;
      const own = rows.filter((row) => row.reader === key);
      assert.equal(own.length, 1);
      assert.equal(Number(own[0].revision), 51, 'all 50 changes were applied, one after another');
      assert.equal((await a.me()).body.choice, own[0].choice);
    });

    it('the running tallies always equal a count of the vote rows', async () => {
      const recount = await server.db
        .selectFrom('reality_votes')
        .select(['choice', (eb) => eb.fn.countAll().as('n')])
        .where('story_id', '=', STORY_ID)
        .groupBy('choice')
        .execute();
      const tallies = await server.db.selectFrom('reality_tallies').select(['choice', 'n']).where('story_id', '=', STORY_ID).where('n', '>', 0).execute();
      const asObject = (rows) => Object.fromEntries(rows.map((r) => [r.choice, Number(r.n)]).sort());
      assert.deepEqual(asObject(tallies), asObject(recount));
    });

    it('any sequence of votes, changes and forgets by a few readers gives the counts of a simple model', async () => {
      const choices = ['holds-up', 'overhyped', 'too-early'];
      const action = fc.record({ who: fc.nat(3), choice: fc.option(fc.constantFrom(...choices), { nil: null, freq: 5 }) });
      await fc.assert(
        fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
          const base = (await reader(handle).story()).body.read.counts;
          const readers = Array.from({ length: 4 }, () => reader(handle));
          const model = new Map(); // reader → choice
          try {
            for (const { who, choice } of actions) {
              const expected = () => {
                const counts = { ...base };
                for (const c of model.values()) counts[c] += 1;
                return counts;
              };
              if (choice === null) {
                await readers[who].send('DELETE', '/api/reader');
                model.delete(who);
              } else {
                model.set(who, choice);
                assert.deepEqual((await readers[who].vote(choice)).body.counts, expected());
              }
              assert.deepEqual((await reader(handle).story()).body.read.counts, expected());
            }
          } finally {
            for (const r of readers) await r.send('DELETE', '/api/reader');
          }
        }),
        { numRuns: 25 },
      );
    });

    it('a restart loses nothing', async () => {
      const a = reader(handle);
      await a.vote('too-early');
      await a.forecast(0.42);
      const before = (await a.story()).body;
      const me = (await a.me()).body;
      await server.close();
      server = await open();
      const after = (await a.story()).body;
      assert.deepEqual(after.read, before.read);
      assert.deepEqual(after.prediction, before.prediction);
      assert.deepEqual((await a.me()).body, me);
    });
  });
}

describe('reality-kit/server story folder', () => {
  it('refuses to start on a story the elements would refuse, naming the file and the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reality-stories-'));
    const story = JSON.parse(readFileSync(join(FIXTURES, 'story-export-curbs.json'), 'utf8'));
    story.sources[0].trust = 101;
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(story));
    await assert.rejects(
      createRealityServer({ database: { sqlite: join(dir, 'db.sqlite') }, stories: dir }),
      /broken\.json is not a valid story: sources\[0\]\.trust: must be at most 100/,
    );
  });

  it('refuses two files with one story id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reality-stories-'));
    const text = readFileSync(join(FIXTURES, 'story-export-curbs.json'), 'utf8');
    writeFileSync(join(dir, 'a.json'), text);
    writeFileSync(join(dir, 'b.json'), text);
    await assert.rejects(createRealityServer({ database: { sqlite: join(dir, 'db.sqlite') }, stories: dir }), /b\.json repeats the story id of a\.json/);
  });
});
