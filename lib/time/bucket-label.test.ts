import { describe, expect, it } from 'vitest';
import { bucketLabel, bucketLabels, offsetLabel } from './bucket-label';

describe('bucketLabels', () => {
  it('names the repeated hour of an autumn change by its offset, and only that hour', () => {
    const starts = [
      '2026-10-25T01:00:00+02:00',
      '2026-10-25T02:00:00+02:00',
      '2026-10-25T02:00:00+01:00',
      '2026-10-25T03:00:00+01:00',
    ];
    expect(bucketLabels(starts, 'hour')).toEqual([
      '01:00',
      '02:00 (UTC+2)',
      '02:00 (UTC+1)',
      '03:00',
    ]);
    expect(bucketLabel('2026-10-25T02:00:00+01:00', starts, 'hour')).toBe('02:00 (UTC+1)');
  });

  it('shows the 23-hour day without the skipped hour and ordinary days plainly', () => {
    const spring = ['2026-03-29T01:00:00+01:00', '2026-03-29T03:00:00+02:00'];
    expect(bucketLabels(spring, 'hour')).toEqual(['01:00', '03:00']);
    expect(bucketLabels(['2026-01-13T09:00:00+05:00'], 'hour')).toEqual(['09:00']);
  });

  it('adds the date when hours span days; days and months show their date', () => {
    expect(bucketLabels(['2026-03-10T23:00:00Z', '2026-03-11T00:00:00Z'], 'hour')).toEqual([
      '2026-03-10 23:00',
      '2026-03-11 00:00',
    ]);
    expect(bucketLabels(['2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00'], 'day')).toEqual(
      ['2026-10-25', '2026-10-26'],
    );
    expect(bucketLabels(['2026-10-01T00:00:00+02:00'], 'month')).toEqual(['2026-10']);
  });

  it('names half-hour and 30-minute-shift offsets (Kolkata, Lord Howe)', () => {
    expect(
      bucketLabels(['2026-04-05T01:00:00+11:00', '2026-04-05T01:00:00+10:30'], 'hour'),
    ).toEqual(['01:00 (UTC+11)', '01:00 (UTC+10:30)']);
    expect(offsetLabel('+05:30')).toBe('UTC+5:30');
    expect(offsetLabel('-03:00')).toBe('UTC−3');
    expect(offsetLabel('Z')).toBe('UTC');
    expect(offsetLabel('+00:00')).toBe('UTC');
  });

  it('shows a start it cannot read as it is', () => {
    expect(bucketLabels(['yesterday'], 'hour')).toEqual(['yesterday']);
  });
});
