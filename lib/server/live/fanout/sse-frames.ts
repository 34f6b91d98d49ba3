import type { SseEvent } from '@/lib/server/live/sse-response';

/** One SSE event as the bytes on the wire; encoded once and written to every stream. */
export function encodeSseEvent({ event, data, id }: SseEvent): Buffer {
  const idLine = id === undefined ? '' : `id: ${id}\n`;
  return Buffer.from(`${idLine}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`, 'utf8');
}

/** The first bytes of every stream: how soon EventSource-style clients reconnect. */
export function retryFrame(retryMs: number): Buffer {
  return Buffer.from(`retry: ${retryMs}\n\n`, 'latin1');
}

/** A comment line that keeps proxies and browsers from closing an idle stream. */
export const keepAliveFrame = Buffer.from(': keep-alive\n\n', 'latin1');

/** The headers of every live stream, whichever server path serves it. */
export const sseHeaders: Readonly<Record<string, string>> = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  'X-Accel-Buffering': 'no',
};
