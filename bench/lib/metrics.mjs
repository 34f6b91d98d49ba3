import { httpGet } from './http.mjs';

/** Parses Prometheus text into [{ name, labels, value }]. */
export function parsePrometheus(text) {
  const samples = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!match) continue;
    const labels = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
      labels[key] = value;
    }
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** Sum of one metric's samples whose labels include `where`. */
export function sumMetric(samples, name, where = {}) {
  return samples
    .filter((s) => s.name === name)
    .filter((s) => Object.entries(where).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

/** GET /api/metrics of one app instance with the admin token. */
export async function scrapeMetrics(appUrl, adminToken) {
  const { status, text } = await httpGet(`${appUrl}/api/metrics`, {
    headers: { authorization: `Bearer ${adminToken}` },
  });
  if (status !== 200) throw new Error(`GET ${appUrl}/api/metrics answered ${status}`);
  return parsePrometheus(text);
}
