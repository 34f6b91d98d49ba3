import type { Role } from '@/lib/config/schema';
import type { StoredAccount } from './account-sign-in';
import type { Visibility } from './visibility';

/**
 * What lib/auth needs from the app database, handed in by the server (lib/server/account-store.ts
 * registers it when the app context loads): lib/auth never imports the database or the server,
 * which both import lib/auth.
 */
export interface AccountStore {
  findStoredUser(username: string): Promise<StoredAccount | null>;
  getUser(uid: string): Promise<{
    username: string;
    role: Role;
    disabled: boolean;
    sessionsValidAfter: string;
    /** The language they chose with the switch; null until they choose one. */
    locale: string | null;
  } | null>;
  /** Remembers a database user's language; false when no such user. */
  setUserLocale(uid: string, locale: string): Promise<boolean>;
  visibilityFor(username: string, role: Role): Promise<Visibility>;
  /** An API token made in /admin, by the token presented; null when unknown. */
  findToken(presented: string): Promise<{
    name: string;
    role: Role;
    sources: string[] | null;
    active: boolean;
  } | null>;
  auditSignIn(entry: {
    username: string;
    address: string;
    outcome: 'success' | 'failure' | 'limited';
    method?: string;
  }): void;
}

// One per process: route bundles may each load this module.
const globalKey = Symbol.for('callboard.accountStore');
type GlobalWithStore = typeof globalThis & { [globalKey]?: AccountStore };

export function setAccountStore(store: AccountStore): void {
  (globalThis as GlobalWithStore)[globalKey] = store;
}

/** The registered store; without one (never in the server) nobody from the database is known. */
export function accountStore(): AccountStore {
  const store = (globalThis as GlobalWithStore)[globalKey];
  if (!store) throw new Error('no account store registered (lib/server/account-store.ts)');
  return store;
}
