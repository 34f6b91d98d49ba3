// The floor the fan-out is measured against: a bare node:http server that polls the same
// simulator (the same Asternic realtime request, once per period), parses its answer, and pushes
// a body of the same shape and size as Callboard's (the app's own answer, captured by the bench,
// with the new time) to the same SSE and polling clients: no framework, no auth, no web streams.
// One buffer per snapshot, written to every socket; one keep-alive timer.
//
// Forked by bench/fanout/scenarios.mjs with IPC, answering the same { type: 'gc' } questions as
// bench/app-server.mjs; /api/metrics gives the counters the bench reads from the app.
// env: FLOOR_PORT, FLOOR_UPSTREAM (realtime URL), FLOOR_AUTH (Basic credentials), FLOOR_TEMPLATE
// (the app's queues/live JSON), FLOOR_PERIOD_MS, FLOOR_SOURCE; FLOOR_REDIS_URL and FLOOR_ROLE
// for a pair behind Redis (below).
import { Agent, createServer, request } from 'node:http';

const port = Number(process.env.FLOOR_PORT);
const upstream = process.env.FLOOR_UPSTREAM;
const periodMs = Number(process.env.FLOOR_PERIOD_MS ?? 5000);
const sourceId = process.env.FLOOR_SOURCE ?? 'hq';
const template = JSON.parse(process.env.FLOOR_TEMPLATE ?? '{}');
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const streams = new Set();
const keepAlive = Buffer.from(': keep-alive\n\n');
let latestJson = '';
let upstreamRequests = 0;

function fetchUpstream() {
  return new Promise((resolve, reject) => {
    upstreamRequests += 1;
    const req = request(upstream, {
      agent,
      headers: { authorization: `Basic ${process.env.FLOOR_AUTH}`, accept: 'application/json' },
    });
    req.setTimeout(periodMs, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    req.end();
  });
}

/** The snapshot body as JSON, and its SSE frame written to every open stream. */
function push(json, fetchedAtMs) {
  latestJson = json;
  latestFrame = Buffer.from(`id: ${fetchedAtMs}\nevent: snapshot\ndata: ${json}\n\n`);
  for (const res of streams) res.write(latestFrame);
}

async function poll() {
  try {
    // Parsed as the app parses it, though only its time is pushed (the body is the template).
    JSON.parse(await fetchUpstream());
    const fetchedAtMs = Date.now();
    const json = JSON.stringify({
      ...template,
      fetchedAt: new Date(fetchedAtMs).toISOString(),
      ageSeconds: 0,
      stale: false,
    });
    // The pair's leader hands the body to Redis first, so both halves write at the same time.
    // (Kept under a key too, as the app keeps its shared state, for a follower that starts late.)
    publisher
      ?.pipeline()
      .publish(channel, json)
      .set(stateKey, json)
      .exec()
      .catch((error) => {
        process.stderr.write(`floor: publish failed: ${error?.message ?? error}\n`);
      });
    push(json, fetchedAtMs);
  } catch (error) {
    process.stderr.write(`floor: upstream failed: ${error?.message ?? error}\n`);
  }
}
let latestFrame;

// FLOOR_REDIS_URL makes this one half of a pair behind Redis, the floor of the app's two
// instances: the leader (FLOOR_ROLE=leader) polls and publishes each body on a channel, the
// follower (FLOOR_ROLE=follower) never polls and pushes what arrives, parsed as the app parses
// what another instance shares.
const redisUrl = process.env.FLOOR_REDIS_URL;
const role = redisUrl ? (process.env.FLOOR_ROLE ?? 'leader') : 'alone';
const channel = `floor:${sourceId}:updates`;
const stateKey = `floor:${sourceId}:state`;
let publisher;
if (redisUrl) {
  const { default: Redis } = await import('ioredis');
  if (role === 'follower') {
    const subscriber = new Redis(redisUrl);
    subscriber.on('message', (_channel, json) => {
      const body = JSON.parse(json);
      push(json, Date.parse(body.fetchedAt));
    });
    await subscriber.subscribe(channel);
    const commands = new Redis(redisUrl);
    const last = await commands.get(stateKey);
    if (last && !latestJson) push(last, Date.parse(JSON.parse(last).fetchedAt));
    commands.disconnect();
  } else {
    publisher = new Redis(redisUrl);
  }
}
if (role !== 'follower') {
  await poll();
  setInterval(poll, periodMs);
}
setInterval(() => {
  for (const res of streams) res.write(keepAlive);
}, 15_000);

const streamPath = `/api/v1/sources/${sourceId}/queues/live/stream`;
const livePath = `/api/v1/sources/${sourceId}/queues/live`;
const server = createServer((req, res) => {
  if (req.url === streamPath) {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
    });
    res.write('retry: 3000\n\n');
    if (latestFrame) res.write(latestFrame);
    streams.add(res);
    res.once('close', () => streams.delete(res));
  } else if (req.url === livePath) {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(latestJson);
  } else if (req.url === '/api/metrics') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end(
      `callboard_upstream_requests_total{source="${sourceId}"} ${upstreamRequests}\n` +
        `callboard_sse_clients{source="${sourceId}"} ${streams.size}\n`,
    );
  } else {
    res.writeHead(404);
    res.end();
  }
});
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`floor listening on http://127.0.0.1:${port} (pid ${process.pid})\n`);
});

const connections = () =>
  new Promise((resolve) => server.getConnections((e, n) => resolve(e ? -1 : n)));
process.on('message', async (message) => {
  if (message?.type !== 'gc') return;
  if (message.gc !== false && typeof globalThis.gc === 'function') {
    globalThis.gc();
    globalThis.gc();
  }
  process.send?.({
    type: 'gc',
    id: message.id,
    gcAvailable: typeof globalThis.gc === 'function',
    memory: process.memoryUsage(),
    cpu: process.cpuUsage(),
    connections: await connections(),
    atMs: performance.now(),
  });
});
const stop = () => {
  server.closeAllConnections();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
