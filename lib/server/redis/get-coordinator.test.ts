import { describe, expect, it } from 'vitest';
import { getCoordinator, redisPrefix } from './get-coordinator';
import { RedisCoordinator } from './redis-coordinator';

describe('getCoordinator', () => {
  it('is absent without REDIS_URL, so each process polls alone as before', () => {
    expect(getCoordinator({})).toBeUndefined();
    expect(getCoordinator({ REDIS_URL: '  ' })).toBeUndefined();
  });

  it('refuses a URL that is not a Redis URL without repeating it', () => {
    for (const url of ['localhost:6379', 'http://cache:6379', 'redis://:s3cret@host:port']) {
      expect(() => getCoordinator({ REDIS_URL: url })).toThrow(/REDIS_URL: expected redis:\/\//);
      expect(() => getCoordinator({ REDIS_URL: url })).not.toThrow(/s3cret/);
    }
  });

  it('is one coordinator per process, connecting only when first used', async () => {
    const env = { REDIS_URL: 'redis://127.0.0.1:1' };
    const coordinator = getCoordinator(env);
    expect(coordinator).toBeInstanceOf(RedisCoordinator);
    expect(getCoordinator(env)).toBe(coordinator);
    if (coordinator instanceof RedisCoordinator) {
      expect(coordinator.isReady).toBe(false);
      await coordinator.quit();
    }
  });

  it('takes a key prefix from CALLBOARD_REDIS_PREFIX and names a malformed one', () => {
    expect(redisPrefix(undefined)).toBe('callboard');
    expect(redisPrefix(' site-a:prod ')).toBe('site-a:prod');
    expect(() => redisPrefix('two words')).toThrow(/CALLBOARD_REDIS_PREFIX: expected 1 to 64/);
  });
});
