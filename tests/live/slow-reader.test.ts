import { createServer, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { FanoutHub } from '@/lib/server/live/fanout/fanout-hub';

// A screen that stops reading (a frozen TV) on a real socket: the server keeps writing snapshots
// to every other stream, holds at most maxQueuedBytes for the frozen one, then drops it.
describe('a reader that stops reading', () => {
  it('is dropped once its backlog passes the limit, while a reading stream gets everything', async () => {
    const maxQueuedBytes = 256 * 1024;
    const hub = new FanoutHub({ maxQueuedBytes });
    const listeners = new Set<(frame: Uint8Array) => void>();
    const responses: ServerResponse[] = [];
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.flushHeaders();
      responses.push(res);
      const stream = hub.add(
        'hq',
        (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        {
          target: res,
          checkKey: 'k',
          revalidate: () => Promise.resolve({ allowed: true }),
          onClose: () => undefined,
        },
      );
      res.once('close', () => stream.detach());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const connect = (read: boolean) =>
      new Promise<{ received: () => number }>((resolve) => {
        const req = request(url, { agent: false });
        req.on('error', () => undefined);
        req.on('response', (res) => {
          let bytes = 0;
          if (read) res.on('data', (chunk: Buffer) => (bytes += chunk.length));
          else res.pause();
          res.on('error', () => undefined);
          resolve({ received: () => bytes });
        });
        req.end();
      });
    try {
      await connect(false);
      const reading = await connect(true);
      await expect.poll(() => hub.openCount).toBe(2);
      const frame = Buffer.alloc(512 * 1024, 'x');
      let sent = 0;
      // Far more than the kernel's socket buffers can absorb for the frozen reader.
      for (let i = 0; i < 64 && hub.openCount === 2; i += 1) {
        for (const listener of listeners) listener(frame);
        sent += frame.length;
        const maxBacklog = Math.max(...responses.map((r) => (r.destroyed ? 0 : r.writableLength)));
        expect(maxBacklog).toBeLessThanOrEqual(maxQueuedBytes + frame.length);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await expect.poll(() => hub.openCount).toBe(1);
      expect(responses[0]?.destroyed).toBe(true);
      await expect.poll(() => reading.received(), { timeout: 10_000 }).toBe(sent);
    } finally {
      hub.closeAll();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
