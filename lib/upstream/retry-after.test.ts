import { describe, expect, it } from 'vitest';
import { maxRetryAfterSeconds, retryAfterSeconds } from './retry-after';

const nowMs = Date.UTC(2026, 10, 23, 12, 0, 0);
const wait = (headers: Record<string, string>) => retryAfterSeconds(new Headers(headers), nowMs);

describe('retryAfterSeconds', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(wait({ 'Retry-After': '30' })).toBe(30);
    expect(wait({ 'Retry-After': 'Mon, 23 Nov 2026 12:01:30 GMT' })).toBe(90);
    expect(wait({ 'Retry-After': 'Mon, 23 Nov 2026 11:00:00 GMT' })).toBe(0);
  });

  it("prefers Retry-After, then reads X-RateLimit-Reset as Telphin's seconds until the reset", () => {
    expect(wait({ 'Retry-After': '5', 'X-RateLimit-Reset': '1200' })).toBe(5);
    expect(wait({ 'X-RateLimit-Reset': '1200' })).toBe(1200);
  });

  it("reads an epoch X-RateLimit-Reset as the reset's instant, not as decades to wait", () => {
    expect(wait({ 'X-RateLimit-Reset': String(nowMs / 1000 + 42) })).toBe(42);
    expect(wait({ 'X-RateLimit-Reset': String(nowMs / 1000 - 10) })).toBe(0);
  });

  it('caps the wait at an hour and ignores what is not a time', () => {
    expect(wait({ 'Retry-After': '999999' })).toBe(maxRetryAfterSeconds);
    expect(wait({ 'Retry-After': 'soon' })).toBeUndefined();
    expect(wait({ 'X-RateLimit-Reset': '-5' })).toBeUndefined();
    expect(wait({})).toBeUndefined();
  });
});
