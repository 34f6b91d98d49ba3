// Each script checks the holder and acts in one step, so a holder whose lock already lapsed
// (and was taken by another instance) can never renew, overwrite or delete the new holder's.

/** KEYS[1] lock; ARGV[1] instance id, ARGV[2] TTL ms. 1 when renewed. */
export const renewScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0`;

/** KEYS[1] lock; ARGV[1] instance id, ARGV[2] channel, ARGV[3] message. 1 when released. */
export const releaseScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  redis.call('PUBLISH', ARGV[2], ARGV[3])
  return 1
end
return 0`;

/** KEYS[1] lock, KEYS[2] state; ARGV[1] id, ARGV[2] state JSON, ARGV[3] TTL ms, ARGV[4] channel. */
export const shareScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
  redis.call('PUBLISH', ARGV[4], ARGV[2])
  return 1
end
return 0`;
