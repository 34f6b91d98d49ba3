import { buildOpenApi } from '@/lib/server/api/openapi';
import { ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';

export const dynamic = 'force-dynamic';

/** This API as an OpenAPI 3.1 document; authenticated like every /api/v1 route. */
export const GET = withApi('signed-in', () => ok(buildOpenApi()));
