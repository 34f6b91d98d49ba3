import { apacheErrorPage } from '../../faults/pages';
import type { DialectFaultProfile } from '../../faults/with-faults';
import { ASTERNIC_DEFAULT_REALM, unauthorized } from './auth';

const entityOf = (url: URL): string => (url.searchParams.get('entity') ?? '').trim();

/** How Asternic (PHP on Apache, HTTP Basic) misbehaves under faults; see "Faults" in sim/README.md. */
export function asternicFaultProfile(realm = ASTERNIC_DEFAULT_REALM): DialectFaultProfile {
  return {
    // Only `entity` names the endpoint; other query values (dates, names) never reach the counts.
    countKey: (req) => {
      const entity = entityOf(req.url).slice(0, 100);
      return entity === '' ? req.path : `${req.path}?entity=${entity}`;
    },
    unauthorized: () => unauthorized(realm),
    errorPage: apacheErrorPage,
    missingKeys: (req) => {
      const entity = entityOf(req.url);
      if (entity === 'realtime') return ['agents', 'waiting calls'];
      return entity.startsWith('reports/') ? ['rows'] : undefined;
    },
  };
}
