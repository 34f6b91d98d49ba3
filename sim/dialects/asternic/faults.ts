import { apacheErrorPage } from '../../faults/pages';
import type { DialectFaultProfile } from '../../faults/with-faults';
import { ASTERNIC_DEFAULT_REALM, unauthorized } from './auth';

const entityOf = (url: URL): string => (url.searchParams.get('entity') ?? '').trim();
const isCall = (entity: string): boolean => entity === 'call' || entity.startsWith('call/');

/** How Asternic (PHP on Apache, HTTP Basic) misbehaves under faults; see "Faults" in sim/README.md. */
export function asternicFaultProfile(realm = ASTERNIC_DEFAULT_REALM): DialectFaultProfile {
  return {
    // Only `entity` names the endpoint; other query values (dates, names) never reach the counts.
    countKey: (req) => {
      // A call's uniqueid is a query value too: all call lookups share one key.
      const raw = entityOf(req.url);
      const entity = (isCall(raw) ? 'call/{uniqueid}' : raw).slice(0, 100);
      return entity === '' ? req.path : `${req.path}?entity=${entity}`;
    },
    unauthorized: () => unauthorized(realm),
    errorPage: apacheErrorPage,
    missingKeys: (req) => {
      const entity = entityOf(req.url);
      if (entity === 'realtime') return ['agents', 'waiting calls'];
      if (isCall(entity)) return ['data'];
      return entity.startsWith('reports/') || entity === 'search' ? ['rows'] : undefined;
    },
  };
}
