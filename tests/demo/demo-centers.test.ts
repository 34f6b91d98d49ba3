import { describe, expect, it } from 'vitest';
import { parseCli } from '@/sim/cli';
import { createEngine } from '@/sim/engine/engine';
import { centerFlags, demoCenters, localHourAt } from '@/scripts/lib/demo-centers.mjs';

const quarterHours = (day: string) =>
  Array.from({ length: 96 }, (_, i) => Date.parse(`${day}T00:00:00Z`) + i * 900_000);

describe('the demo centers', () => {
  it('are open whenever the demo starts: every center between 09:00 and 17:00 local time', () => {
    for (const day of ['2026-01-14', '2026-07-15']) {
      for (const at of quarterHours(day)) {
        for (const center of demoCenters(at)) {
          const hour = localHourAt(at, center.timeZone);
          expect(hour, `${new Date(at).toISOString()} ${center.source}`).toBeGreaterThanOrEqual(9);
          expect(hour, `${new Date(at).toISOString()} ${center.source}`).toBeLessThan(17);
        }
      }
    }
  });

  it('are five different centers: own seed, own size', () => {
    const centers = demoCenters(Date.parse('2026-12-04T21:00:00Z'));
    expect(new Set(centers.map((c) => c.seed)).size).toBe(5);
    expect(new Set(centers.map((c) => `${c.agents}/${c.volume}`)).size).toBe(5);
    expect(centers.map((c) => c.api).sort()).toEqual([
      'asternic',
      'enswitch',
      'telecomx',
      'telphin',
      'utel',
    ]);
  });

  it('all sit in the one zone asked for (SIM_TIMEZONE)', () => {
    const centers = demoCenters(Date.now(), 'Europe/Copenhagen');
    expect(new Set(centers.map((c) => c.timeZone))).toEqual(new Set(['Europe/Copenhagen']));
  });

  it('reach the simulator as --center flags', () => {
    const centers = demoCenters(Date.parse('2026-12-04T21:00:00Z'));
    const options = parseCli(centerFlags(centers), {});
    for (const c of centers.filter((x) => x.api !== 'asternic')) {
      expect(options.centers?.[c.api]).toEqual({
        seed: c.seed,
        agents: c.agents,
        volume: c.volume,
        timeZone: c.timeZone,
      });
    }
  });

  it('are busy at 21:00 UTC, when the old single Tashkent center had gone quiet', () => {
    const at = Date.parse('2026-12-03T21:00:00Z'); // a Thursday
    const totals = demoCenters(at).map((c) => {
      const engine = createEngine({ ...c, timeZone: c.timeZone });
      const live = engine.liveState(at);
      const today = engine.todayStatsAll(at);
      return {
        loggedIn: live.agents.filter((a) => a.status !== 'loggedOff').length,
        calls: today.reduce((sum, q) => sum + q.answered + q.unanswered, 0),
        perQueue: today.map((q) => [q.answered, q.unanswered]),
      };
    });
    for (const t of totals) {
      expect(t.loggedIn).toBeGreaterThan(0);
      expect(t.calls).toBeGreaterThan(0);
    }
    // Different centers, different figures.
    expect(new Set(totals.map((t) => JSON.stringify(t.perQueue))).size).toBe(totals.length);
  });
});
