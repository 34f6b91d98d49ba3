// The TV soak: a /tv/{board} page opened with a display link (no session) on the production build,
// in Chromium, through many live updates. Time is compressed on the `fast` source (polled every
// BENCH_TV_REFRESH_MS, default 100 ms, through the bench-only CALLBOARD_BENCH_REFRESH); the full
// run (`npm run bench:soak`) also keeps a second screen on a real-time source for 30 minutes,
// side by side. Prints heap after GC, DOM nodes, performance entries and JS listeners at the
// start and the end, against the targets: heap growth ≤ 20 MB, DOM nodes within 5 %.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from '../scripts/lib/system-deps.mjs';
import { startAndWait } from '../scripts/lib/processes.mjs';
import { startApp, stopChild, waitForOk } from './lib/app-process.mjs';
import { freePort, httpGet, sleep } from './lib/http.mjs';
import { fmt, mb, table } from './lib/stats.mjs';
import { openTvProbe } from './tv/tv-probe.mjs';

const configFile = fileURLToPath(new URL('./callboard.tv-soak.yaml', import.meta.url));
const env = process.env;
const realtimePath = '/rest/index.php?entity=realtime';
const heapTargetMb = 20;
const domTargetPercent = 5;

function settings(mode) {
  const full = mode === 'full';
  return {
    full,
    refreshMs: Number(env.BENCH_TV_REFRESH_MS ?? 100),
    updates: Number(full ? (env.BENCH_SOAK_UPDATES ?? 17_280) : (env.BENCH_TV_UPDATES ?? 1000)),
    realMinutes: full ? Number(env.BENCH_SOAK_MINUTES ?? 30) : 0,
    checkpointMs: Number(env.BENCH_SOAK_CHECK_MINUTES ?? 5) * 60_000,
    warmupMs: Number(env.BENCH_TV_WARMUP_S ?? 20) * 1000,
  };
}

async function startSim(password, label) {
  const port = await freePort();
  const child = await startAndWait(
    process.execPath,
    ['--import', 'tsx', 'sim/cli.ts', '--port', String(port)],
    {
      env: { SIM_ASTERNIC_PASSWORD: password },
      ready: /sim listening on/,
      label,
      timeoutMs: 60_000,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const polls = async () => {
    const { text } = await httpGet(`${url}/_sim/requests`);
    return JSON.parse(text).byApi?.asternic?.byPath?.[realtimePath] ?? 0;
  };
  return { port, child, polls };
}

async function createLink(appUrl, adminToken, boardId, name) {
  const response = await fetch(`${appUrl}/api/v1/admin/display-links`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ boardId, name }),
  });
  if (response.status !== 201) throw new Error(`display link: HTTP ${response.status}`);
  const { path } = await response.json();
  return `${appUrl}${path}`;
}

const percent = (a, b) => (a ? ((b - a) / a) * 100 : undefined);

function summarize(screen) {
  const { start, end } = screen;
  const heapGrowthMb = mb(end.heapUsed - start.heapUsed);
  const domPercent = percent(start.elements, end.elements);
  const nodesPercent = percent(start.domNodes, end.domNodes);
  return { heapGrowthMb, domPercent, nodesPercent };
}

function report(log, screens, s) {
  log('\n================ Callboard bench: TV soak ================');
  log(
    `one /tv page per screen (display link, no session), production build, Chromium at ` +
      `1920×1080; fast = polled every ${s.refreshMs} ms (time compressed), real = every 5 s`,
  );
  log(
    `targets: heap growth ≤ ${heapTargetMb} MB (after GC), DOM nodes within ${domTargetPercent} %`,
  );
  const rows = [];
  for (const sc of screens) {
    const { heapGrowthMb, domPercent, nodesPercent } = summarize(sc);
    const ok = (good) => (good ? 'ok' : 'OVER');
    rows.push([
      sc.label,
      String(sc.updates),
      fmt((sc.end.atMs - sc.start.atMs) / 60_000, 1),
      `${fmt(mb(sc.start.heapUsed), 1)} → ${fmt(mb(sc.end.heapUsed), 1)}`,
      `${fmt(heapGrowthMb, 2)} ${ok(heapGrowthMb <= heapTargetMb)}`,
      `${sc.start.elements} → ${sc.end.elements} (${fmt(domPercent, 1)} %) ${ok(Math.abs(domPercent) <= domTargetPercent)}`,
      `${sc.start.domNodes} → ${sc.end.domNodes} (${fmt(nodesPercent, 1)} %)`,
      `${sc.start.entries} → ${sc.end.entries}`,
      `${sc.start.listeners} → ${sc.end.listeners}`,
      `${sc.reloads} / ${sc.end.staleWidgets}`,
    ]);
  }
  log(
    table(
      [
        'screen',
        'updates',
        'minutes',
        'heap MB after GC',
        'growth MB',
        'DOM elements',
        'DOM nodes (CDP, incl. detached)',
        'perf entries',
        'JS listeners',
        'reloads / stale',
      ],
      rows,
    ),
  );
  for (const sc of screens) {
    const types = Object.entries(sc.end.entryTypes)
      .map(([type, n]) => `${type} ${n}`)
      .join(', ');
    log(`${sc.label}: performance entries at the end: ${types || 'none'}`);
    if (sc.errors.length) log(`${sc.label}: page errors: ${sc.errors.slice(0, 5).join(' | ')}`);
  }
}

/** Runs the soak; `mode` 'quick' (inside `npm run bench`) or 'full' (`npm run bench:soak`). */
export async function runTvSoak({ root, mode = 'quick', log = (l = '') => console.log(l) }) {
  const s = settings(mode);
  const secret = () => randomBytes(18).toString('hex');
  const credentials = {
    SIM_ASTERNIC_PASSWORD: secret(),
    BENCH_AUTH_SECRET: secret(),
    BENCH_ADMIN_PASSWORD: secret(),
    BENCH_ADMIN_TOKEN: `tv-soak-${secret()}`,
  };
  const dbDir = mkdtempSync(join(tmpdir(), 'callboard-tv-soak-'));
  const children = [];
  const screens = [];
  // Ctrl+C: the bench's own handler exits; our simulators, app and browsers must not outlive it.
  const onSignal = () => {
    for (const child of children) child.kill('SIGTERM');
    for (const sc of screens) void sc.probe.close().catch(() => undefined);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  log(
    `\nbench: TV soak (${mode}): ${s.updates} updates every ${s.refreshMs} ms` +
      (s.full ? ` plus ${s.realMinutes} min on a real-time screen beside it` : ''),
  );
  try {
    const simFast = await startSim(credentials.SIM_ASTERNIC_PASSWORD, 'sim-fast');
    children.push(simFast.child);
    const simReal = await startSim(credentials.SIM_ASTERNIC_PASSWORD, 'sim-real');
    children.push(simReal.child);
    const app = await startApp({
      root,
      port: await freePort(),
      label: 'tv-app',
      env: {
        CALLBOARD_CONFIG: configFile,
        CALLBOARD_DB_PATH: join(dbDir, 'callboard.db'),
        CALLBOARD_BENCH_REFRESH: `fast:${s.refreshMs}`,
        SIM_FAST_PORT: String(simFast.port),
        SIM_REAL_PORT: String(simReal.port),
        ...credentials,
      },
    });
    children.push(app.child);
    await waitForOk(`${app.url}/api/health`);
    const executablePath = ensureChromium();
    const plan = [{ label: 'fast', sim: simFast, board: 'fast-tv' }];
    if (s.full) plan.push({ label: 'real', sim: simReal, board: 'real-tv' });
    for (const p of plan) {
      const link = await createLink(
        app.url,
        credentials.BENCH_ADMIN_TOKEN,
        p.board,
        `Soak ${p.label}`,
      );
      const probe = await openTvProbe({ executablePath, linkUrl: link, label: p.label });
      screens.push({ ...p, probe, errors: probe.errors, updates: 0 });
    }
    await sleep(s.warmupMs);
    for (const sc of screens) {
      sc.start = await sc.probe.measure();
      sc.polls0 = await sc.sim.polls();
    }
    const started = Date.now();
    let nextCheckpoint = started + s.checkpointMs;
    let lastProgress = { at: Date.now(), updates: 0 };
    for (;;) {
      await sleep(5000);
      for (const sc of screens) sc.updates = (await sc.sim.polls()) - sc.polls0;
      const fast = screens[0];
      const elapsedMin = (Date.now() - started) / 60_000;
      if (fast.updates > lastProgress.updates)
        lastProgress = { at: Date.now(), updates: fast.updates };
      if (Date.now() - lastProgress.at > 120_000) throw new Error('no update for 2 minutes');
      if (Date.now() >= nextCheckpoint) {
        nextCheckpoint += s.checkpointMs;
        for (const sc of screens) {
          const m = await sc.probe.measure();
          log(
            `bench: TV soak ${sc.label} at ${fmt(elapsedMin, 1)} min: ${sc.updates} updates, heap ` +
              `${fmt(mb(m.heapUsed), 1)} MB after GC, ${m.elements} elements, ${m.domNodes} nodes, ` +
              `${m.entries} perf entries, ${m.listeners} listeners, ${sc.probe.reloads()} reloads`,
          );
        }
      }
      if (fast.updates >= s.updates && elapsedMin >= s.realMinutes) break;
    }
    for (const sc of screens) {
      sc.end = await sc.probe.measure();
      sc.reloads = sc.probe.reloads();
    }
    report(log, screens, s);
    return screens.map((sc) => ({ label: sc.label, updates: sc.updates, ...summarize(sc) }));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await Promise.all(screens.map((sc) => sc.probe.close().catch(() => undefined)));
    await Promise.all(children.map((child) => stopChild(child)));
    rmSync(dbDir, { recursive: true, force: true });
  }
}
