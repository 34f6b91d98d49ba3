// Reads a V8 .cpuprofile (what `node --cpu-prof` and the inspector's Profiler write) and lists
// where the time went: self time per function, and per broad area (Next, web streams, our code…).

/** Self time per sample-hit node, in ms: V8 gives timeDeltas between samples. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i += 1) {
    const delta = (timeDeltas[i + 1] ?? 0) / 1000;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + delta);
  }
  return { byId, self };
}

function shortUrl(url) {
  if (!url) return '';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 'node_modules/'.length);
  const next = url.indexOf('.next/');
  if (next >= 0) return url.slice(next);
  return url.replace(/^.*\/(?=[^/]+\/[^/]+$)/, '');
}

/** Broad area of a frame, for the summary line. */
export function areaOf(frame) {
  const { functionName: fn, url } = frame.callFrame;
  if (fn === '(garbage collector)') return 'garbage collection';
  if (fn === '(idle)' || fn === '(program)') return fn.slice(1, -1);
  if (/node:internal\/webstreams|internal\/webstreams/.test(url)) return 'web streams (node)';
  if (/undici|node:internal\/deps\/undici/.test(url)) return 'undici (Request/Response)';
  if (/next\/dist\/compiled\/next-server|next\/dist\/server/.test(url)) return 'next server';
  if (/\.next\/server/.test(url)) return 'app bundle (.next/server)';
  if (/node:/.test(url) || url === '') return 'node core / native';
  return 'other';
}

/**
 * CPU time per second of wall time in the `count` busiest non-overlapping seconds: with one
 * snapshot per period, these are the fan-out bursts that decide how late the last client is.
 */
export function busiestSeconds(profile, count = 4) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const buckets = new Map();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    at += profile.timeDeltas[i] ?? 0;
    const fn = byId.get(profile.samples[i])?.callFrame.functionName;
    if (fn === '(idle)') continue;
    const bucket = Math.floor((at - profile.startTime) / 100_000);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  const last = Math.max(0, ...buckets.keys());
  const windows = [];
  for (let start = 0; start <= last; start += 1) {
    let ms = 0;
    for (let b = start; b < start + 10; b += 1) ms += buckets.get(b) ?? 0;
    windows.push({ start, ms });
  }
  windows.sort((a, b) => b.ms - a.ms);
  const picked = [];
  for (const w of windows) {
    if (picked.length >= count) break;
    if (picked.every((p) => Math.abs(p.start - w.start) >= 10)) picked.push(w);
  }
  return picked.map((w) => Math.round(w.ms));
}

/** The `top` functions by self time, and the time per area, as printable rows. */
export function summarizeProfile(profile, top = 20) {
  const { byId, self } = selfTimes(profile);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map();
  const byArea = new Map();
  for (const [id, ms] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${shortUrl(url)}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    const area = areaOf(node);
    byArea.set(area, (byArea.get(area) ?? 0) + ms);
  }
  const busy = total - (byArea.get('idle') ?? 0);
  const pct = (ms) => ((ms / total) * 100).toFixed(1);
  const functions = [...byFunction.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ name, ms: Math.round(ms), pct: pct(ms) }));
  const areas = [...byArea.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => ({ name, ms: Math.round(ms), pct: pct(ms) }));
  return {
    totalMs: Math.round(total),
    busyMs: Math.round(busy),
    busiestSecondsMs: busiestSeconds(profile),
    functions,
    areas,
  };
}
