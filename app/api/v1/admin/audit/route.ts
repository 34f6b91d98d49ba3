import { z } from 'zod';
import { listAudit } from '@/lib/db/audit-log';
import { parseQuery } from '@/lib/server/api/query';
import { badRequest, ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { getDb } from '@/lib/server/database';

export const dynamic = 'force-dynamic';

const AuditQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** The audit log, newest first, one page at a time. */
export const GET = withApi('admin', async ({ request }) => {
  const query = parseQuery(AuditQuery, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.message);
  const { page, pageSize } = query.value;
  const { entries, total } = await listAudit(await getDb(), { page, pageSize });
  return ok({ entries, total, page, pageSize });
});
