// CPU profile of the production app under N SSE + P polling clients (defaults 2,000 + 100):
// `node bench/fanout/profile.mjs [outDir]`. Starts the simulator and the app (bench/app-server.mjs,
// the same server `npm start` runs), connects the clients, profiles PROFILE_PERIODS refresh periods
// with the inspector's CPU profiler, writes the .cpuprofile (open it in Chrome DevTools) and prints
// the top frames by self time. Knobs: PROFILE_SSE, PROFILE_POLLERS, PROFILE_PERIODS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPollers } from '../clients/poller.mjs';
import { openSseClients, SseClient, sseAgent } from '../clients/sse-client.mjs';
import { stopChild } from '../lib/app-process.mjs';
import { Deliveries } from '../lib/deliveries.mjs';
import { summarizeProfile } from '../lib/cpu-profile.mjs';
import { sleepUntil } from '../lib/http.mjs';
import { fmt } from '../lib/stats.mjs';
import { buildIfNeeded } from '../../scripts/lib/build-if-needed.mjs';
import {
  livePath,
  makeCredentials,
  PERIOD_MS,
  root,
  startInstance,
  startSim,
  streamPath,
} from './setup.mjs';

const sse = Number(process.env.PROFILE_SSE ?? 2000);
const pollers = Number(process.env.PROFILE_POLLERS ?? 100);
const periods = Number(process.env.PROFILE_PERIODS ?? 4);
const outDir = process.argv[2] ?? join(root, '.bench-profiles');
const log = (line = '') => process.stdout.write(`${line}\n`);

process.chdir(root);
await buildIfNeeded(root);
const credentials = makeCredentials();
const sim = await startSim(credentials);
const app = await startInstance({ label: 'app', simPort: sim.port, credentials });
const token = credentials.BENCH_CLIENT_TOKEN;
const deliveries = new Deliveries();
const agent = sseAgent();
const poll = startPollers({
  count: pollers,
  periodMs: PERIOD_MS,
  urlFor: () => `${app.url}${livePath}`,
  token,
});
let clients = [];
try {
  clients = await openSseClients({
    count: sse,
    timeoutMs: 120_000,
    make: () =>
      new SseClient({
        url: `${app.url}${streamPath}`,
        token,
        agent,
        onSnapshot: (id, at) => deliveries.record(id, at),
      }),
  });
  let t0 = deliveries.latestId + PERIOD_MS / 2;
  while (t0 < Date.now() + 250) t0 += PERIOD_MS;
  const t1 = t0 + periods * PERIOD_MS;
  await sleepUntil(t0);
  const s0 = await app.stats();
  await app.profile('start');
  await sleepUntil(t1);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `app-${sse}sse-${pollers}poll-${Date.now()}.cpuprofile`);
  await app.profile('stop', file);
  const s1 = await app.stats();
  const cpu = (s1.cpu.user + s1.cpu.system - s0.cpu.user - s0.cpu.system) / 1000 / (t1 - t0);
  const d = deliveries.summarize(t0, t1, sse);
  const summary = summarizeProfile(
    JSON.parse((await import('node:fs')).readFileSync(file, 'utf8')),
    25,
  );
  writeFileSync(`${file}.summary.json`, JSON.stringify({ sse, pollers, periods, d, summary }));
  log(`\nprofile: ${file}`);
  log(
    `${sse} SSE + ${pollers} polling, ${periods} periods: server CPU ${fmt(cpu * 100, 1)} %; ` +
      `last-client p50/p99 ${fmt(d.lastP50)} / ${fmt(d.lastP99)} ms; ${d.snapshots} snapshots, ` +
      `${d.missed} missed; profiled ${summary.totalMs} ms, busy ${summary.busyMs} ms`,
  );
  log(
    `CPU ms in the busiest seconds (the snapshot bursts): ${summary.busiestSecondsMs.join(', ')}`,
  );
  log('\nby area (self time):');
  for (const a of summary.areas)
    log(`  ${a.pct.padStart(5)} %  ${String(a.ms).padStart(6)} ms  ${a.name}`);
  log('\ntop functions (self time):');
  for (const f of summary.functions)
    log(`  ${f.pct.padStart(5)} %  ${String(f.ms).padStart(6)} ms  ${f.name}`);
} finally {
  for (const client of clients) client.close();
  poll.stop();
  agent.destroy();
  await stopChild(app.child);
  await stopChild(sim.child);
}
process.exit(0);
