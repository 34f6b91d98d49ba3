import { describe, expect, it } from 'vitest';
import { requestKey, statsPath } from './stats-request';

describe('statsPath', () => {
  it('builds the route with its parameters in a fixed order, skipping empty ones', () => {
    expect(
      statsPath('hq', 'series', { to: '2026-12-04', from: '2026-12-01', queue: '' }, 'hour'),
    ).toBe('/api/v1/sources/hq/series?bucket=hour&from=2026-12-01&to=2026-12-04');
    expect(statsPath('hq', 'summary', {})).toBe('/api/v1/sources/hq/summary');
  });

  it('encodes the source id and filter values', () => {
    expect(statsPath('a b', 'agents', { agent: "O'Neil" })).toBe(
      '/api/v1/sources/a%20b/agents?agent=O%27Neil',
    );
  });
});

describe('requestKey', () => {
  it('is the same for the same period however the request was spelled', () => {
    expect(
      requestKey({ to: '2026-12-04', from: '2026-12-01', agent: undefined, queue: '' }),
    ).toEqual({ from: '2026-12-01', to: '2026-12-04' });
  });
});
