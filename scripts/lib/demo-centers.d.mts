/** Types of demo-centers.mjs, for the tests that check it. */
export interface DemoCenter {
  source: string;
  api: string;
  localHour: number;
  seed: number;
  agents: number;
  volume: number;
}
export const candidateZones: string[];
export const demoCenterPlan: DemoCenter[];
export function localHourAt(atMs: number, zone: string): number;
export function zoneForLocalHour(atMs: number, hour: number): string;
export function demoCenters(
  atMs: number,
  fixedZone?: string,
): (DemoCenter & { timeZone: string })[];
export function centerFlags(centers: (DemoCenter & { timeZone: string })[]): string[];
