import { apacheErrorPage } from '../../faults/pages';
import type { DialectFaultProfile } from '../../faults/with-faults';
import { unauthorized } from './envelope';

/** How Enswitch (Perl on Apache) misbehaves under faults; see "Faults" in sim/README.md. */
export function enswitchFaultProfile(): DialectFaultProfile {
  return {
    // The path names the function; the query holds auth_username/auth_password, so never count it.
    countKey: (req) => `/${req.path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'),
    unauthorized,
    errorPage: apacheErrorPage,
    missingKeys: () => ['data'],
  };
}
