import { describe, expect, it } from 'vitest';
import { isUpstreamError } from '@/lib/upstream/upstream-error';
import { UpstreamBudget } from './upstream-budget';

function budget(upstreamPerMinute: number | undefined, now: () => number) {
  return new UpstreamBudget({
    upstreamPerMinute,
    reportsPerMinute: 240,
    liveShare: 0.25,
    label: 'source hq',
    now,
  });
}

/** Admits and counts report requests until one is refused; returns how many went and the refusal. */
function spendReports(b: UpstreamBudget, max = 1000) {
  for (let i = 0; i < max; i += 1) {
    try {
      b.admitReport();
    } catch (error) {
      if (!isUpstreamError(error)) throw error;
      return { spent: i, error };
    }
    b.countReport();
  }
  return { spent: max, error: undefined };
}

describe('UpstreamBudget', () => {
  it('keeps a quarter of a known upstream limit for live polling', () => {
    let now = 0;
    const b = budget(60, () => now);
    expect(b.reportsCeiling).toBe(45);
    for (let i = 0; i < 10; i += 1) b.countLive();
    const { spent, error } = spendReports(b);
    // Live's 10 count too: reports stop where live + reports reach 45.
    expect(spent).toBe(35);
    expect(error?.kind).toBe('rate-limit');
    expect(error?.message).toMatch(/share of its 60 requests per minute reports may use/);
    expect(error?.details.retryAfterSeconds).toBe(60);
    // Live polling is never refused, and still has 15 requests before the upstream's own limit.
    expect(() => b.countLive()).not.toThrow();
    now += 30_000;
    expect(() => b.admitReport()).toThrow();
    now += 30_001;
    expect(() => b.admitReport()).not.toThrow();
  });

  it('says when the oldest requests leave the window', () => {
    let now = 0;
    const b = budget(8, () => now); // reports may use 6
    for (let i = 0; i < 6; i += 1) {
      b.admitReport();
      b.countReport();
      now += 5_000;
    }
    // At 30 s: the first request (at 0 s) leaves the window at 60 s.
    const { error } = spendReports(b);
    expect(error?.details.retryAfterSeconds).toBe(30);
  });

  it('without a known upstream limit, bounds reports alone and never counts live against them', () => {
    const b = budget(undefined, () => 0);
    expect(b.reportsCeiling).toBeUndefined();
    for (let i = 0; i < 1000; i += 1) b.countLive();
    const { spent, error } = spendReports(b);
    expect(spent).toBe(240);
    expect(error?.message).toMatch(/report budget of 240 requests per minute is used up/);
  });
});
