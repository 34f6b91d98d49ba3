import { Agent, request } from 'node:http';

/**
 * `count` clients polling `…/queues/live` every `periodMs` like the UI does, start times spread
 * evenly over one period; each keeps its connection alive between polls, as a browser would.
 * Each answer is recorded as { atMs, status, latencyMs }.
 */
export function startPollers({ count, periodMs, urlFor, token }) {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const results = [];
  const timers = new Set();
  let stopped = false;
  const startAt = Date.now();

  const pollOnce = (url) =>
    new Promise((resolve) => {
      const started = Date.now();
      const req = request(url, { agent, headers: { authorization: `Bearer ${token}` } });
      req.setTimeout(periodMs * 2, () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        results.push({ atMs: started, status: 0, latencyMs: Date.now() - started });
        resolve();
      });
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => {
          results.push({
            atMs: started,
            status: res.statusCode ?? 0,
            latencyMs: Date.now() - started,
          });
          resolve();
        });
      });
      req.end();
    });

  for (let i = 0; i < count; i += 1) {
    const url = urlFor(i);
    const offset = (i * periodMs) / count;
    let k = 0;
    const schedule = () => {
      if (stopped) return;
      // Fixed rate: the k-th poll is due at start + offset + k periods, whatever the latency.
      const due = startAt + offset + k * periodMs;
      k += 1;
      const timer = setTimeout(async () => {
        timers.delete(timer);
        if (stopped) return;
        await pollOnce(url);
        schedule();
      }, due - Date.now());
      timers.add(timer);
    };
    schedule();
  }

  return {
    results,
    /** Stops polling and closes the kept-alive sockets. */
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      agent.destroy();
    },
  };
}
