import { DateTime } from 'luxon';

const dayFirst = /^(\d{2})-(\d{2})-(\d{4}) (\d{2}):([0-5]\d):([0-5]\d)$/;
const yearFirst = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):([0-5]\d):([0-5]\d)$/;
const quarterHourMs = 15 * 60 * 1000;

export interface LocalClock {
  /** Epoch ms of a naive `dd-mm-yyyy HH:MM:SS` or `yyyy-mm-dd HH:MM:SS` in the zone; else null. */
  parse(value: unknown): number | null;
  /** Start of the zone's local hour holding `ms`. */
  hourStart(ms: number): number;
}

/**
 * Naive PBX times read in one zone, fast enough for a month of rows: luxon is asked once per
 * local hour (parse) and once per UTC quarter hour (offsets are whole quarter hours everywhere).
 */
export function createLocalClock(zone: string): LocalClock {
  const hours = new Map<string, number | null>();
  const starts = new Map<number, number>();

  function localHour(year: string, month: string, day: string, hour: string): number | null {
    const key = `${year}-${month}-${day} ${hour}`;
    let start = hours.get(key);
    if (start === undefined) {
      const units = { year: +year, month: +month, day: +day, hour: +hour };
      const value = DateTime.fromObject(units, { zone });
      // luxon rejects 31-02 and hour 24; a day that rolled over would be a guess.
      start = value.isValid && value.day === units.day ? value.toMillis() : null;
      hours.set(key, start);
    }
    return start;
  }

  return {
    parse(value) {
      if (typeof value !== 'string') return null;
      const text = value.trim();
      const d = dayFirst.exec(text);
      const y = d ? null : yearFirst.exec(text);
      const [year, month, day] = d ? [d[3], d[2], d[1]] : [y?.[1], y?.[2], y?.[3]];
      const [hour, minute, second] = (d ?? y)?.slice(4) ?? [];
      if (!year || !month || !day || !hour || !minute || !second) return null;
      const start = localHour(year, month, day, hour);
      return start === null ? null : start + (+minute * 60 + +second) * 1000;
    },
    hourStart(ms) {
      const slot = Math.floor(ms / quarterHourMs);
      let start = starts.get(slot);
      if (start === undefined) {
        start = DateTime.fromMillis(slot * quarterHourMs, { zone })
          .startOf('hour')
          .toMillis();
        starts.set(slot, start);
      }
      return start;
    },
  };
}
