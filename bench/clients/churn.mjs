import { SseClient } from './sse-client.mjs';

/**
 * `cycles` SSE connect/abort cycles, `concurrency` at a time: open the stream, wait for its first
 * snapshot (at most `waitMs`), abort. Returns what happened to them.
 */
export async function churn({ cycles, concurrency, waitMs, url, token, agent }) {
  const outcome = { cycles, snapshot: 0, timedOut: 0, failed: 0, errors: new Map() };
  let started = 0;
  const worker = async () => {
    while (started < cycles) {
      started += 1;
      const client = new SseClient({ url, token, agent });
      let timer;
      try {
        await client.open();
        const waited = await Promise.race([
          client.firstSnapshot.then(() => 'snapshot'),
          new Promise((resolve) => {
            timer = setTimeout(() => resolve('timeout'), waitMs);
          }),
        ]);
        if (waited === 'snapshot') outcome.snapshot += 1;
        else outcome.timedOut += 1;
      } catch (error) {
        outcome.failed += 1;
        const key = String(error?.message ?? error);
        outcome.errors.set(key, (outcome.errors.get(key) ?? 0) + 1);
      } finally {
        clearTimeout(timer);
        client.close();
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcome;
}
