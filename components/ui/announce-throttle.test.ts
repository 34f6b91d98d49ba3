import { describe, expect, it } from 'vitest';
import { announcementDue } from './announce-throttle';

describe('announcementDue', () => {
  it('takes the first reading as a silent baseline', () => {
    expect(announcementDue(null, 'A: 2 waiting', 0, 30_000)).toEqual({
      announce: false,
      baseline: true,
      waitMs: 0,
    });
  });

  it('says nothing while the text is unchanged, however often it refreshes', () => {
    const last = { text: 'A: 2 waiting', atMs: 0 };
    for (const now of [5_000, 10_000, 60_000]) {
      expect(announcementDue(last, 'A: 2 waiting', now, 30_000).announce).toBe(false);
    }
  });

  it('announces a change, but not sooner than the interval after the last one', () => {
    const last = { text: 'A: 2 waiting', atMs: 100_000 };
    expect(announcementDue(last, 'A: 3 waiting', 110_000, 30_000)).toEqual({
      announce: false,
      baseline: false,
      waitMs: 20_000,
    });
    expect(announcementDue(last, 'A: 3 waiting', 130_000, 30_000).announce).toBe(true);
  });
});
