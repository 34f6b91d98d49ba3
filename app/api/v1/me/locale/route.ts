import { rememberLocale } from '@/lib/auth/remember-locale';
import { updateUser } from '@/lib/db/users';
import { SetLocale } from '@/lib/model/accounts';
import { parseBody } from '@/lib/server/api/admin-body';
import { ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { getDb } from '@/lib/server/database';

export const dynamic = 'force-dynamic';

/**
 * Remembers the caller's language for their next browser: stored for a database user; anyone
 * else (configuration-file or single sign-on users, tokens) keeps only the cookie, `stored: false`.
 */
export const PUT = withApi('signed-in', async ({ request, caller }) => {
  const body = await parseBody(request, SetLocale, 'language');
  if (!body.ok) return body.response;
  const { locale } = body.value;
  const stored = await rememberLocale(
    caller,
    locale,
    async (uid) => (await updateUser(await getDb(), uid, { locale })) !== null,
  );
  return ok({ locale, stored });
});
