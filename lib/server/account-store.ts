import 'server-only';
import { setAccountStore } from '@/lib/auth/account-store';
import { findApiToken } from '@/lib/db/api-tokens';
import { findUserByName, getUser, updateUser } from '@/lib/db/users';
import { visibilityFor } from '@/lib/db/visibility-rules';
import { auditSignIn } from './audit';
import { getDb } from './database';

/** Hands lib/auth its view of the app database (users, tokens, visibility, the audit log). */
export function registerAccountStore(): void {
  setAccountStore({
    findStoredUser: async (username) => findUserByName(await getDb(), username),
    getUser: async (uid) => getUser(await getDb(), uid),
    setUserLocale: async (uid, locale) =>
      (await updateUser(await getDb(), uid, { locale })) !== null,
    visibilityFor: async (username, role) => visibilityFor(await getDb(), username, role),
    async findToken(presented) {
      const found = await findApiToken(await getDb(), presented);
      if (!found) return null;
      const { name, role, sources } = found.token;
      return { name, role, sources, active: found.state === 'active' };
    },
    auditSignIn,
  });
}
