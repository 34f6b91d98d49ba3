import { describe, expect, it } from 'vitest';
import { LiveChannel } from './live-channel';
import { sseResponse } from './sse-response';
import { StreamRegistry } from './stream-registry';

async function readUntil(reader: ReadableStreamDefaultReader<string>, pattern: RegExp) {
  let text = '';
  while (!pattern.test(text)) {
    const { done, value } = await reader.read();
    if (done) break;
    text += value;
  }
  return text;
}

describe('sseResponse', () => {
  it('streams retry, snapshots with ids, keep-alives, and releases the subscriber on abort', async () => {
    let n = 0;
    const channel = new LiveChannel<number>({
      load: async () => ++n,
      periodMs: 100,
      loadTimeoutMs: 50,
    });
    const abort = new AbortController();
    const response = sseResponse(
      channel,
      (s) => ({ event: 'snapshot', data: { n: s.value }, id: s.fetchedAtMs }),
      abort.signal,
      { keepAliveMs: 120, retryMs: 2500 },
    );
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    const body = response.body;
    if (!body) throw new Error('no body');
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    const text = await readUntil(reader, /: keep-alive[\s\S]*data: \{"n":3\}/);
    expect(text.startsWith('retry: 2500\n\n')).toBe(true);
    expect(text).toMatch(/id: \d{13}\nevent: snapshot\ndata: \{"n":1\}\n\n/);
    expect(channel.subscriberCount).toBe(1);
    abort.abort();
    expect(channel.subscriberCount).toBe(0);
    expect((await reader.read()).done).toBe(true);
    channel.close();
  });
});

describe('sseResponse limits', () => {
  const event = (s: { value?: string }) => ({ event: 'snapshot', data: s.value });

  it('answers 429 with Retry-After past the caller limit, and frees the slot on abort', async () => {
    const channel = new LiveChannel<string>({
      load: async () => 'x',
      periodMs: 50,
      loadTimeoutMs: 40,
    });
    const streams = new StreamRegistry({ total: 10, perCaller: 1 });
    const first = new AbortController();
    const open = sseResponse(channel, event, first.signal, {
      admission: { streams, callerKey: 'token:tv' },
    });
    expect(open.status).toBe(200);
    const refused = sseResponse(channel, event, new AbortController().signal, {
      admission: { streams, callerKey: 'token:tv' },
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('3');
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    first.abort();
    expect(streams.openCount).toBe(0);
    const again = sseResponse(channel, event, new AbortController().signal, {
      admission: { streams, callerKey: 'token:tv' },
    });
    expect(again.status).toBe(200);
    streams.closeAll();
    expect(channel.subscriberCount).toBe(0);
    await channel.close();
  });

  it('drops a client that stops reading once its backlog passes the bound', async () => {
    const big = 'x'.repeat(200_000);
    let loads = 0;
    const channel = new LiveChannel<string>({
      load: async () => `${++loads}${big}`,
      periodMs: 5,
      loadTimeoutMs: 50,
    });
    const streams = new StreamRegistry({ total: 10, perCaller: 10 });
    const response = sseResponse(channel, event, new AbortController().signal, {
      maxQueuedBytes: 500_000,
      admission: { streams, callerKey: 'user:slow' },
    });
    expect(response.status).toBe(200);
    // Nobody reads the body: the backlog grows by one snapshot per period until the stream is cut.
    for (let i = 0; i < 200 && channel.subscriberCount > 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(channel.subscriberCount).toBe(0);
    expect(streams.openCount).toBe(0);
    expect(loads).toBeLessThan(20);
    await channel.close();
  });
});
