import { describe, expect, it } from 'vitest';
import { liveFreshness, refreshMsOf, type LiveFreshnessInput } from './live-freshness';

const base: LiveFreshnessInput = {
  serverAgeSeconds: 2,
  receivedAtMs: 100_000,
  nowMs: 103_000,
  refreshSeconds: 5,
  serverStale: false,
  serverReason: undefined,
  requestError: undefined,
  noUpdateReason: 'no update received',
};

describe('liveFreshness', () => {
  it('adds the time since receipt to the server age and stays live within the period', () => {
    expect(liveFreshness(base)).toEqual({
      ageSeconds: 5,
      stale: false,
      overdue: false,
      reason: undefined,
    });
  });

  it("judges overdue by the source's own period, not a fixed 5 s", () => {
    const twentySecondsLater = { ...base, nowMs: base.receivedAtMs + 20_000 };
    expect(liveFreshness(twentySecondsLater).stale).toBe(true);
    expect(liveFreshness(twentySecondsLater).reason).toBe('no update received');
    // A 10 s source (Enswitch's default) is still live 20 s after its last answer.
    expect(liveFreshness({ ...twentySecondsLater, refreshSeconds: 10 }).stale).toBe(false);
    expect(
      liveFreshness({ ...base, nowMs: base.receivedAtMs + 31_000, refreshSeconds: 10 }),
    ).toMatchObject({
      stale: true,
      overdue: true,
    });
  });

  it("prefers our own request's failure, then the server's reason", () => {
    expect(liveFreshness({ ...base, serverStale: true, serverReason: 'HTTP 503' })).toMatchObject({
      stale: true,
      reason: 'HTTP 503',
    });
    expect(
      liveFreshness({ ...base, serverStale: true, serverReason: 'HTTP 503', requestError: 'down' }),
    ).toMatchObject({ stale: true, reason: 'down' });
  });

  it('counts an unknown server age as zero rather than inventing one', () => {
    expect(liveFreshness({ ...base, serverAgeSeconds: null }).ageSeconds).toBe(3);
  });
});

describe('refreshMsOf', () => {
  it('turns seconds into milliseconds, with a 5 s default', () => {
    expect(refreshMsOf(10)).toBe(10_000);
    expect(refreshMsOf()).toBe(5000);
  });
});
