import { DateTime } from 'luxon';
import { expect } from 'vitest';
import { contractRanges as sharedContractRanges, type ContractRange } from './truth-helpers';

/**
 * The ranges of the contract (the words: one hour, a day crossing midnight, a month
 * boundary, a whole month), as a person types them into the API, and the half-open period each
 * stands for in a zone (docs/api.md: a date-only `to` includes that whole day).
 */
export type { ContractRange } from './truth-helpers';
export const contractRanges: readonly ContractRange[] = sharedContractRanges;

/** A simulator instant after every range, yet within Enswitch's 62 days of history of them. */
export const simNowMs = Date.parse('2026-03-24T11:30:00+05:00');

export interface ZonedRange {
  from: DateTime;
  to: DateTime;
  query: string;
}

export function inZone(range: ContractRange, zone: string): ZonedRange {
  const from = DateTime.fromISO(range.from, { zone });
  const toStart = DateTime.fromISO(range.to, { zone });
  const to = range.to.length === 10 ? toStart.plus({ days: 1 }) : toStart;
  return { from, to, query: `from=${range.from}&to=${range.to}` };
}

/**
 * "2026-03-10T10:00:00+05:00": local wall time with the offset the zone has at that instant, as
 * the API shows times (summer time included; UTC as +00:00).
 */
export function localIso(value: DateTime, zone: string): string {
  return value.setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}

/** ISO 8601 allows "Z" for a zero offset; compare as "+00:00". */
export function normalizeOffset(text: string): string {
  return text.replace(/Z$/, '+00:00');
}

/** What every fresh statistics answer must carry (docs/api.md). */
export function expectEnvelope(
  status: number,
  body: { source: string; from: string; to: string; fetchedAt: string; stale: boolean },
  expected: { source: string; range: ZonedRange; zone: string },
): void {
  expect(status).toBe(200);
  expect(body.source).toBe(expected.source);
  expect(body.stale).toBe(false);
  expect(normalizeOffset(body.from)).toBe(localIso(expected.range.from, expected.zone));
  expect(normalizeOffset(body.to)).toBe(localIso(expected.range.to, expected.zone));
  const fetchedAt = DateTime.fromISO(body.fetchedAt, { setZone: true });
  expect(normalizeOffset(body.fetchedAt)).toBe(localIso(fetchedAt, expected.zone));
}

/** Error bodies are JSON `{error: {code, message}}`: the one check every contract shares. */
export { expectApiError } from './truth-helpers';
