import { describe, expect, it } from 'vitest';
import { LiveChannel } from './live-channel';
import { sseResponse } from './sse-response';

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
