import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createAsternicProvider } from './provider';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** Answers `entity=realtime` with the malformed vendor example and `entity=queues` with its list. */
async function start(): Promise<{ baseUrl: string; entities: string[] }> {
  const entities: string[] = [];
  const server = createServer((req, res) => {
    const entity = new URL(req.url ?? '/', 'http://x').searchParams.get('entity') ?? '';
    entities.push(entity);
    const file = entity === 'realtime' ? 'realtime-vendor-malformed.txt' : 'queues.json';
    res.end(readFileSync(new URL(`./fixtures/${file}`, import.meta.url)));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/stats`, entities };
}

describe('createAsternicProvider', () => {
  it('serves live queues from realtime and checks health with the queue list', async () => {
    const { baseUrl, entities } = await start();
    const provider = createAsternicProvider({
      id: 'pbx',
      kind: 'asternic',
      name: 'PBX',
      baseUrl,
      username: 'u',
      password: 'p',
      timezone: 'UTC',
      refreshSeconds: 5,
      serviceLevelSeconds: 20,
    });
    expect(provider.capabilities.liveQueues).toBe(true);
    const queues = await provider.fetchLiveQueues?.({ timeoutMs: 1000 });
    expect(queues?.map((queue) => queue.id)).toEqual([
      '100',
      '101',
      '102',
      '103',
      'OUTBOUND',
      'Test',
      'saliente',
    ]);
    expect(provider.quirkCounts()).toEqual({
      'lenient-json': 0,
      'glued-objects': 1,
      'unknown-entries': 0,
    });
    await provider.checkHealth({ timeoutMs: 1000 });
    expect(entities).toEqual(['realtime', 'queues']);
  });
});
