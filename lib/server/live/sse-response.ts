import { apiError } from '@/lib/server/api/responses';
import type { LiveChannel } from './live-channel';
import type { CacheSnapshot } from './refresh-cache';
import type { StreamRegistry } from './stream-registry';

export interface SseOptions {
  /** A comment line this often keeps proxies and browsers from closing an idle stream. */
  keepAliveMs?: number;
  /** Tells EventSource-style clients how soon to reconnect. */
  retryMs?: number;
  /** Bytes waiting for a client that stopped reading, past which its stream is dropped. */
  maxQueuedBytes?: number;
  /** Where open streams are counted and limited, with the caller they count against. */
  admission?: { streams: StreamRegistry; callerKey: string };
}

export interface SseEvent {
  event: string;
  data: unknown;
  /** Epoch ms of the upstream answer the event carries: lets clients measure delivery delay. */
  id?: number;
}

// Every subscriber of a channel gets the same snapshot object: encode it once, not once per screen.
const encodedEvents = new WeakMap<object, Uint8Array>();

/**
 * Streams a channel as Server-Sent Events until the client goes away, then unsubscribes; 429 when
 * the caller or the process holds too many streams. A client that stops reading is dropped once
 * `maxQueuedBytes` wait for it: it reconnects and starts again from the newest snapshot.
 * `no-transform` keeps Next's gzip (and proxies) from buffering the stream; X-Accel-Buffering
 * does the same for nginx.
 */
export function sseResponse<T>(
  channel: LiveChannel<T>,
  toEvent: (snapshot: CacheSnapshot<T>) => SseEvent,
  signal: AbortSignal,
  { keepAliveMs = 15_000, retryMs = 3_000, maxQueuedBytes = 1 << 20, admission }: SseOptions = {},
): Response {
  const encoder = new TextEncoder();
  // Replaced in start() by the real release; cancel() calls whichever is current.
  let release: () => void = () => undefined;
  const admitted = admission?.streams.admit(admission.callerKey, () => release());
  if (admitted && !admitted.admitted) {
    const whose = admitted.reason === 'caller' ? 'this caller holds' : 'the server holds';
    const response = apiError(
      429,
      'rate_limited',
      `${whose} the most live streams allowed (${admitted.limit}); close one and retry`,
    );
    response.headers.set('Retry-After', String(Math.ceil(retryMs / 1000)));
    return response;
  }
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let open = true;
        const send = (text: string | Uint8Array) => {
          if (!open) return;
          // desiredSize goes negative by the bytes queued beyond the high-water mark.
          if ((controller.desiredSize ?? 0) < -maxQueuedBytes) {
            release();
            return;
          }
          try {
            controller.enqueue(typeof text === 'string' ? encoder.encode(text) : text);
          } catch {
            release();
          }
        };
        send(`retry: ${retryMs}\n\n`);
        const unsubscribe = channel.subscribe((snapshot) => {
          let bytes = encodedEvents.get(snapshot);
          if (!bytes) {
            const { event, data, id } = toEvent(snapshot);
            const idLine = id === undefined ? '' : `id: ${id}\n`;
            bytes = encoder.encode(`${idLine}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
            encodedEvents.set(snapshot, bytes);
          }
          send(bytes);
        });
        const keepAlive = setInterval(() => send(': keep-alive\n\n'), keepAliveMs);
        release = () => {
          if (!open) return;
          open = false;
          if (admitted?.admitted) admitted.release();
          clearInterval(keepAlive);
          unsubscribe();
          try {
            controller.close();
          } catch {
            // Already closed by the runtime after the client disconnected.
          }
        };
        signal.addEventListener('abort', () => release());
        if (signal.aborted) release();
      },
      cancel() {
        release();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
  );
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
