import { Agent, request } from 'node:http';
import { createParser } from 'eventsource-parser';

/** One socket per stream, as browsers do for EventSource; no cap on how many. */
export const sseAgent = () => new Agent({ keepAlive: false, maxSockets: Infinity });

/**
 * One SSE client of `…/queues/live/stream`. `onSnapshot(id, receivedAtMs)` is called for every
 * `snapshot` event, `id` being the epoch ms of the upstream answer it carries and `receivedAtMs`
 * the arrival of the chunk that completed it. The data is not parsed: the client only times it.
 */
export class SseClient {
  constructor({ url, token, agent, onSnapshot = () => {} }) {
    this.url = url;
    this.token = token;
    this.agent = agent;
    this.onSnapshot = onSnapshot;
    this.snapshots = 0;
    this.unavailable = 0;
    this.error = undefined;
    this.closedByServer = false;
    this.req = undefined;
    this.firstSnapshot = new Promise((resolve, reject) => {
      this.resolveFirst = resolve;
      this.rejectFirst = reject;
    });
    // Nobody may be waiting on it (churn clients aborted early): never an unhandled rejection.
    this.firstSnapshot.catch(() => {});
  }

  /** Opens the stream; resolves with the response status once headers arrive. */
  open() {
    return new Promise((resolve, reject) => {
      const req = request(this.url, {
        agent: this.agent,
        headers: {
          authorization: `Bearer ${this.token}`,
          accept: 'text/event-stream',
          'cache-control': 'no-cache',
        },
      });
      this.req = req;
      req.on('error', (error) => {
        if (this.aborted) return;
        this.error = error;
        this.rejectFirst(error);
        reject(error);
      });
      req.on('response', (res) => {
        if (res.statusCode !== 200) {
          const error = new Error(`stream answered ${res.statusCode}`);
          this.error = error;
          this.rejectFirst(error);
          res.resume();
          reject(error);
          return;
        }
        let receivedAt = 0;
        const parser = createParser({
          onEvent: (event) => {
            if (event.event === 'snapshot') {
              this.snapshots += 1;
              const id = Number(event.id);
              if (Number.isFinite(id)) this.onSnapshot(id, receivedAt);
              this.resolveFirst(id);
            } else if (event.event === 'unavailable') {
              this.unavailable += 1;
            }
          },
        });
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          receivedAt = Date.now();
          parser.feed(chunk);
        });
        res.on('error', () => {});
        res.on('end', () => {
          if (!this.aborted) this.closedByServer = true;
          this.rejectFirst(new Error('stream ended before a snapshot'));
        });
        resolve(res.statusCode);
      });
      req.end();
    });
  }

  /** Aborts the request: the socket is destroyed, as when a browser tab goes away. */
  close() {
    this.aborted = true;
    this.req?.destroy();
  }
}

/** Opens `count` clients, `concurrency` at a time; resolves when every one has its first snapshot. */
export async function openSseClients({ count, concurrency = 50, timeoutMs = 30_000, make }) {
  const clients = Array.from({ length: count }, (_, i) => make(i));
  let next = 0;
  const worker = async () => {
    while (next < clients.length) {
      const client = clients[next++];
      await client.open();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`not every SSE client had a snapshot within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([Promise.all(clients.map((c) => c.firstSnapshot)), timeout]);
  } finally {
    clearTimeout(timer);
  }
  return clients;
}
