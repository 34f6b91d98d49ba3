// The floor the fan-out is measured against: a bare node:http server that polls the same
// simulator (the same Asternic realtime request, once per period), parses its answer, and pushes
// a body of the same shape and size as Callboard's (the app's own answer, captured by the bench,
// with the new time) to the same SSE and polling clients: no framework, no auth, no web streams.
// One buffer per snapshot, written to every socket; one keep-alive timer.
//
// Forked by bench/fanout/scenarios.mjs with IPC, answering the same { type: 'gc' } questions as
// bench/app-server.mjs; /api/metrics gives the counters the bench reads from the app.
// env: FLOOR_PORT, FLOOR_UPSTREAM (realtime URL), FLOOR_AUTH (Basic credentials), FLOOR_TEMPLATE
// (the app's queues/live JSON), FLOOR_PERIOD_MS, FLOOR_SOURCE.
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

async function poll() {
  try {
    // Parsed as the app parses it, though only its time is pushed (the body is the template).
    JSON.parse(await fetchUpstream());
    const fetchedAtMs = Date.now();
    latestJson = JSON.stringify({
      ...template,
      fetchedAt: new Date(fetchedAtMs).toISOString(),
      ageSeconds: 0,
      stale: false,
    });
    const frame = Buffer.from(`id: ${fetchedAtMs}\nevent: snapshot\ndata: ${latestJson}\n\n`);
    latestFrame = frame;
    for (const res of streams) res.write(frame);
  } catch (error) {
    process.stderr.write(`floor: upstream failed: ${error?.message ?? error}\n`);
  }
}
let latestFrame;
await poll();
setInterval(poll, periodMs);
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
