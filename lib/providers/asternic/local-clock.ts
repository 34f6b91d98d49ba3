import { DateTime } from 'luxon';
import { firstInstantOfWallTime, instantsOfWallTime } from '@/lib/time/zoned';

const dayFirst = /^(\d{2})-(\d{2})-(\d{4}) (\d{2}):([0-5]\d):([0-5]\d)$/;
const yearFirst = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):([0-5]\d):([0-5]\d)$/;
const quarterHourMs = 15 * 60 * 1000;

export interface LocalClock {
  /**
   * Epoch ms of a naive `dd-mm-yyyy HH:MM:SS` or `yyyy-mm-dd HH:MM:SS` in the zone; else null.
   * A time the zone repeats (autumn) names two instants: `choose` picks one (default the first,
   * D11); a time it skips (spring) reads forward by the gap, as the clocks did.
   */
  parse(value: unknown, choose?: (instants: readonly number[]) => number): number | null;
  /** Start of the zone's local hour holding `ms`. */
  hourStart(ms: number): number;
}

/**
 * Naive PBX times read in one zone, fast enough for a month of rows: luxon is asked once per
 * local hour (parse) and once per UTC quarter hour (offsets are whole quarter hours everywhere).
 */
export function createLocalClock(zone: string): LocalClock {
  /** Start of a regular local hour; `irregular` when summer time changes inside it. */
  const hours = new Map<string, number | 'irregular' | null>();
  const starts = new Map<number, number>();

  function localHour(year: string, month: string, day: string, hour: string) {
    const key = `${year}-${month}-${day} ${hour}`;
    let start = hours.get(key);
    if (start === undefined) {
      const wall = { year: +year, month: +month, day: +day, hour: +hour, minute: 0 };
      const calendar = DateTime.fromObject(wall, { zone: 'UTC' });
      // luxon rejects 31-02 and hour 24; a day that rolled over would be a guess.
      if (!calendar.isValid || calendar.day !== wall.day) {
        start = null;
      } else {
        const first = instantsOfWallTime(wall, zone);
        const last = instantsOfWallTime({ ...wall, minute: 59, second: 59 }, zone);
        const regular =
          first.length === 1 && last.length === 1 && (last[0] ?? 0) - (first[0] ?? 0) === 3_599_000;
        start = regular ? (first[0] ?? null) : 'irregular';
      }
      hours.set(key, start);
    }
    return start;
  }

  return {
    parse(value, choose = (instants) => instants[0] ?? Number.NaN) {
      if (typeof value !== 'string') return null;
      const text = value.trim();
      const d = dayFirst.exec(text);
      const y = d ? null : yearFirst.exec(text);
      const [year, month, day] = d ? [d[3], d[2], d[1]] : [y?.[1], y?.[2], y?.[3]];
      const [hour, minute, second] = (d ?? y)?.slice(4) ?? [];
      if (!year || !month || !day || !hour || !minute || !second) return null;
      const start = localHour(year, month, day, hour);
      if (start === null) return null;
      if (start !== 'irregular') return start + (+minute * 60 + +second) * 1000;
      const wall = { year: +year, month: +month, day: +day, hour: +hour, minute: +minute };
      const instants = instantsOfWallTime({ ...wall, second: +second }, zone);
      if (instants.length === 0) return firstInstantOfWallTime({ ...wall, second: +second }, zone);
      return instants.length === 1 ? (instants[0] ?? null) : choose(instants);
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
