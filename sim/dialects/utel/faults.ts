import type { DialectFaultProfile } from '../../faults/with-faults';
import { unauthenticated } from './laravel';

/** UTEL (Laravel behind nginx): JSON 401, nginx error pages (the default), envelope-aware drops. */
export function utelFaultProfile(): DialectFaultProfile {
  return {
    // Path only: filters, dates and tokens never reach the counts.
    countKey: (req) => (req.path.length > 1 ? req.path.replace(/\/+$/, '') : req.path),
    unauthorized: unauthenticated,
    missingKeys: (req) => (req.path.startsWith('/call-history') ? ['data'] : ['result']),
  };
}
