import 'server-only';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of this process; one registry per process even if modules load twice. */
export interface Metrics {
  registry: Registry;
  upstreamRequests: Counter<'source' | 'outcome'>;
  upstreamLatency: Histogram<'source'>;
  upstreamQuirks: Counter<'source' | 'quirk'>;
  liveReads: Counter<'source' | 'result'>;
  sseClients: Gauge<'source'>;
  secondsStale: Gauge<'source'>;
}

const globalKey = Symbol.for('callboard.metrics');
type GlobalWithMetrics = typeof globalThis & { [globalKey]?: Metrics };

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'callboard_' });
  return {
    registry,
    upstreamRequests: new Counter({
      name: 'callboard_upstream_requests_total',
      help: 'Upstream HTTP requests by source and outcome (ok or the error kind)',
      labelNames: ['source', 'outcome'],
      registers: [registry],
    }),
    upstreamLatency: new Histogram({
      name: 'callboard_upstream_request_duration_seconds',
      help: 'Upstream HTTP request latency',
      labelNames: ['source'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
      registers: [registry],
    }),
    upstreamQuirks: new Counter({
      name: 'callboard_upstream_quirks_total',
      help: 'Known vendor quirks met and tolerated while parsing',
      labelNames: ['source', 'quirk'],
      registers: [registry],
    }),
    liveReads: new Counter({
      name: 'callboard_live_reads_total',
      help: 'Live reads by polling clients: served from cache (hit) or waiting for a load',
      labelNames: ['source', 'result'],
      registers: [registry],
    }),
    sseClients: new Gauge({
      name: 'callboard_sse_clients',
      help: 'Open Server-Sent Events streams',
      labelNames: ['source'],
      registers: [registry],
    }),
    secondsStale: new Gauge({
      name: 'callboard_seconds_stale',
      help: 'Age of the live data shown while it is stale (0 when fresh)',
      labelNames: ['source'],
      registers: [registry],
    }),
  };
}

export function getMetrics(): Metrics {
  const store = globalThis as GlobalWithMetrics;
  store[globalKey] ??= createMetrics();
  return store[globalKey];
}
