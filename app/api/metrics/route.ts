import { currentCaller } from '@/lib/auth/current-caller';
import { roleMay } from '@/lib/auth/permissions';
import { apiError, forbidden, unauthorized } from '@/lib/server/api/responses';
import { getAppContext } from '@/lib/server/app-context';
import { getMetrics } from '@/lib/server/metrics';
import { updateLiveGauges } from '@/lib/server/sources/live-gauges';
import { displayCaller } from '@/lib/server/tv/display-session';

export const dynamic = 'force-dynamic';

/** Prometheus text format, for an admin API token (`Authorization: Bearer …`) or an admin session. */
export async function GET(request: Request) {
  try {
    const caller = await currentCaller(request, getAppContext().config.auth, displayCaller);
    if (!caller) return unauthorized();
    if (!roleMay(caller.role, 'admin'))
      return forbidden('metrics need an admin API token or session');
    updateLiveGauges(getAppContext());
    const { registry } = getMetrics();
    return new Response(await registry.metrics(), {
      headers: { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' },
    });
  } catch {
    return apiError(500, 'internal', 'internal error');
  }
}
