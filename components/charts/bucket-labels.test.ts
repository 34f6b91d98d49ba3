import { describe, expect, it } from 'vitest';
import { bucketLabels, localParts } from './bucket-labels';

describe('bucketLabels', () => {
  it('reads hours in the source’s local time', () => {
    expect(
      bucketLabels(['2026-12-04T00:00:00+05:00', '2026-12-04T01:00:00+05:00'], 'hour'),
    ).toEqual(['00:00', '01:00']);
  });

  it('shows the offset on the repeated hour when summer time ends', () => {
    // Europe/Copenhagen, 25 October 2026: 02:00 happens twice, first at +02:00, then at +01:00.
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
  });

  it('keeps a skipped hour (summer time starts) plain: nothing repeats', () => {
    const starts = ['2026-03-29T01:00:00+01:00', '2026-03-29T03:00:00+02:00'];
    expect(bucketLabels(starts, 'hour')).toEqual(['01:00', '03:00']);
  });

  it('adds the date to hours when the range spans days', () => {
    expect(
      bucketLabels(['2026-12-03T23:00:00+05:00', '2026-12-04T00:00:00+05:00'], 'hour'),
    ).toEqual(['Dec 3 23:00', 'Dec 4 00:00']);
  });

  it('labels days and months by their local date, whatever the offset', () => {
    expect(bucketLabels(['2026-12-04T00:00:00+14:00'], 'day')).toEqual(['Dec 4']);
    expect(bucketLabels(['2026-01-01T00:00:00-11:00'], 'month')).toEqual(['Jan 2026']);
  });

  it('shows an unreadable time as it came rather than inventing one', () => {
    expect(bucketLabels(['yesterday'], 'hour')).toEqual(['yesterday']);
  });
});

describe('bucketLabels in a zone with a 30-minute summer shift', () => {
  it('names the repeated half hour of Lord Howe by its offsets', () => {
    expect(
      bucketLabels(['2026-04-05T01:00:00+11:00', '2026-04-05T01:00:00+10:30'], 'hour'),
    ).toEqual(['01:00 (UTC+11)', '01:00 (UTC+10:30)']);
  });
});

describe('localParts', () => {
  it('reads Z as +00:00', () => {
    expect(localParts('2026-12-04T10:00:00Z')?.offset).toBe('+00:00');
  });
});
