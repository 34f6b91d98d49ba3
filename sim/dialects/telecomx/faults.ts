import type { DialectFaultProfile } from '../../faults/with-faults';
import { expiredResponse } from './errors';

/** How Telecom X (a Node JSON API behind nginx) misbehaves under faults; see sim/README.md. */
export function telecomxFaultProfile(): DialectFaultProfile {
  return {
    // Path only: the login query carries the password, token paths carry tokens and ids.
    countKey: (req) =>
      req.path
        .replace(/\/+$/, '')
        .replace(/^\/employee\/[^/]+\/token(\/[^/]+)?$/, (_m, t: string | undefined) =>
          t === undefined ? '/employee/{id}/token' : '/employee/{id}/token/{token}',
        ) || '/',
    unauthorized: expiredResponse,
    missingKeys: (req) => (req.path.startsWith('/pbx/cdrstats') ? ['data'] : undefined),
  };
}
