// `npm run bench`: the live path under load, on loopback. Starts the simulator, the production
// app (bench/app-server.mjs), SSE and polling clients, and prints figures (no pass/fail).
// See bench/README.md for what each figure means and how it is measured.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Redis from 'ioredis';
import { buildIfNeeded } from '../scripts/lib/build-if-needed.mjs';
import { startAndWait } from '../scripts/lib/processes.mjs';
import { churn } from './clients/churn.mjs';
import { fanoutFdNeed, printFanout, runFanout } from './fanout/scenarios.mjs';
import { startPollers } from './clients/poller.mjs';
import { openSseClients, SseClient, sseAgent } from './clients/sse-client.mjs';
import { startApp, stopChild, waitForOk } from './lib/app-process.mjs';
import { Deliveries } from './lib/deliveries.mjs';
import { freePort, sleep, sleepUntil } from './lib/http.mjs';
import { scrapeMetrics, sumMetric } from './lib/metrics.mjs';
import { fmt, mb, percentile, table } from './lib/stats.mjs';
import { createUpstreamCounter } from './lib/upstream-counter.mjs';
import { runTvSoak } from './tv-soak.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = fileURLToPath(new URL('./callboard.bench.yaml', import.meta.url));

const env = process.env;
const SOURCE = 'hq';
/** The source's refreshSeconds in bench/callboard.bench.yaml. */
const PERIOD_MS = 5000;
const PERIODS = Number(env.BENCH_PERIODS ?? 4);
const SSE_COUNTS = (env.BENCH_SSE ?? '1,10,100,500').split(',').map(Number);
const POLLERS = Number(env.BENCH_POLLERS ?? 50);
const CHURN_CYCLES = Number(env.BENCH_CHURN ?? 1000);
const CHURN_CONCURRENCY = 25;
const CHURN_WAIT_MS = 2000;
const REDIS_SSE = Number(env.BENCH_REDIS_SSE ?? 100);
const REDIS_POLLERS = POLLERS;

const secret = () => randomBytes(18).toString('hex');
const credentials = {
  SIM_ASTERNIC_PASSWORD: secret(),
  BENCH_AUTH_SECRET: secret(),
  BENCH_ADMIN_PASSWORD: secret(),
  BENCH_CLIENT_TOKEN: `bench-client-${secret()}`,
  BENCH_ADMIN_TOKEN: `bench-admin-${secret()}`,
};
const clientToken = credentials.BENCH_CLIENT_TOKEN;
const adminToken = credentials.BENCH_ADMIN_TOKEN;

const children = [];
const log = (line = '') => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------

/**
 * 500 streams plus pollers need a few thousand descriptors in the client and the server; below
 * that, re-runs itself once under `ulimit -S -n` raised as far as the hard limit allows.
 */
function ensureFdLimit() {
  const need = Math.max(
    Math.max(...SSE_COUNTS) + POLLERS + CHURN_CONCURRENCY + 256,
    fanoutFdNeed(),
  );
  const want = Math.max(4096, need);
  const read = (flag) =>
    execFileSync('sh', ['-c', `ulimit ${flag} -n`])
      .toString()
      .trim();
  const soft = read('-S');
  if (soft === 'unlimited' || Number(soft) >= want) return soft;
  if (env.BENCH_FD_RAISED) {
    if (Number(soft) < need) log(`bench: warning: ulimit -n is ${soft}, ${need} are needed`);
    return soft;
  }
  const hard = read('-H');
  const target = hard === 'unlimited' ? want : Math.min(want, Number(hard));
  if (target <= Number(soft)) {
    if (Number(soft) < need) log(`bench: warning: ulimit -n is ${soft}, ${need} are needed`);
    return soft;
  }
  const script = `ulimit -S -n ${target} && exec "$0" "$@"`;
  const args = [...process.execArgv, process.argv[1], ...process.argv.slice(2)];
  const result = spawnSync('sh', ['-c', script, process.execPath, ...args], {
    stdio: 'inherit',
    env: { ...env, BENCH_FD_RAISED: '1' },
  });
  process.exit(result.status ?? 1);
}

async function startSim() {
  const port = await freePort();
  const child = await startAndWait(
    process.execPath,
    ['--import', 'tsx', 'sim/cli.ts', '--port', String(port)],
    {
      env: { SIM_ASTERNIC_PASSWORD: credentials.SIM_ASTERNIC_PASSWORD },
      ready: /sim listening on/,
      label: 'sim',
      timeoutMs: 60_000,
    },
  );
  children.push(child);
  return { url: `http://127.0.0.1:${port}`, port, child };
}

async function startInstance(label, simPort, extraEnv = {}) {
  const port = await freePort();
  const app = await startApp({
    root,
    port,
    label,
    env: {
      CALLBOARD_CONFIG: configFile,
      SIM_PORT: String(simPort),
      ...credentials,
      ...extraEnv,
    },
  });
  children.push(app.child);
  // The first request loads the route's code and starts the source's poll.
  await waitForOk(`${app.url}/api/v1/sources/${SOURCE}/queues/live`, {
    authorization: `Bearer ${clientToken}`,
  });
  return app;
}

const streamPath = `/api/v1/sources/${SOURCE}/queues/live/stream`;
const livePath = `/api/v1/sources/${SOURCE}/queues/live`;
const cpuPercent = (a, b) =>
  ((b.cpu.user + b.cpu.system - a.cpu.user - a.cpu.system) / 1000 / (b.atMs - a.atMs)) * 100;

/**
 * One measured scenario: `sse` streams and `pollers` polling clients spread over `apps`, then a
 * window of PERIODS periods that starts midway between two upstream answers (so no poll sits on
 * its edge), and figures over that window.
 */
async function runScenario({ name, apps, sse, pollers, counter, periods = PERIODS }) {
  log(`\nbench: ${name}: opening ${sse} SSE + ${pollers} polling clients…`);
  const deliveries = new Deliveries();
  const agent = sseAgent();
  const urls = apps.map((a) => a.url);
  const poll = startPollers({
    count: pollers,
    periodMs: PERIOD_MS,
    urlFor: (i) => `${urls[i % urls.length]}${livePath}`,
    token: clientToken,
  });
  let clients = [];
  try {
    const connectStart = Date.now();
    clients = await openSseClients({
      count: sse,
      make: (i) =>
        new SseClient({
          url: `${urls[i % urls.length]}${streamPath}`,
          token: clientToken,
          agent,
          onSnapshot: (id, at) => deliveries.record(id, at),
        }),
    });
    const connectMs = Date.now() - connectStart;

    let t0 = deliveries.latestId + PERIOD_MS / 2;
    while (t0 < Date.now() + 250) t0 += PERIOD_MS;
    const t1 = t0 + periods * PERIOD_MS;
    await sleepUntil(t0);
    const bench0 = process.cpuUsage();
    const [c0, s0] = await Promise.all([
      counter.read(urls),
      Promise.all(apps.map((a) => a.stats())),
    ]);
    await sleepUntil(t1);
    const [c1, s1] = await Promise.all([
      counter.read(urls),
      Promise.all(apps.map((a) => a.stats())),
    ]);
    const benchCpu = process.cpuUsage(bench0);
    const samples = await Promise.all(apps.map((a) => scrapeMetrics(a.url, adminToken)));
    const afterGc = await Promise.all(apps.map((a) => a.gc()));

    const d = deliveries.summarize(t0, t1, sse);
    const polls = poll.results.filter((r) => r.atMs >= t0 && r.atMs < t1);
    const pollLatency = polls.map((r) => r.latencyMs);
    const result = {
      name,
      sse,
      pollers,
      connectMs,
      upstream: (c1.value - c0.value) / periods,
      upstreamSim: c0.sim === undefined ? undefined : (c1.sim - c0.sim) / periods,
      upstreamApp: (c1.app - c0.app) / periods,
      ...d,
      dropped: clients.filter((c) => c.closedByServer || c.error).length,
      polls: polls.length,
      pollErrors: polls.filter((r) => r.status !== 200).length,
      pollP50: percentile(pollLatency, 50),
      pollP99: percentile(pollLatency, 99),
      cpu: apps.map((_, i) => cpuPercent(s0[i], s1[i])),
      heapMb: afterGc.map((g) => mb(g.memory.heapUsed)),
      rssMb: afterGc.map((g) => mb(g.memory.rss)),
      sockets: afterGc.map((g) => g.connections),
      subscribers: samples.map((s) => sumMetric(s, 'callboard_sse_clients', { source: SOURCE })),
      benchCpu: ((benchCpu.user + benchCpu.system) / 1000 / (t1 - t0)) * 100,
    };
    log(
      `bench: ${name}: connected in ${result.connectMs} ms; window ${periods} periods: ` +
        `upstream ${fmt(result.upstream, 2)}/period (sim ${fmt(result.upstreamSim, 2)}, ` +
        `app metrics ${fmt(result.upstreamApp, 2)}); ${d.snapshots} snapshots, ` +
        `${d.deliveries} deliveries, ${d.missed} missed, ${result.dropped} streams dropped; ` +
        `${polls.length} polls (${result.pollErrors} not 200); server CPU ` +
        `${result.cpu.map((c) => fmt(c, 1)).join(' + ')} %, bench (clients) CPU ` +
        `${fmt(result.benchCpu, 1)} %; subscribers ${result.subscribers.join(' + ')}, ` +
        `sockets ${result.sockets.join(' + ')}`,
    );
    return result;
  } finally {
    for (const client of clients) client.close();
    poll.stop();
    agent.destroy();
  }
}

/** What the server holds: SSE subscribers (the gauge), open sockets and heap after GC. */
async function serverState(app) {
  const g = await app.gc();
  const samples = await scrapeMetrics(app.url, adminToken);
  return {
    subscribers: sumMetric(samples, 'callboard_sse_clients', { source: SOURCE }),
    sockets: g.connections,
    heapMb: mb(g.memory.heapUsed),
  };
}

async function runChurn(app) {
  log(`\nbench: churn: ${CHURN_CYCLES} SSE connect/abort cycles, ${CHURN_CONCURRENCY} at a time…`);
  await sleep(1500);
  const before = await serverState(app);
  const agent = sseAgent();
  const started = Date.now();
  const outcome = await churn({
    cycles: CHURN_CYCLES,
    concurrency: CHURN_CONCURRENCY,
    waitMs: CHURN_WAIT_MS,
    url: `${app.url}${streamPath}`,
    token: clientToken,
    agent,
  });
  const durationMs = Date.now() - started;
  agent.destroy();
  // Aborts reach the server asynchronously: give it up to 10 s to get back to the baseline.
  const settleStart = Date.now();
  let after;
  do {
    await sleep(500);
    after = await serverState(app);
  } while (
    (after.subscribers > before.subscribers || after.sockets > before.sockets) &&
    Date.now() - settleStart < 10_000
  );
  return { outcome, durationMs, before, after, settleMs: Date.now() - settleStart };
}

async function startRedis() {
  const port = await freePort();
  const child = await startAndWait(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { ready: /Ready to accept connections/, label: 'redis', timeoutMs: 20_000 },
  );
  children.push(child);
  return { url: `redis://127.0.0.1:${port}`, child };
}

/** Other clients than ours connected to Redis, and keys the app left there. */
async function redisUsage(url) {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const list = String(await redis.call('CLIENT', 'LIST'));
    const clients = list.split('\n').filter((l) => l.trim() !== '').length - 1;
    const keys = Number(await redis.dbsize());
    return { clients, keys };
  } finally {
    redis.disconnect();
  }
}

const hasRedis = () =>
  existsSync('/usr/bin/redis-server') ||
  spawnSync('sh', ['-c', 'command -v redis-server']).status === 0;

async function runRedisScenario(sim, counter) {
  if (!hasRedis()) return { available: false, reason: 'redis-server is not installed' };
  const redis = await startRedis();
  const apps = [];
  try {
    for (const label of ['app-a', 'app-b']) {
      apps.push(await startInstance(label, sim.port, { REDIS_URL: redis.url }));
    }
    const result = await runScenario({
      name: `2 instances + Redis`,
      apps,
      sse: REDIS_SSE,
      pollers: REDIS_POLLERS,
      counter,
    });
    const usage = await redisUsage(redis.url);
    if (usage.clients === 0 && usage.keys === 0) {
      return {
        available: false,
        reason:
          'the app instances never connected to Redis (REDIS_URL not honoured yet); measured ' +
          `${fmt(result.upstream, 2)} upstream requests/period with 2 uncoordinated instances`,
        result,
      };
    }
    return { available: true, result, usage };
  } finally {
    await Promise.all(apps.map((a) => a.stop()));
    await stopChild(redis.child);
  }
}

// ---------------------------------------------------------------------------------------------

function printReport({ counter, scenarios, churnResult, redisResult, totalMs }) {
  log('\n================ Callboard bench: live path ================');
  log(
    `source "${SOURCE}" (Asternic realtime, refresh period ${PERIOD_MS / 1000} s); each window ` +
      `${PERIODS} periods; ${POLLERS} polling clients every ${PERIOD_MS / 1000} s (staggered) ` +
      'beside the SSE clients',
  );
  log(`upstream requests counted by: ${counter.primary}`);
  log(
    'delays in ms: receipt by the client − SSE id (the upstream answer); "last" = slowest client per snapshot',
  );
  log('');
  const rows = [...scenarios, ...(redisResult.result ? [redisResult.result] : [])].map((r) => [
    r.name,
    fmt(r.upstream, 2),
    `${fmt(r.lastP50)} / ${fmt(r.lastP99)}`,
    `${fmt(r.allP50)} / ${fmt(r.allP99)}`,
    `${r.snapshots} / ${r.deliveries} / ${r.missed}`,
    `${fmt(r.pollP50)} / ${fmt(r.pollP99)}`,
    r.cpu.map((c) => fmt(c, 1)).join(' + '),
    r.heapMb.map((h) => fmt(h, 1)).join(' + '),
  ]);
  log(
    table(
      [
        'scenario',
        'upstream/period',
        'last-client p50/p99',
        'all deliveries p50/p99',
        'snaps/deliv/missed',
        'poll p50/p99',
        'server CPU %',
        'heap MB (after GC)',
      ],
      rows,
    ),
  );
  log('');
  const { outcome, before, after } = churnResult;
  log(
    `SSE connect/abort churn: ${outcome.cycles} cycles in ${fmt(churnResult.durationMs / 1000, 1)} s ` +
      `(${outcome.snapshot} got a snapshot, ${outcome.timedOut} aborted after ${CHURN_WAIT_MS} ms ` +
      `without one, ${outcome.failed} failed${
        outcome.errors.size
          ? `: ${[...outcome.errors].map(([e, n]) => `${n}× ${e}`).join('; ')}`
          : ''
      })`,
  );
  log(
    table(
      ['', 'before', 'after'],
      [
        ['subscribers (callboard_sse_clients)', before.subscribers, after.subscribers],
        ['open sockets (server.getConnections)', before.sockets, after.sockets],
        ['heap used after GC (MB)', fmt(before.heapMb, 1), fmt(after.heapMb, 1)],
      ],
    ),
  );
  const back = after.subscribers <= before.subscribers && after.sockets <= before.sockets;
  log(
    back
      ? `back to the baseline ${fmt(churnResult.settleMs / 1000, 1)} s after the last abort`
      : 'NOT back to the baseline 10 s after the last abort',
  );
  log('');
  if (redisResult.available) {
    const r = redisResult.result;
    log(
      `2 instances + Redis (${r.sse} SSE + ${r.pollers} polling clients split across both): ` +
        `${fmt(r.upstream, 2)} upstream requests per period ` +
        `(redis: ${redisResult.usage.clients} app connections, ${redisResult.usage.keys} keys)`,
    );
  } else {
    log(`2 instances + Redis: not available: ${redisResult.reason}`);
  }
  log(`\nbench finished in ${fmt(totalMs / 1000, 0)} s`);
}

async function main() {
  const startedAt = Date.now();
  const fd = ensureFdLimit();
  process.chdir(root);
  log(`bench: ulimit -n ${fd}; node ${process.version}`);
  await buildIfNeeded(root);
  const sim = await startSim();
  let app = await startInstance('app', sim.port);
  const counter = await createUpstreamCounter({ simUrl: sim.url, sourceId: SOURCE, adminToken });
  log(`bench: upstream requests counted by ${counter.primary}`);

  const scenarios = [];
  for (const sse of SSE_COUNTS) {
    scenarios.push(
      await runScenario({
        name: `${sse} SSE + ${POLLERS} poll`,
        apps: [app],
        sse,
        pollers: POLLERS,
        counter,
      }),
    );
  }
  const churnResult = await runChurn(app);
  await app.stop();
  app = undefined;

  // Issue 13's scenarios (bench/fanout/scenarios.mjs), each with its bare-node:http floor.
  const fanout = await runFanout({
    log,
    root,
    sim,
    counter,
    credentials,
    clientToken,
    source: SOURCE,
    periodMs: PERIOD_MS,
    livePath,
    streamPath,
    runScenario,
    startInstance: (label, simPort, extraEnv) => startInstance(label, simPort, extraEnv),
    startRedis,
    redisUsage,
    hasRedis,
    stopChild,
  });

  let redisResult;
  try {
    redisResult = await runRedisScenario(sim, counter);
  } catch (error) {
    redisResult = { available: false, reason: String(error?.message ?? error) };
  }
  printReport({ counter, scenarios, churnResult, redisResult, totalMs: Date.now() - startedAt });
  printFanout(fanout, log);
  if (env.BENCH_TV !== '0') await runTvSoak({ root, mode: 'quick', log });
  await (await import('./pages.mjs')).benchPages({ root, log }); // first-load JS, chart paint
}

async function cleanup() {
  await Promise.all(children.map((child) => stopChild(child)));
}

process.on('SIGINT', () => cleanup().finally(() => process.exit(130)));
process.on('SIGTERM', () => cleanup().finally(() => process.exit(143)));

main()
  .then(cleanup)
  .then(() => process.exit(0))
  .catch(async (error) => {
    process.stderr.write(`bench failed: ${error?.stack ?? error}\n`);
    await cleanup();
    process.exit(1);
  });
