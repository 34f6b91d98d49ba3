import type { Caller } from '@/lib/auth/roles';
import { maySeeSource } from '@/lib/auth/visibility';
import type { SourcesResponse } from '@/lib/model/source';
import { capabilitiesOf } from '@/lib/providers/provider';
import type { AppContext } from '@/lib/server/app-context';

/** Every configured source with its capabilities and health. */
export async function listSources(app: AppContext): Promise<SourcesResponse> {
  const sources = await Promise.all(
    [...app.sources.values()].map(async (runtime) => ({
      id: runtime.source.id,
      name: runtime.source.name,
      kind: runtime.source.kind,
      timezone: runtime.source.timezone,
      refreshSeconds: runtime.source.refreshSeconds,
      businessDayStart: runtime.source.businessDayStart,
      serviceLevelSeconds: runtime.source.serviceLevelSeconds,
      queueServiceLevelSeconds: runtime.source.queueServiceLevelSeconds,
      capabilities: capabilitiesOf(runtime.provider),
      health: await runtime.health(),
    })),
  );
  return { sources };
}

/**
 * GET /api/v1/sources as `caller` gets it: the sources they may see (others are left out, and
 * 403 on their own routes). Pages render it into their HTML too, so the browser's first request
 * is the data itself rather than this list.
 */
export async function listSourcesFor(
  app: AppContext,
  caller: Pick<Caller, 'visibility'>,
): Promise<SourcesResponse> {
  const { sources } = await listSources(app);
  return { sources: sources.filter(({ id }) => maySeeSource(caller.visibility, id)) };
}
