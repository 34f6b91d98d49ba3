import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '@/lib/model/stats';
import { seriesIsEmpty } from './chart-data';

const point = (incoming: number | null, outgoing: number | null): SeriesPoint => ({
  start: '2026-12-01T00:00:00+05:00',
  incoming: incoming === null ? null : { total: incoming, notAnswered: 0 },
  outgoing: outgoing === null ? null : { total: outgoing, notAnswered: 0 },
  internal: null,
});

describe('seriesIsEmpty', () => {
  it('is true only when no direction has a call in any bucket', () => {
    expect(seriesIsEmpty([])).toBe(true);
    expect(seriesIsEmpty([point(0, null), point(0, 0)])).toBe(true);
    expect(seriesIsEmpty([point(0, null), point(0, 2)])).toBe(false);
  });
});
