import { DateTime } from 'luxon';
import { simPassword } from '../support/app-under-test';
import { startContractFixture, type ContractFixture } from './contract-fixture';
import { type ContractZone } from './truth-helpers';

export const asternicSourceIds: Record<ContractZone, string> = {
  'Asia/Tashkent': 'asternic-tashkent',
  UTC: 'asternic-utc',
};

/**
 * A second source on each simulator whose day starts at 09:00 (late, so that the morning's calls
 * fall before it) and whose `sales` queue counts
 * service level at 5 s instead of the source's 20 s.
 */
export const asternicBusinessDaySourceIds: Record<ContractZone, string> = {
  'Asia/Tashkent': 'asternic-tashkent-9am',
  UTC: 'asternic-utc-9am',
};
export const businessDayStart = '09:00';
export const salesServiceLevelSeconds = 5;

/**
 * The simulators' frozen clock: after every contract range (all before 2026-03-12), and a busy
 * Tuesday morning local time, when (seed 42) four callers wait in three queues, two members are
 * ringing, one is paused and one is available, so the live comparison has something to compare.
 */
export function asternicNowMs(zone: ContractZone): number {
  return DateTime.fromISO('2026-03-31T10:32:39', { zone }).toMillis();
}

export type AsternicFixture = ContractFixture;

/** One simulator per zone, each with a frozen clock, and one Asternic source per simulator. */
export function startAsternicFixture(): Promise<AsternicFixture> {
  return startContractFixture({
    nowMs: asternicNowMs,
    simOptions: () => ({ asternic: { password: simPassword } }),
    sourceYaml: (zone, simUrl) => `
  - id: ${asternicSourceIds[zone]}
    kind: asternic
    timezone: ${zone}
    baseUrl: ${simUrl}/asternic/stats
    username: wallboard
    password: ${simPassword}
  - id: ${asternicBusinessDaySourceIds[zone]}
    kind: asternic
    timezone: ${zone}
    baseUrl: ${simUrl}/asternic/stats
    username: wallboard
    password: ${simPassword}
    businessDayStart: '${businessDayStart}'
    queueServiceLevelSeconds: { sales: ${salesServiceLevelSeconds} }`,
  });
}
