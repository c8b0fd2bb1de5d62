// toNodeListener: the handler behind Node's own http server, as `npm start` and Express use it, over
// real HTTP: the body streamed in, every header and cookie out, the socket's address for the limits,
// and other paths handed to `next` (Express) or answered 404 (plain Node).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, it } from 'node:test';
import { createRealityServer, toNodeListener } from '../../dist/server.js';
import { FIXTURES, STORY_ID, freshDatabase } from './support.mjs';

let database;
let reality;
before(async () => {
  database = await freshDatabase('sqlite');
  reality = await createRealityServer({ database: database.option, stories: FIXTURES, rateLimits: { address: { limit: 3, windowMs: 60_000 } } });
});
after(async () => {
  await reality.close();
  await database.drop();
});

const listen = (listener) =>
  new Promise((resolve) => {
    const server = createServer(listener).listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${server.address().port}` }));
  });

it('answers its routes over HTTP and passes other paths to next, as Express middleware', async () => {
  const passed = [];
  const middleware = toNodeListener(reality);
  const { server, base } = await listen((req, res) => middleware(req, res, () => (passed.push(req.url), res.end('page'))));
  try {
    const vote = await fetch(`${base}/api/votes`, {
      method: 'POST',
      headers: { origin: base, 'content-type': 'application/json' },
      body: JSON.stringify({ storyId: STORY_ID, choice: 'holds-up' }),
    });
    assert.equal(vote.status, 200);
    assert.equal((await vote.json()).counts['holds-up'], 42);
    assert.match(vote.headers.getSetCookie()[0], /^rk_reader=[\w-]{32}; .*HttpOnly; SameSite=Lax$/);
    assert.equal(await (await fetch(`${base}/about`)).text(), 'page');
    assert.deepEqual(passed, ['/about']);
    // The limit of 3 API requests per address: the socket's address is the key.
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${base}/api/reader?story=${STORY_ID}`)).status);
    assert.deepEqual(statuses, [200, 200, 429]);
  } finally {
    server.close();
  }
});

it('without next, any other path is a 404 with a JSON error', async () => {
  const { server, base } = await listen(toNodeListener(reality));
  try {
    const response = await fetch(`${base}/elsewhere`);
    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), { error: 'not found' });
  } finally {
    server.close();
  }
});

it('a client that gives up mid-request (after an async step, with half a body) does not take the server down', async () => {
  const middleware = toNodeListener(reality);
  // An async step before the listener, as an auth or session check would be.
  const { server, base } = await listen(async (req, res) => {
    await new Promise((resolve) => setTimeout(resolve, 150));
    middleware(req, res);
  });
  try {
    const { connect } = await import('node:net');
    const socket = connect(Number(new URL(base).port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(`POST /api/votes HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${base}\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"storyId":`);
    await new Promise((resolve) => setTimeout(resolve, 30));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 400));
    const after = await fetch(`${base}/stories/story-export-curbs.json`);
    assert.equal(after.status, 200);
  } finally {
    server.close();
  }
});

it("Fastify's way: a body the framework already read goes along as req.body", async () => {
  const own = await freshDatabase('sqlite');
  const unlimited = await createRealityServer({ database: own.option, stories: FIXTURES });
  const middleware = toNodeListener(unlimited);
  const { server, base } = await listen((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => middleware(Object.assign(req, { body: JSON.parse(text) }), res));
  });
  try {
    const vote = await fetch(`${base}/api/votes`, {
      method: 'POST',
      headers: { origin: base, 'content-type': 'application/json' },
      body: JSON.stringify({ storyId: STORY_ID, choice: 'too-early' }),
      signal: AbortSignal.timeout(5000),
    });
    assert.equal(vote.status, 200);
    assert.equal((await vote.json()).counts['too-early'], 58);
  } finally {
    server.close();
    await unlimited.close();
    await own.drop();
  }
});
