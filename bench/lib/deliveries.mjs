import { percentile } from './stats.mjs';

/** Every (snapshot id, receipt time) the SSE clients saw, summarized over a window of ids. */
export class Deliveries {
  constructor() {
    this.bySnapshot = new Map();
    this.latestId = 0;
  }

  record(id, receivedAtMs) {
    let entry = this.bySnapshot.get(id);
    if (!entry) {
      entry = { receipts: 0, lastMs: 0, delays: [] };
      this.bySnapshot.set(id, entry);
    }
    entry.receipts += 1;
    entry.lastMs = Math.max(entry.lastMs, receivedAtMs);
    entry.delays.push(receivedAtMs - id);
    if (id > this.latestId) this.latestId = id;
  }

  /**
   * Snapshots whose upstream answer came in [fromMs, toMs): the delay of the last client to get
   * each (p50/p99 over snapshots), the delay of every delivery (p50/p99), and deliveries missing
   * when `clients` were connected throughout.
   */
  summarize(fromMs, toMs, clients) {
    const inWindow = [...this.bySnapshot.entries()].filter(([id]) => id >= fromMs && id < toMs);
    const lastDelays = inWindow.map(([id, e]) => e.lastMs - id);
    const all = inWindow.flatMap(([, e]) => e.delays);
    const missed = inWindow.reduce((sum, [, e]) => sum + Math.max(0, clients - e.receipts), 0);
    return {
      snapshots: inWindow.length,
      deliveries: all.length,
      missed,
      lastP50: percentile(lastDelays, 50),
      lastP99: percentile(lastDelays, 99),
      lastMax: lastDelays.length ? Math.max(...lastDelays) : undefined,
      allP50: percentile(all, 50),
      allP99: percentile(all, 99),
    };
  }
}
