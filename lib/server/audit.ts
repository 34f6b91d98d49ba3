import 'server-only';
import { clientAddress } from '@/lib/auth/sign-in-limiter';
import type { Caller } from '@/lib/auth/roles';
import { recordAudit } from '@/lib/db/audit-log';
import { getDb } from '@/lib/server/database';
import { logError } from '@/lib/server/log';

/** How an actor is named in the log: a person by name, a token as `token:<name>`. */
export function actorName(caller: Caller): string {
  return caller.kind === 'user' ? caller.name : `${caller.kind}:${caller.name}`;
}

/** Records an admin action: who, what, on what, from which address (the request's client). */
export async function auditAction(
  request: Request,
  caller: Caller,
  action: string,
  target: string | null,
  detail: Record<string, unknown> | null = null,
): Promise<void> {
  await recordAudit(await getDb(), {
    actor: actorName(caller),
    action,
    target,
    detail,
    ip: clientAddress(request.headers),
  });
}

/** Records a sign-in attempt without holding up the answer; a failure to write is logged. */
export function auditSignIn(entry: {
  username: string;
  address: string;
  outcome: 'success' | 'failure' | 'limited';
  method?: string;
}): void {
  void getDb()
    .then((db) =>
      recordAudit(db, {
        actor: entry.username || '(empty)',
        action: `sign-in.${entry.outcome}`,
        target: null,
        detail: entry.method ? { method: entry.method } : null,
        ip: entry.address,
      }),
    )
    .catch((error: unknown) => logError('audit', error));
}
