// The fan-out scenarios of `npm run bench` (issue 13): 2,000 SSE + 100 polling and 5,000 SSE on
// one instance, each beside the bare-node:http floor (bench/fanout/floor-server.mjs) measured in
// the same run, then 2 instances × 1,000 SSE behind Redis. Called from bench/run.mjs with its
// helpers; BENCH_FANOUT=0 skips it. See bench/README.md.
import { fileURLToPath } from 'node:url';
import { openSseClients, SseClient, sseAgent } from '../clients/sse-client.mjs';
import { startApp } from '../lib/app-process.mjs';
import { freePort, httpGet, sleep } from '../lib/http.mjs';
import { fmt, mb, table } from '../lib/stats.mjs';

const floorScript = fileURLToPath(new URL('./floor-server.mjs', import.meta.url));
const env = process.env;
const off = env.BENCH_FANOUT === '0' || env.BENCH_FANOUT === '';
/** [SSE, pollers] per one-instance scenario. */
const SIZES = (env.BENCH_FANOUT ?? '2000+100,5000+0').split(',').map((s) => {
  const [sse, pollers = '0'] = s.split('+');
  return [Number(sse), Number(pollers)];
});
const REDIS = (env.BENCH_FANOUT_REDIS ?? '1000+50').split('+').map(Number);
/**
 * Snapshots per fan-out scenario: the ratio is of p99s over snapshots, and with BENCH_PERIODS' 4
 * or 8 that is the slowest one, a single GC pause or busy moment. 20 by default (100 s each).
 */
const PERIODS = Number(env.BENCH_FANOUT_PERIODS ?? Math.max(20, Number(env.BENCH_PERIODS ?? 0)));

/** Descriptors the largest scenario needs in one process (its streams, pollers and spare). */
export function fanoutFdNeed() {
  if (off) return 0;
  return Math.max(...SIZES.map(([s, p]) => s + p), 2 * (REDIS[0] + REDIS[1])) + 512;
}

/**
 * Runs the scenarios: `ctx` brings run.mjs's simulator, upstream counter and helpers. The app
 * goes first (its answer is the floor's template), then the floor, then the Redis pair.
 */
export async function runFanout(ctx) {
  if (off) return undefined;
  const { log, sim, counter, startInstance, runScenario, clientToken } = ctx;
  const results = { app: [], floor: [], redis: undefined };
  log(
    `\nbench: fan-out: ${SIZES.map(([s, p]) => `${s} SSE + ${p} poll`).join(', ')}, app then floor`,
  );

  const app = await startInstance('fanout-app', sim.port);
  let template;
  try {
    const { text } = await httpGet(`${app.url}${ctx.livePath}`, {
      headers: { authorization: `Bearer ${clientToken}` },
    });
    template = text;
    for (const [sse, pollers] of SIZES) {
      results.app.push(
        await measured(
          app,
          () =>
            runScenario({
              name: `app ${sse} SSE + ${pollers} poll`,
              apps: [app],
              sse,
              pollers,
              counter,
              periods: PERIODS,
            }),
          ctx,
        ),
      );
    }
  } finally {
    await app.stop();
  }

  const floor = await startFloor(ctx, template);
  try {
    for (const [sse, pollers] of SIZES) {
      results.floor.push(
        await measured(
          floor,
          () =>
            runScenario({
              name: `floor ${sse} SSE + ${pollers} poll`,
              apps: [floor],
              sse,
              pollers,
              counter,
              periods: PERIODS,
            }),
          ctx,
        ),
      );
    }
  } finally {
    await floor.stop();
  }

  results.redis = await runRedisPair(ctx, template).catch((error) => ({
    available: false,
    reason: String(error?.message ?? error),
  }));
  return results;
}

/**
 * 200 streams opened and closed, so that the baseline below is a server that has served streams
 * (code loaded, pools and buffers grown), not one fresh from start-up whose RSS still moves.
 */
async function warmUp(servers, ctx) {
  const agent = sseAgent();
  const clients = await openSseClients({
    count: 200,
    make: (i) =>
      new SseClient({
        url: `${servers[i % servers.length].url}${ctx.streamPath}`,
        token: ctx.clientToken,
        agent,
      }),
  });
  for (const client of clients) client.close();
  agent.destroy();
  await sleep(2000);
}

/** A scenario with the server's heap and RSS before any client, for the per-stream figures. */
async function measured(server, scenario, ctx) {
  await warmUp([server], ctx);
  const before = await server.gc();
  const result = await scenario();
  return {
    ...result,
    baseHeapMb: [mb(before.memory.heapUsed)],
    baseRssMb: [mb(before.memory.rss)],
  };
}

async function startFloor(ctx, template, extraEnv = {}, label = 'floor') {
  const port = await freePort();
  const { sim, credentials } = ctx;
  const auth = Buffer.from(`wallboard:${credentials.SIM_ASTERNIC_PASSWORD}`).toString('base64');
  return startApp({
    root: ctx.root,
    port,
    label,
    script: floorScript,
    ready: /floor listening on/,
    env: {
      FLOOR_PORT: String(port),
      FLOOR_UPSTREAM: `${sim.url}/asternic/stats/rest/index.php?entity=realtime`,
      FLOOR_AUTH: auth,
      FLOOR_TEMPLATE: template,
      FLOOR_PERIOD_MS: String(ctx.periodMs),
      FLOOR_SOURCE: ctx.source,
      ...extraEnv,
    },
  });
}

/**
 * 2 instances × (SSE + pollers) behind one Redis, then the floor's own pair in the same run: two
 * bare servers, one polling and publishing each body on Redis, the other pushing what arrives
 * (bench/fanout/floor-server.mjs). Same clients, same Redis, same machine: the ratio compares
 * like with like, a second process and a Redis hop on both sides.
 */
async function runRedisPair(ctx, template) {
  const { startInstance, startRedis, redisUsage, runScenario, sim, counter, stopChild } = ctx;
  if (!ctx.hasRedis()) return { available: false, reason: 'redis-server is not installed' };
  const redis = await startRedis();
  const [sse, pollers] = REDIS;
  const pairScenario = async (name, servers) => {
    await warmUp(servers, ctx);
    const before = await Promise.all(servers.map((a) => a.gc()));
    const result = await runScenario({
      name,
      apps: servers,
      sse: 2 * sse,
      pollers: 2 * pollers,
      counter,
      periods: PERIODS,
    });
    return {
      ...result,
      baseHeapMb: before.map((g) => mb(g.memory.heapUsed)),
      baseRssMb: before.map((g) => mb(g.memory.rss)),
    };
  };
  try {
    const apps = [];
    let result;
    let usage;
    try {
      for (const label of ['fanout-a', 'fanout-b']) {
        apps.push(await startInstance(label, sim.port, { REDIS_URL: redis.url }));
      }
      result = await pairScenario(`2 × ${sse} SSE + ${pollers} poll, Redis`, apps);
      usage = await redisUsage(redis.url);
    } finally {
      await Promise.all(apps.map((a) => a.stop()));
    }
    const floors = [];
    let floor;
    try {
      for (const role of ['leader', 'follower']) {
        floors.push(
          await startFloor(
            ctx,
            template,
            { FLOOR_REDIS_URL: redis.url, FLOOR_ROLE: role },
            `floor-${role}`,
          ),
        );
      }
      floor = await pairScenario(`floor 2 × ${sse} SSE + ${pollers} poll, Redis`, floors);
    } finally {
      await Promise.all(floors.map((f) => f.stop()));
    }
    return {
      available: usage.clients > 0 || usage.keys > 0,
      reason: 'the instances never connected to Redis',
      usage,
      result,
      floor,
    };
  } finally {
    await stopChild(redis.child);
  }
}

/** KB per open stream on each instance: (with the clients − before them) ÷ its streams. */
function perStreamKb(r, key, baseKey) {
  const perInstance = r.sse / r[key].length;
  return r[key].map((m, i) => ((m - r[baseKey][i]) * 1024) / perInstance);
}

export function printFanout(results, log) {
  if (!results) return;
  log('\n================ Fan-out at TV-wall scale (issue 13) ================');
  log(
    "ratio = the app's last-client p99 ÷ the bare-node:http floor's, same clients, same run; " +
      `p99 over ${PERIODS} snapshots per scenario`,
  );
  const floorFor = (r) => results.floor.find((f) => f.sse === r.sse && f.pollers === r.pollers);
  const row = (r, floor) => [
    r.name,
    fmt(r.upstream, 2),
    `${fmt(r.lastP50)} / ${fmt(r.lastP99)}`,
    `${fmt(r.allP50)} / ${fmt(r.allP99)}`,
    floor ? fmt(r.lastP99 / floor.lastP99, 2) : '–',
    `${r.snapshots} / ${r.deliveries} / ${r.missed} / ${r.dropped}`,
    `${fmt(r.pollP50)} / ${fmt(r.pollP99)}`,
    r.cpu.map((c) => fmt(c, 1)).join(' + '),
    perStreamKb(r, 'heapMb', 'baseHeapMb')
      .map((k) => fmt(k, 1))
      .join(' + '),
    perStreamKb(r, 'rssMb', 'baseRssMb')
      .map((k) => fmt(k, 1))
      .join(' + '),
  ];
  const rows = [];
  for (const r of results.app) {
    const floor = floorFor(r);
    rows.push(row(r, floor));
    if (floor) rows.push(row(floor, undefined));
  }
  const redis = results.redis;
  if (redis?.result) {
    rows.push(row(redis.result, redis.floor));
    if (redis.floor) rows.push(row(redis.floor, undefined));
  }
  log(
    table(
      [
        'scenario',
        'upstream/period',
        'last-client p50/p99',
        'all p50/p99',
        'p99 ÷ floor',
        'snaps/deliv/missed/dropped',
        'poll p50/p99',
        'CPU %',
        'heap KB/stream',
        'RSS KB/stream',
      ],
      rows,
    ),
  );
  if (redis && !redis.available) log(`2 instances + Redis: not available: ${redis.reason}`);
  else if (redis?.usage) {
    log(
      `2 instances + Redis: ${fmt(redis.result.upstream, 2)} upstream requests per period in total ` +
        `(redis: ${redis.usage.clients} app connections, ${redis.usage.keys} keys); its ratio is ` +
        `against the floor's own pair behind the same Redis, same clients, same run`,
    );
  }
}
