import 'next-auth';
import 'next-auth/jwt';
import type { Role } from '@/lib/config/schema';

/** Where a person's account lives: the config file, the database, or the single sign-on provider. */
type AccountKind = 'config' | 'db' | 'oidc';

declare module 'next-auth' {
  interface Session {
    role: Role;
    account?: AccountKind;
    uid?: string;
    signedInAt?: number;
  }
  interface User {
    role?: Role;
    account?: AccountKind;
    uid?: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: Role;
    account?: AccountKind;
    uid?: string;
    /** When the person signed in (ms): sessions end 12 h later however often they are used. */
    signedInAt?: number;
  }
}
