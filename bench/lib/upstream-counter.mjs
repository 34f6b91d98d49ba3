import { httpGet } from './http.mjs';
import { scrapeMetrics, sumMetric } from './metrics.mjs';

/**
 * Counts upstream realtime requests. Ground truth is the simulator's own count
 * (`GET /_sim/requests`); until that endpoint exists, the app instances' Prometheus counter
 * `callboard_upstream_requests_total{source}` (one per attempt, retries included) summed over them.
 */
export async function createUpstreamCounter({ simUrl, sourceId, adminToken }) {
  const simAvailable = (await readSim(simUrl).catch(() => undefined)) !== undefined;
  return {
    primary: simAvailable ? 'simulator (/_sim/requests)' : 'app metrics (upstream_requests_total)',
    /** { sim, app, value }: value is the primary count. `apps` are the instances' base URLs. */
    async read(apps) {
      const [sim, app] = await Promise.all([
        simAvailable ? readSim(simUrl) : Promise.resolve(undefined),
        readApps(apps, sourceId, adminToken),
      ]);
      return { sim, app, value: sim ?? app };
    },
  };
}

/** Realtime requests the simulator's Asternic dialect has answered; undefined without the endpoint. */
async function readSim(simUrl) {
  const { status, text } = await httpGet(`${simUrl}/_sim/requests`);
  if (status !== 200) return undefined;
  const body = JSON.parse(text);
  const asternic = body?.byApi?.asternic;
  if (!asternic) return undefined;
  const byPath = Object.entries(asternic.byPath ?? {}).filter(([path]) =>
    path.includes('entity=realtime'),
  );
  if (byPath.length > 0) return byPath.reduce((sum, [, n]) => sum + Number(n), 0);
  return typeof asternic.total === 'number' ? asternic.total : undefined;
}

async function readApps(apps, sourceId, adminToken) {
  const all = await Promise.all(apps.map((url) => scrapeMetrics(url, adminToken)));
  return all.reduce(
    (sum, samples) =>
      sum + sumMetric(samples, 'callboard_upstream_requests_total', { source: sourceId }),
    0,
  );
}
