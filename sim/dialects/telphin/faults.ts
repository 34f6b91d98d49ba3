import type { DialectFaultProfile } from '../../faults/with-faults';
import { unauthorized } from './oauth';

/** Telphin (cloud API behind nginx): JSON `{message}` 401, nginx error pages (the default). */
export function telphinFaultProfile(): DialectFaultProfile {
  return {
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
