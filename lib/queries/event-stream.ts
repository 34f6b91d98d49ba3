import { createParser, type EventSourceMessage } from 'eventsource-parser';

export interface EventStreamOptions {
  url: string;
  signal: AbortSignal;
  onEvent: (message: EventSourceMessage) => void;
  /** Called with true once a stream is open, false when it drops. */
  onConnectedChange: (connected: boolean) => void;
  /** The server answered 401: the session is gone, reconnecting will not help. */
  onUnauthorized: () => void;
}

const maxBackoffMs = 30_000;

/**
 * Reads Server-Sent Events over fetch and reconnects for ever with backoff and jitter, also after
 * a non-200 answer or a server restart — where a plain EventSource would give up.
 */
export async function followEventStream(options: EventStreamOptions): Promise<void> {
  const { signal } = options;
  let failures = 0;
  let retryMs = 3000;
  while (!signal.aborted) {
    try {
      const response = await fetch(options.url, {
        signal,
        cache: 'no-store',
        headers: { accept: 'text/event-stream' },
      });
      if (response.status === 401) {
        options.onUnauthorized();
        return;
      }
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      const parser = createParser({
        onEvent: options.onEvent,
        onRetry: (ms) => {
          retryMs = ms;
        },
      });
      options.onConnectedChange(true);
      failures = 0;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.feed(value);
      }
    } catch {
      // Network loss, a restart or an error status: fall through to the backoff below.
    }
    options.onConnectedChange(false);
    if (signal.aborted) return;
    failures += 1;
    await sleep(backoffMs(failures, retryMs), signal);
  }
}

function backoffMs(failures: number, retryMs: number): number {
  const ceiling = Math.min(maxBackoffMs, retryMs * 2 ** Math.min(failures - 1, 5));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    // The listener goes when the wait ends: a screen reconnecting for weeks must not pile them up.
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
