import type { AppContext } from '@/lib/server/app-context';
import { manualClock } from '@/sim/engine/clock';
import type { CallRecord } from '@/sim/engine/types';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '@/sim/server';
import { installAppContext, uninstallAppContext } from '../support/app-under-test';
import {
  contractZones,
  spanOf,
  type ContractRange,
  type ContractZone,
  type Span,
} from './truth-helpers';

export interface ContractFixture {
  app: AppContext;
  sim(zone: ContractZone): RunningSimulator;
  /** Ground-truth calls of a range: started in it, ended by the simulator's frozen now. */
  callsIn(zone: ContractZone, range: ContractRange): { span: Span; calls: CallRecord[] };
  close(): Promise<void>;
}

export interface ContractFixtureSetup {
  /** The simulator's frozen clock in each zone. */
  nowMs(zone: ContractZone): number;
  /** Options of the zone's simulator beyond its port, zone and clock. */
  simOptions?: (zone: ContractZone) => SimulatorOptions;
  /** The YAML source entry (`\n  - id: …`) that points at the zone's simulator. */
  sourceYaml(zone: ContractZone, simUrl: string): string;
}

/** One simulator per zone, each with a frozen clock, and one source per simulator. */
export async function startContractFixture(setup: ContractFixtureSetup): Promise<ContractFixture> {
  const sims = new Map<ContractZone, RunningSimulator>();
  let yaml = '';
  for (const zone of contractZones) {
    const sim = await startSimulator({
      port: 0,
      timeZone: zone,
      clock: manualClock(setup.nowMs(zone)),
      // Every day back to the longest contract range stays generated: the app's requests and the
      // recount read the same days, which would otherwise be generated again and again.
      cacheDays: 480,
      ...setup.simOptions?.(zone),
    });
    sims.set(zone, sim);
    yaml += setup.sourceYaml(zone, sim.url);
  }
  const app = installAppContext(yaml);
  const simIn = (zone: ContractZone): RunningSimulator => {
    const sim = sims.get(zone);
    if (!sim) throw new Error(`no simulator for ${zone}`);
    return sim;
  };
  return {
    app,
    sim: simIn,
    callsIn: (zone, range) => {
      const span = spanOf(range, zone);
      const calls = simIn(zone).engine.callsBetween(span.fromMs, span.toMs, setup.nowMs(zone));
      return { span, calls };
    },
    close: async () => {
      uninstallAppContext(app);
      await Promise.all([...sims.values()].map((sim) => sim.close()));
    },
  };
}
