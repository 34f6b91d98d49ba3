import { DateTime } from 'luxon';
import type { AppContext } from '@/lib/server/app-context';
import { manualClock } from '@/sim/engine/clock';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import { installAppContext, simPassword, uninstallAppContext } from '../support/app-under-test';
import { contractZones, type ContractZone } from './truth-helpers';

export const asternicSourceIds: Record<ContractZone, string> = {
  'Asia/Tashkent': 'asternic-tashkent',
  UTC: 'asternic-utc',
};

/**
 * The simulators' frozen clock: after every contract range (all before 2026-03-12), and a busy
 * Tuesday morning local time, when (seed 42) four callers wait in three queues, two members are
 * ringing, one is paused and one is available, so the live comparison has something to compare.
 */
export function asternicNowMs(zone: ContractZone): number {
  return DateTime.fromISO('2026-03-31T10:32:39', { zone }).toMillis();
}

export interface AsternicFixture {
  app: AppContext;
  sim(zone: ContractZone): RunningSimulator;
  close(): Promise<void>;
}

/** One simulator per zone, each with a frozen clock, and one Asternic source per simulator. */
export async function startAsternicFixture(): Promise<AsternicFixture> {
  const sims = new Map<ContractZone, RunningSimulator>();
  let yaml = '';
  for (const zone of contractZones) {
    const sim = await startSimulator({
      port: 0,
      timeZone: zone,
      clock: manualClock(asternicNowMs(zone)),
      asternic: { password: simPassword },
    });
    sims.set(zone, sim);
    yaml += `
  - id: ${asternicSourceIds[zone]}
    kind: asternic
    timezone: ${zone}
    baseUrl: ${sim.url}/asternic/stats
    username: wallboard
    password: ${simPassword}`;
  }
  const app = installAppContext(yaml);
  return {
    app,
    sim: (zone) => {
      const sim = sims.get(zone);
      if (!sim) throw new Error(`no simulator for ${zone}`);
      return sim;
    },
    close: async () => {
      uninstallAppContext(app);
      await Promise.all([...sims.values()].map((sim) => sim.close()));
    },
  };
}
