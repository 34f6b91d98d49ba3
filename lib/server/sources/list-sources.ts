import type { SourcesResponse } from '@/lib/model/source';
import { capabilitiesOf } from '@/lib/providers/provider';
import type { AppContext } from '@/lib/server/app-context';

/** GET /api/v1/sources: every configured source with its capabilities and health. */
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
