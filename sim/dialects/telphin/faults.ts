import type { DialectFaultProfile } from '../../faults/with-faults';
import { TELPHIN_DEFAULT_RATE_LIMIT_PER_HOUR } from './handler';
import { quotaExceeded, quotaHeaders } from './limits';
import { unauthorized } from './oauth';

/**
 * Telphin (cloud API behind nginx): JSON `{message}` 401, nginx error pages (the default), and its
 * own 429: `rate_limit_exceeded` with `X-RateLimit-Reset` in seconds until the reset (FACTS §2.5).
 */
export function telphinFaultProfile(
  limitPerHour = TELPHIN_DEFAULT_RATE_LIMIT_PER_HOUR,
): DialectFaultProfile {
  return {
    rateLimited: (seconds) => quotaExceeded(quotaHeaders(limitPerHour, 0, seconds)),
    // Path only: the client id in the path is an account number, never a secret; queries are dropped.
    countKey: (req) => req.path,
    unauthorized: () => unauthorized('invalid'),
    missingKeys: (req) => {
      if (req.path === '/oauth/token') return ['access_token'];
      if (req.path.endsWith('/stats/')) return ['in'];
      return req.path.endsWith('/user') ? ['client_id'] : undefined;
    },
  };
}
