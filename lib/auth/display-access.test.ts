import { describe, expect, it } from 'vitest';
import { cookieValue, displayMayRead, type DisplayAccess } from './display-access';

const access: DisplayAccess = {
  linkId: 'l1',
  boardId: 'lobby',
  liveSources: ['hq'],
  seriesSources: ['hq'],
};
const may = (path: string, method = 'GET') =>
  displayMayRead(access, method, new URL(`http://tv${path}`));

describe('displayMayRead', () => {
  it("reads its board's live queues, their stream and today's hourly series", () => {
    expect(may('/api/v1/sources/hq/queues/live')).toBe(true);
    expect(may('/api/v1/sources/hq/queues/live/stream')).toBe(true);
    expect(may('/api/v1/sources/hq/series?bucket=hour')).toBe(true);
  });

  it('reads nothing else: other sources, other periods, other reports, writes', () => {
    expect(may('/api/v1/sources/dk/queues/live')).toBe(false);
    expect(may('/api/v1/sources/hq/series?bucket=day')).toBe(false);
    expect(may('/api/v1/sources/hq/series?bucket=hour&from=2026-01-01')).toBe(false);
    expect(may('/api/v1/sources/hq/series?bucket=hour&format=csv')).toBe(false);
    expect(may('/api/v1/sources/hq/summary')).toBe(false);
    expect(may('/api/v1/sources/hq/agents')).toBe(false);
    expect(may('/api/v1/sources')).toBe(false);
    expect(may('/api/v1/admin/boards')).toBe(false);
    expect(may('/api/v1/sources/hq/queues/live', 'POST')).toBe(false);
    expect(may('/api/v1/sources/h%q/queues/live')).toBe(false);
  });

  it('gives no series where the board has no chart', () => {
    const liveOnly = { ...access, seriesSources: [] };
    expect(
      displayMayRead(liveOnly, 'GET', new URL('http://tv/api/v1/sources/hq/series?bucket=hour')),
    ).toBe(false);
  });
});

describe('cookieValue', () => {
  it('finds one cookie among several', () => {
    expect(cookieValue('a=1; callboard-display=k=ey; b=2', 'callboard-display')).toBe('k=ey');
    expect(cookieValue('a=1', 'callboard-display')).toBeNull();
    expect(cookieValue(null, 'a')).toBeNull();
  });
});
