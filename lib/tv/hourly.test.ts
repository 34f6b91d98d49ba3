import { describe, expect, it } from 'vitest';
import { hourlyBars } from './hourly';

describe('hourlyBars', () => {
  it('splits incoming calls into answered and not answered per local hour', () => {
    expect(
      hourlyBars([
        {
          start: '2026-12-04T09:00:00+05:00',
          incoming: { total: 12, notAnswered: 2 },
          outgoing: null,
          internal: null,
        },
        {
          start: '2026-12-04T10:00:00+05:00',
          incoming: { total: 0, notAnswered: 0 },
          outgoing: null,
          internal: null,
        },
      ]),
    ).toEqual([
      { hour: '09', answered: 10, notAnswered: 2 },
      { hour: '10', answered: 0, notAnswered: 0 },
    ]);
  });

  it('is null when the source has no incoming figures', () => {
    expect(
      hourlyBars([
        { start: '2026-12-04T09:00:00Z', incoming: null, outgoing: null, internal: null },
      ]),
    ).toBeNull();
  });
});
